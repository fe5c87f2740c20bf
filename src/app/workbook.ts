/**
 * The narrow contract every user action is written against (src/app/*.ts), and that each host
 * implements once: the open Excel workbook (hosts/excel/excelWorkbook.ts), or files — chosen in the
 * standalone page, named on the command line (hosts/xlsx/fileWorkbook.ts). An action reads the plan
 * and the member reports, builds sheet specs with the core, and writes them with the consent it has;
 * the host decides how many round trips that costs (Excel folds each step into as few syncs as it can).
 */
import type { Finding } from '../domain/finding';
import type { MemberReport } from '../domain/report/memberReport';
import type { CellValue, WorkbookSpec } from '../sheets/spec';

/** A file the user chose or named, as bytes. */
export interface ChosenFile {
  name: string;
  data: Uint8Array;
}

/** Sheets by name, each from A1 to its last used cell; a sheet that is not there is absent. */
export type SheetMap = ReadonlyMap<string, CellValue[][]>;

/** Sheets read from one place; `file` names it in messages (none for the open workbook). */
export interface Sheets {
  values: SheetMap;
  file?: string;
}

export interface ReadRequest {
  /** The plan's sheets the action reads (some of Thông tin, Chỉ tiêu, Nhiệm vụ, Ngày lễ, Đơn vị). */
  plan: readonly string[];
  /** The consolidation's sheets (Tổng hợp, Theo đơn vị), from a summary file where the host has one. */
  summary?: readonly string[];
  /** The report written before, whose edited paragraphs may be kept. */
  report?: boolean;
  /** Every sheet's name and how many hold a member's form, with the same read (where the user stands). */
  inventory?: boolean;
}

/** What a workbook holds, by name only: no sheet's values are read for it. */
export interface Inventory {
  /** Every sheet of the plan workbook (and of the summary file, where it is one of its own). */
  sheets: readonly string[];
  /** Sheets holding a member's report form (a `BaoCao` table), unionplan's own sheets aside. */
  formSheets: number;
}

export interface WorkbookRead {
  plan: Sheets;
  /** Present when asked for: the plan's own workbook, or the summary file. */
  summary?: Sheets;
  /** The earlier report sheet's values, or null when there is none (or it was not asked for). */
  report: CellValue[][] | null;
  /** The sheets already in the workbook written to, and whether unionplan made each; none where results go to new files. */
  sheets: readonly { name: string; owned: boolean }[];
  /** What a write that stopped halfway left behind (the open workbook only). */
  leftovers: { incomplete: readonly string[]; retired: readonly string[] };
  /** Present when asked for. */
  inventory?: Inventory;
}

/** Member reports held in the workbook itself: sheets with a `BaoCao` table. */
export interface HeldReports {
  reports: MemberReport[];
  findings: Finding[];
  /** How many report sheets there were, readable or not. */
  sheets: number;
}

/** Which existing same-named sheets a write may replace: none (ask first), unionplan's own, or all (the user agreed). */
export type Replace = 'none' | 'owned' | 'all';

export interface WriteRequest {
  replace: Replace;
  /** Existing sheets kept under another name instead of replaced (the report's dated copy). */
  keepAs?: ReadonlyMap<string, string>;
  onProgress?: Progress;
  /** The name of the one download holding several files (the page's forms .zip). */
  bundle?: string;
}

/** One result: a workbook spec, and the file name it takes where results are files. */
export interface Output {
  name: string;
  spec: WorkbookSpec;
}

/** A feature this Excel lacks and what the user sets by hand instead. */
export interface Skipped {
  feature: string;
  vi: string;
  en: string;
}

/** Existing sheets a write would replace; `foreign` are those unionplan did not make (the user's own). */
export interface NeedsConsent {
  status: 'needs-consent';
  existing: string[];
  foreign: string[];
}

export interface WriteDone {
  status: 'done';
  /** Sheets written into the open workbook (none where results are files). */
  sheets: string[];
  replaced: string[];
  skipped: Skipped[];
  /** Where results are files: what the user finds them as (a download's name, a path), and the files made. */
  saved?: { as: string; files: ChosenFile[] };
}

export type Written = NeedsConsent | WriteDone;

export type Progress = (done: number, total: number) => void;

export interface Workbook {
  /** Where results go: into this workbook's sheets (Excel), or out as new files (the page, the CLI). */
  readonly writesTo: 'sheets' | 'files';
  /** Whether the specs' charts are drawn (Excel); where not (ExcelJS), layouts put text bars instead. */
  readonly drawsCharts: boolean;
  read(request: ReadRequest): Promise<WorkbookRead>;
  readReports(): Promise<HeldReports>;
  /** Writes the outputs: their sheets into the open workbook, or each as a file. */
  write(outputs: readonly Output[], request: WriteRequest): Promise<Written>;
}
