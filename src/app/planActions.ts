import type { Finding } from '../domain/finding';
import type { Consolidation } from '../domain/report/consolidate';
import type { YearMonth } from '../domain/month';
import type { Plan } from '../domain/plan';
import type { Skipped } from '../hosts/excel/capabilities';

/**
 * What the task pane asks of wherever the plan lives: the open Excel workbook (Office.js) or an
 * .xlsx file the standalone page builds and downloads. The UI knows only this contract.
 */
/** Existing sheets an action would replace; `foreign` are those unionplan did not make (the user's own). */
export interface NeedsConsent {
  status: 'needs-consent';
  existing: string[];
  foreign?: string[];
}

export type ScaffoldOutcome =
  | NeedsConsent
  | { status: 'done'; sheets: string[]; replaced: string[]; skipped: Skipped[]; fileName?: string };

export interface ScaffoldOptions {
  replace: boolean;
  onProgress?: (done: number, total: number) => void;
}

/** A file the user chose, as bytes (the standalone page has no open workbook). */
export interface ChosenFile {
  name: string;
  data: Uint8Array;
}

export interface CalendarRequest {
  /** One month to print, or null for the whole period. */
  month: YearMonth | null;
  /** The plan workbook, for hosts without an open one. */
  planFile?: ChosenFile;
  onProgress?: (done: number, total: number) => void;
  /** The user agreed to replace a same-named sheet unionplan did not make. */
  takeOver?: boolean;
}

export interface CalendarOutcome {
  sheets: string[];
  months: number;
  skipped: Skipped[];
  /** The month's block, when it was made the print area. */
  printArea: string | null;
  fileName?: string;
}

export interface CheckRequest {
  /** The plan workbook, for hosts without an open one. */
  planFile?: ChosenFile;
  /** The user agreed to replace a `Kiểm tra` sheet unionplan did not make. */
  takeOver?: boolean;
}

export interface CheckOutcome {
  findings: Finding[];
  /** Sheets written (the `Kiểm tra` sheet in Excel; none for a chosen file, which is never changed). */
  sheets: string[];
  skipped: Skipped[];
}

export interface ConsolidateRequest {
  /** The plan workbook, for hosts without an open one. */
  planFile?: ChosenFile;
  /** Members' .xlsx files the user dropped; read as values, never inserted as formulas. */
  memberFiles: ChosenFile[];
  onProgress?: (done: number, total: number) => void;
  /** The user's Cancel: stops before the next file and before anything is written. */
  signal?: AbortSignal;
  /** Refuse, writing nothing, when the workbook holds no report sheet (a refresh that cannot ask). */
  needsSheets?: boolean;
  /** The user agreed to replace same-named sheets unionplan did not make. */
  takeOver?: boolean;
}

export interface ConsolidateOutcome {
  consolidation: Consolidation;
  findings: Finding[];
  /** Sheets written (Excel), or none for the standalone page, which downloads `fileName`. */
  sheets: string[];
  /** Report sheets found in the open workbook. */
  reportSheets: number;
  skipped: Skipped[];
  fileName?: string;
}

export interface FormsRequest {
  /** The plan workbook, for hosts without an open one. */
  planFile?: ChosenFile;
  /** The user agreed to replace form sheets that exist (they may hold typed figures). */
  replace: boolean;
}

export type FormsOutcome =
  | NeedsConsent
  | { status: 'done'; units: number; sheets: string[]; skipped: Skipped[]; fileName?: string };

/** What to do with a `Báo cáo` already in the workbook: keep the rewritten paragraphs, keep a dated copy, or replace it. */
export type ReportMode = 'keep-edits' | 'copy' | 'replace';

export interface ReportRequest {
  /** The plan workbook, for hosts without an open one. */
  planFile?: ChosenFile;
  /** The consolidated workbook (`Tổng hợp`, `Theo đơn vị`) when it is not the plan workbook itself. */
  summaryFile?: ChosenFile;
  /** Chosen by the user once asked; never assumed over an existing report. */
  mode?: ReportMode;
}

export type ReportOutcome =
  | NeedsConsent
  | { status: 'done'; sheets: string[]; kept: number; copy: string | null; findings: Finding[]; skipped: Skipped[]; fileName?: string };

export interface PlanHost {
  kind: 'excel' | 'file';
  scaffold(plan: Plan, options: ScaffoldOptions): Promise<ScaffoldOutcome>;
  /** Rebuilds the calendar sheets from the plan (Excel), or makes the schedule file (standalone). */
  calendar(request: CalendarRequest): Promise<CalendarOutcome>;
  /** Checks the plan sheets and reports every finding with its sheet and cell. */
  check(request: CheckRequest): Promise<CheckOutcome>;
  /** One report form per unit: sheets of the open workbook, or a .zip of files to send. */
  forms(request: FormsRequest): Promise<FormsOutcome>;
  /** Consolidates member reports into `Tổng hợp` and `Theo đơn vị`. */
  consolidate(request: ConsolidateRequest): Promise<ConsolidateOutcome>;
  /** The summary report `Báo cáo` from the plan and the consolidation. */
  report(request: ReportRequest): Promise<ReportOutcome>;
  /** Goes to a cell (hosts with an open workbook only). */
  select?(sheet: string, cell: string): Promise<void>;
}
