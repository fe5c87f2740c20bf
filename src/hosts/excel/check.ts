import type { Finding } from '../../domain/finding';
import { consolidatePlan } from '../../domain/report/consolidate';
import { readPlan } from '../../sheets/read/readPlan';
import { checkPlan, INPUT_SHEETS } from '../../sheets/check/checkPlan';
import { findingsSheet } from '../../sheets/findingsSheet';
import { SHEET } from '../../sheets/names';
import { infoCells } from '../../sheets/read/readInfo';
import { readText } from '../../sheets/read/cells';
import type { ExcelCapabilities, Skipped } from './capabilities';
import { excelUserError } from './errors';
import { queueSheetReads } from './readSheets';
import { readReportSheets } from './readReportSheets';
import { queueShape, writeWorkbookSpec } from './scaffold';

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
}

export interface CheckResult {
  findings: Finding[];
  skipped: Skipped[];
  syncs: number;
}

export async function checkWorkbook(context: Excel.RequestContext, options: CheckOptions): Promise<CheckResult> {
  try {
    let syncs = 1;
    const shape = queueShape(context);
    const planValues = queueSheetReads(context, [...INPUT_SHEETS, SHEET.units]);
    await context.sync();
    const values = planValues();
    const read = readPlan(values);
    const findings = checkPlan(values, read);
    // Member report sheets are checked against the plan: unknown codes and units, duplicates, other periods.
    const { plan } = read;
    const forms = await readReportSheets(context, shape, options.budget);
    syncs += forms.syncs;
    findings.push(...forms.findings);
    if (plan && forms.reports.length) findings.push(...consolidatePlan(plan, forms.reports).findings);
    const info = values.get(SHEET.info);
    const org = info ? readText(infoCells(info).get('issuingBody')?.value) : '';
    const spec = { sheets: [findingsSheet(findings, org, options.checkedAt)], ...(findings.length ? { activeSheet: SHEET.check } : {}) };
    const result = await writeWorkbookSpec(context, spec, shape, { caps: options.caps, replace: true, budget: options.budget });
    if (result.status !== 'done') throw new Error('the check sheet could not be replaced');
    return { findings, skipped: result.skipped, syncs: syncs + result.syncs };
  } catch (e) {
    throw excelUserError(e);
  }
}

/** Goes to a cell the user clicked in the pane's list: one sync. */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  try {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell || 'A1').select();
    await context.sync();
  } catch (e) {
    throw excelUserError(e);
  }
}
