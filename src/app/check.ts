import type { Finding } from '../domain/finding';
import { consolidatePlan } from '../domain/report/consolidate';
import { readPlan } from '../sheets/read/readPlan';
import { checkLeftovers } from '../sheets/check/checkLeftovers';
import { checkPlan, INPUT_SHEETS } from '../sheets/check/checkPlan';
import { findingsSheet } from '../sheets/findingsSheet';
import { SHEET } from '../sheets/names';
import { infoCells } from '../sheets/read/readInfo';
import { readText } from '../sheets/read/cells';
import { sameSheetName } from '../sheets/sheetName';
import type { ExcelCapabilities, Skipped } from '../hosts/excel/capabilities';
import { excelUserError } from '../hosts/excel/errors';
import { queueSheetReads } from '../hosts/excel/readSheets';
import { readReportSheets } from '../hosts/excel/readReportSheets';
import { request, type RequestOptions } from '../hosts/excel/request';
import { leftovers, queueShape, rewriteOwnSheets } from '../hosts/excel/writeWorkbookSpec';

/**
 * "Kiểm tra": reads the sheets the user types into and the member report sheets (three syncs
 * whatever their number), checks them, and rewrites the `Kiểm tra` sheet with the findings (one
 * more). Nothing else in the workbook changes.
 */
export interface CheckOptions {
  caps: ExcelCapabilities;
  /** When the user ran the check, as shown on the sheet. */
  checkedAt: string;
  budget?: number;
  /** The user agreed to replace a `Kiểm tra` sheet unionplan did not make. */
  takeOver?: boolean;
  request?: RequestOptions;
}

export interface CheckResult {
  findings: Finding[];
  skipped: Skipped[];
  syncs: number;
}

export async function checkWorkbook(context: Excel.RequestContext, options: CheckOptions): Promise<CheckResult> {
  try {
    let syncs = 1;
    const { shape, planValues } = await request(context, () => ({ shape: queueShape(context), planValues: queueSheetReads(context, [...INPUT_SHEETS, SHEET.units]) }), options.request);
    const values = planValues();
    const read = readPlan(values);
    const findings = checkPlan(values, read);
    const left = leftovers(shape);
    findings.push(...checkLeftovers(left.incomplete.filter((s) => !sameSheetName(s, SHEET.check)), left.retired));
    // Member report sheets are checked against the plan: unknown codes and units, duplicates, other periods.
    const { plan } = read;
    const forms = await readReportSheets(context, shape, options.budget, options.request);
    syncs += forms.syncs;
    findings.push(...forms.findings);
    if (plan && forms.reports.length) findings.push(...consolidatePlan(plan, forms.reports).findings);
    const info = values.get(SHEET.info);
    const org = info ? readText(infoCells(info).get('issuingBody')?.value) : '';
    const spec = { sheets: [findingsSheet(findings, org, options.checkedAt)], ...(findings.length ? { activeSheet: SHEET.check } : {}) };
    const result = await rewriteOwnSheets(context, spec, shape, options);
    return { findings, skipped: result.skipped, syncs: syncs + result.syncs };
  } catch (e) {
    throw excelUserError(e);
  }
}

/** Goes to a cell the user clicked in the pane's list: one sync. */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  try {
    await request(context, () => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell || 'A1').select();
    });
  } catch (e) {
    throw excelUserError(e);
  }
}
