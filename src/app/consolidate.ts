import { stopIfCancelled } from '../domain/cancel';
import type { Finding } from '../domain/finding';
import { periodCode } from '../domain/period';
import type { Plan } from '../domain/plan';
import { consolidatePlan, type Consolidation } from '../domain/report/consolidate';
import { rollUp } from '../domain/report/rollUp';
import { matchKey } from '../domain/text';
import { UserError } from '../domain/userError';
import { dateTimeStamp } from '../domain/vietnameseDate';
import type { MemberFile } from '../files/readMemberFile';
import { INPUT_SHEETS } from '../sheets/check/checkPlan';
import { SHEET } from '../sheets/names';
import { usablePlan } from '../sheets/read/usablePlan';
import { reportFormWorkbook } from '../sheets/reportForm';
import { consolidationWorkbook } from '../sheets/summarySheet';
import { rewriteOwnSheets } from './consent';
import type { PlanFiles } from './planFiles';
import { savedFiles, type SavedFiles } from './saved';
import type { Output, Progress, Skipped, Workbook } from './workbook';

export interface ConsolidateRequest extends PlanFiles {
  /** Members' .xlsx files the user dropped, chose or named; read as values, never inserted as formulas. */
  memberFiles: readonly MemberFile[];
  onProgress?: Progress;
  /** The user's Cancel: stops before the next file and before anything is written. */
  signal?: AbortSignal;
  /** Refuse, writing nothing, when the workbook holds no report sheet (a refresh that cannot ask). */
  needsSheets?: boolean;
  /** The user agreed to replace same-named sheets unionplan did not make. */
  takeOver?: boolean;
  /** Write the result as this unit's report form for the level above, instead of the summary sheets. */
  rollUp?: { unitCode: string };
  /** When the officer consolidated, as the sheets show it. */
  now?: Date;
}

export interface ConsolidateOutcome extends SavedFiles {
  consolidation: Consolidation;
  /** Lines and reports left out, with where: the members' files and sheets, then the consolidation's own. */
  findings: Finding[];
  /** Sheets written (a workbook), or none where the result is a file. */
  sheets: string[];
  /** Report sheets found in the workbook itself. */
  reportSheets: number;
  skipped: Skipped[];
}

export class NoReportSheets extends UserError {
  constructor() {
    super('no-report-sheets',
      `Sổ làm việc chưa có mẫu báo cáo nào đã điền của đơn vị, nên trang tính ${SHEET.summary} được giữ nguyên. Để tổng hợp các tệp đơn vị gửi về: mở ngăn (nút Kế hoạch), thẻ Tổng hợp, bước 2 Nhận báo cáo.`,
      `The workbook has no filled report form of a unit, so the ${SHEET.summary} sheet is left as it is. To consolidate the files units sent: open the pane (the Plan button), tab Consolidate, step 2 Receive reports.`);
  }
}

/**
 * "Tổng hợp": the members' reports — files given, and report sheets held in the workbook — applied
 * to the plan's targets (Σ numerators ÷ Σ bases, N/A and silent units never counted as zero), then
 * written as `Tổng hợp` and `Theo đơn vị` (rebuilt each time), or as a report form for the level
 * above. A file or line that cannot be used is left out and said with where it is; the others count.
 */
export async function consolidate(wb: Workbook, request: ConsolidateRequest): Promise<ConsolidateOutcome> {
  // ExcelJS loads only when there are files to read: a refresh of the open workbook never needs it.
  const files = request.memberFiles.length
    ? await (await import(/* webpackChunkName: "xlsx" */ '../files/readMemberFile')).readMemberFiles(request.memberFiles, request.onProgress, request.signal)
    : { reports: [], findings: [] };
  stopIfCancelled(request.signal);
  const { plan: sheets } = await wb.read({ plan: [...INPUT_SHEETS, SHEET.units] });
  // No unit or no target leaves nothing to consolidate: said as such, before anything is written.
  const plan = usablePlan(sheets.values, sheets.file);
  const held = await wb.readReports();
  if (request.needsSheets && held.sheets === 0) throw new NoReportSheets();
  const c = consolidatePlan(plan, [...files.reports, ...held.reports]);
  const findings = [...files.findings, ...held.findings, ...c.findings];
  const written = await rewriteOwnSheets(wb, [result(plan, c, findings, request)], request);
  request.onProgress?.(1, 1);
  return { consolidation: c, findings, sheets: written.sheets, reportSheets: held.sheets, skipped: written.skipped, ...savedFiles(written) };
}

function result(plan: Plan, c: Consolidation, findings: readonly Finding[], request: ConsolidateRequest): Output {
  const period = periodCode(plan.info.period);
  if (request.rollUp) {
    // Sums, not percentages, go up: the level above consolidates this form like any member's.
    const unit = { code: request.rollUp.unitCode, name: plan.info.issuingBody };
    const lines = rollUp(c, unit, period).lines;
    return { name: `bao-cao-${period}.xlsx`, spec: reportFormWorkbook(plan, unit, new Map(lines.map((l) => [matchKey(l.code), l]))) };
  }
  const context = { orgName: plan.info.issuingBody, period: plan.info.period, at: dateTimeStamp(request.now ?? new Date()) };
  return { name: `tong-hop-${period}.xlsx`, spec: consolidationWorkbook(c, context, findings) };
}
