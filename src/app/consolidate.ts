import { stopIfCancelled } from '../domain/cancel';
import type { Finding } from '../domain/finding';
import { periodCode } from '../domain/period';
import type { Plan } from '../domain/plan';
import { consolidatePlan, type Consolidation } from '../domain/report/consolidate';
import { compareWithLastYear } from '../domain/report/compare';
import { chosenRound, planRounds, findRound, type Round } from '../domain/round';
import { progressSheet, roundColumns, type RoundColumns } from '../sheets/progressSheet';
import { readProgressColumns } from '../sheets/read/readProgress';
import { sheetNamed } from '../sheets/sheetName';
import type { ChosenFile } from './workbook';
import { rollUp } from '../domain/report/rollUp';
import { matchKey } from '../domain/text';
import { UserError } from '../domain/userError';
import { dateTimeStamp } from '../domain/vietnameseDate';
import type { MemberFile } from '../files/readMemberFile';
import type { MemberReport } from '../domain/report/memberReport';
import type { CellValue } from '../sheets/spec';
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
  /** The reporting round's code ("6T"): forms of that round only, sheets named after it, progress against time. */
  round?: string;
  /** Last year's summary file: each target beside the same round of last year. */
  compare?: ChosenFile;
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
  // `Tiến độ` rides along with the plan's read: the earlier rounds' columns are carried from it.
  const { plan: sheets, summary } = await wb.read({ plan: [...INPUT_SHEETS, SHEET.units], summary: [SHEET.progress] });
  // No unit or no target leaves nothing to consolidate: said as such, before anything is written.
  const plan = usablePlan(sheets.values, sheets.file);
  const round = chosenRound(plan, request.round, sheets.file);
  const lastYear = request.compare ? await (await import(/* webpackChunkName: "xlsx" */ '../files/readLastYearFile')).readLastYearFile(request.compare, round) : null;
  const held = await wb.readReports();
  if (request.needsSheets && held.sheets === 0) throw new NoReportSheets();
  const c0 = consolidatePlan(plan, [...files.reports, ...otherRoundsLeftAside(held.reports, plan, round)], round);
  const compared = lastYear ? compareWithLastYear(c0.targets, lastYear.rows, { file: lastYear.file, sheet: lastYear.sheet }) : null;
  const c: Consolidation = compared ? { ...c0, targets: compared.targets, findings: [...c0.findings, ...compared.findings] } : c0;
  const findings = [...files.findings, ...held.findings, ...c.findings];
  const earlier = round ? readProgressColumns(summary ? sheetNamed(summary.values, SHEET.progress) : null) : new Map();
  const out = result(plan, c, findings, request, round, compared && lastYear ? { file: lastYear.file, unmatched: compared.unmatched } : null, earlier);
  const written = await rewriteOwnSheets(wb, [out], request);
  request.onProgress?.(1, 1);
  return { consolidation: c, findings, sheets: written.sheets, reportSheets: held.sheets, skipped: written.skipped, ...savedFiles(written) };
}

/**
 * Forms of the plan's other rounds held in the workbook ("BC DN01 6T" beside "BC DN01 CN") belong
 * there: they are set aside quietly, not refused one by one. Files the user chose are always judged.
 */
function otherRoundsLeftAside(reports: readonly MemberReport[], plan: Plan, round: Round | null): MemberReport[] {
  const rounds = planRounds(plan);
  return reports.filter((r) => {
    const stated = r.roundCode ?? '';
    if (matchKey(stated) === matchKey(round?.code ?? '')) return true;
    return !(stated && findRound(rounds, stated));
  });
}

function result(plan: Plan, c: Consolidation, findings: readonly Finding[], request: ConsolidateRequest, round: Round | null, compared: { file: string; unmatched: string[] } | null, earlier: ReadonlyMap<string, ReadonlyMap<string, CellValue[]>>): Output {
  const period = periodCode(plan.info.period);
  const stem = `${period}${round ? `-${round.code}` : ''}`;
  if (request.rollUp) {
    // Sums, not percentages, go up: the level above consolidates this form like any member's, for the same round.
    const unit = { code: request.rollUp.unitCode, name: plan.info.issuingBody };
    const lines = rollUp(c, unit, period).lines;
    return { name: `bao-cao-${stem}.xlsx`, spec: reportFormWorkbook(plan, unit, new Map(lines.map((l) => [matchKey(l.code), l])), round) };
  }
  const context = { orgName: plan.info.issuingBody, period: plan.info.period, at: dateTimeStamp(request.now ?? new Date()), round, compared };
  const extra = round ? [progressSheet(c.targets, progressRounds(plan, round, c, earlier), context)] : [];
  return { name: `tong-hop-${stem}.xlsx`, spec: consolidationWorkbook(c, context, findings, extra) };
}

/** The rounds `Tiến độ` shows, in the plan's order: this one from the consolidation, earlier ones as the last `Tiến độ` had them. */
function progressRounds(plan: Plan, round: Round, c: Consolidation, earlier: ReadonlyMap<string, ReadonlyMap<string, CellValue[]>>): RoundColumns[] {
  const carried = new Map([...earlier].map(([code, cells]) => [matchKey(code), cells]));
  return planRounds(plan).flatMap((r): RoundColumns[] => {
    if (matchKey(r.code) === matchKey(round.code)) return [roundColumns(round, c.targets)];
    const cells = carried.get(matchKey(r.code));
    return cells ? [{ round: r, cells }] : [];
  });
}
