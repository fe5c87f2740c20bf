import type { IsoDate } from '../domain/excelDate';
import type { Finding } from '../domain/finding';
import { periodCode } from '../domain/period';
import { localIsoDate } from '../domain/vietnameseDate';
import { INPUT_SHEETS } from '../sheets/check/checkPlan';
import { byUnitSheetName, SHEET, summarySheetName } from '../sheets/names';
import { chosenRound } from '../domain/round';
import { matchKey } from '../domain/text';
import { readablePlan } from '../sheets/read/planReadError';
import { readReportEdits } from '../sheets/read/readReportEdits';
import { summaryOfSheets } from '../sheets/read/summaryOfSheets';
import { reportWorkbook, type ReportInput } from '../sheets/reportSheet';
import { safeSheetName, sameSheetName } from '../sheets/sheetName';
import type { PlanFiles } from './planFiles';
import { savedFiles, type SavedFiles } from './saved';
import type { NeedsConsent, Skipped, Workbook } from './workbook';

/** "bao-cao-tong-hop-2026-6T.docx": the Word document's name beside the workbook's. */
export function wordFileName(workbookName: string): string {
  return workbookName.replace(/\.xlsx$/i, '') + '.docx';
}

/** What to do with a `Báo cáo` already in the workbook: keep the rewritten paragraphs, keep a dated copy, or replace it. */
export type ReportMode = 'keep-edits' | 'copy' | 'replace';

export interface ReportRequest extends PlanFiles {
  /** Chosen by the user once asked; never assumed over an existing report. */
  mode?: ReportMode;
  /** The report's date; today unless told. */
  date?: IsoDate;
  /** The round reported on ("6T"): its consolidation's sheets ("Tổng hợp 6T"), a subject and sections of its own. */
  round?: string;
}

/** What the report says, for a face that also lays it out as a Word document (hosts/docx). */
export type ReportContent = Omit<ReportInput, 'drawsCharts'>;

export type ReportOutcome =
  | NeedsConsent
  | ({
    status: 'done'; sheets: string[]; kept: number; copy: string | null; findings: Finding[]; skipped: Skipped[];
    content: ReportContent;
  } & SavedFiles);

/** "Báo cáo 05-01-2027": the dated copy's name, unused in the workbook. */
export function datedCopyName(date: IsoDate, taken: readonly string[]): string {
  const [y, m, d] = date.split('-');
  return safeSheetName(`${SHEET.report} ${d}-${m}-${y}`, taken);
}

/**
 * "Tạo báo cáo tổng hợp": `Báo cáo` in the official layout, from the plan and the consolidation in
 * `Tổng hợp` and `Theo đơn vị` (of the workbook, or of a summary file), with charts where the host
 * draws them. An earlier report is the officer's work: it is replaced only once they chose how —
 * keep the paragraphs they rewrote, keep the old sheet as a dated copy, or replace it.
 */
export async function report(wb: Workbook, request: ReportRequest = {}): Promise<ReportOutcome> {
  // The round is known only once the plan is read; its sheets' names are asked for as typed, in the same read.
  const asked = request.round?.trim() ?? '';
  const read = await wb.read({ plan: [...INPUT_SHEETS, SHEET.units], summary: [summarySheetName(asked || undefined), byUnitSheetName(asked || undefined)], report: true });
  const existing = read.sheets.find((s) => sameSheetName(s.name, SHEET.report));
  if (existing && !request.mode) return { status: 'needs-consent', existing: [existing.name], foreign: existing.owned ? [] : [existing.name] };

  const plan = readablePlan(read.plan.values, read.plan.file);
  const round = chosenRound(plan, request.round, read.plan.file);
  // A round asked by its place ("1") names its sheets only once the plan is read: one more read then (the pane asks by code).
  const summary = round && matchKey(round.code) !== matchKey(asked)
    ? ((await wb.read({ plan: [], summary: [summarySheetName(round.code), byUnitSheetName(round.code)] })).summary ?? read.plan)
    : read.summary ?? read.plan;
  const { consolidation, findings } = summaryOfSheets(plan, summary.values, summary.file, round);
  const kept = request.mode === 'keep-edits' && read.report ? readReportEdits(read.report) : new Map<string, string>();
  const date = request.date ?? localIsoDate(new Date());
  const copy = existing && request.mode === 'copy' ? datedCopyName(date, read.sheets.map((s) => s.name)) : null;
  const spec = reportWorkbook({ plan, consolidation, date, drawsCharts: wb.drawsCharts, kept });
  const written = await wb.write([{ name: `bao-cao-tong-hop-${periodCode(plan.info.period)}${round ? `-${round.code}` : ''}.xlsx`, spec }], {
    replace: 'all',
    keepAs: copy && existing ? new Map([[existing.name, copy]]) : undefined,
  });
  if (written.status !== 'done') throw new Error('the report sheet could not be replaced');
  return { status: 'done', sheets: written.sheets, kept: kept.size, copy, findings, skipped: written.skipped, content: { plan, consolidation, date, kept }, ...savedFiles(written) };
}
