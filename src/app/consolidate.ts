import type { Finding } from '../domain/finding';
import { consolidatePlan, type Consolidation } from '../domain/report/consolidate';
import type { MemberReport } from '../domain/report/memberReport';
import { INPUT_SHEETS } from '../sheets/check/checkPlan';
import { SHEET, TABLE } from '../sheets/names';
import { UserError } from '../domain/userError';
import { readablePlan } from '../sheets/read/planReadError';
import { consolidationWorkbook } from '../sheets/summarySheet';
import type { ExcelCapabilities, Skipped } from '../hosts/excel/capabilities';
import { excelUserError } from '../hosts/excel/errors';
import { queueSheetReads } from '../hosts/excel/readSheets';
import { readReportSheets, RESPONSE_BUDGET as REPORT_READ_BUDGET } from '../hosts/excel/readReportSheets';
import { request, type RequestOptions } from '../hosts/excel/request';
import { queueShape, rewriteOwnSheets } from '../hosts/excel/writeWorkbookSpec';

/**
 * "Làm mới tổng hợp" inside Excel: every sheet holding a `BaoCao` table is a member report. Four
 * syncs whatever the number of sheets: (1) the workbook's shape and the plan; (2) each form's head —
 * the block where its labels and header row are; (3) only the columns consolidation needs, under
 * the header; (4) the result sheets. Reads are cut into more syncs only if a response would pass
 * the budget (Excel on the web refuses 5 MB either way).
 */
export interface ConsolidateOptions {
  caps: ExcelCapabilities;
  /** When the officer refreshed, as the sheets show it. */
  at: string;
  /** Reports read from files the user dropped into the pane (parsed there, never inserted as formulas). */
  fileReports?: MemberReport[];
  fileFindings?: Finding[];
  budget?: number;
  /** The user agreed to replace result sheets unionplan did not make. */
  takeOver?: boolean;
  /**
   * Refresh from the workbook's report sheets, and only when there are some: a summary made from
   * files dropped into the pane is kept rather than rewritten as "nobody reported" (the ribbon's
   * Làm mới tổng hợp, which cannot ask).
   */
  needsSheets?: boolean;
  request?: RequestOptions;
}

export interface ConsolidateResult {
  consolidation: Consolidation;
  findings: Finding[];
  sheets: string[];
  reportSheets: number;
  skipped: Skipped[];
  syncs: number;
}

export class NoReportSheets extends UserError {
  constructor() {
    super('no-report-sheets',
      `Sổ làm việc chưa có trang báo cáo nào của đơn vị (trang có bảng ${TABLE.form}), nên trang ${SHEET.summary} được giữ nguyên. Tổng hợp từ các tệp đơn vị gửi: mở ngăn unionplan, thẻ Tổng hợp, rồi thả các tệp vào.`,
      `The workbook has no member report sheet (a sheet with a ${TABLE.form} table), so ${SHEET.summary} is left as it is. To consolidate the files units sent, open the unionplan pane, tab Consolidate, and drop them there.`);
  }
}

export async function consolidateWorkbook(context: Excel.RequestContext, options: ConsolidateOptions): Promise<ConsolidateResult> {
  try {
    let syncs = 0;
    const budget = options.budget ?? REPORT_READ_BUDGET;
    // (1) Shape and plan.
    const { shape, planValues } = await request(context, () => ({ shape: queueShape(context), planValues: queueSheetReads(context, [...INPUT_SHEETS, SHEET.units]) }), options.request);
    syncs++;
    const plan = readablePlan(planValues());
    const read = await readReportSheets(context, shape, budget, options.request);
    syncs += read.syncs;
    if (options.needsSheets && read.sheets === 0) throw new NoReportSheets();
    const reports = [...(options.fileReports ?? []), ...read.reports];
    const findings: Finding[] = [...(options.fileFindings ?? []), ...read.findings];

    // (4) The result sheets, as values.
    const c = consolidatePlan(plan, reports);
    findings.push(...c.findings);
    const spec = consolidationWorkbook(c, { orgName: plan.info.issuingBody, period: plan.info.period, at: options.at }, findings);
    const written = await rewriteOwnSheets(context, spec, shape, options);
    return { consolidation: c, findings, sheets: written.created, reportSheets: read.sheets, skipped: written.skipped, syncs: syncs + written.syncs };
  } catch (e) {
    throw excelUserError(e);
  }
}
