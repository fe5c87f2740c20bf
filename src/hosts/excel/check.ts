import type { Finding } from '../../domain/finding';
import { checkPlan, INPUT_SHEETS } from '../../sheets/check/checkPlan';
import { findingsSheet } from '../../sheets/findingsSheet';
import { SHEET } from '../../sheets/names';
import { infoCells } from '../../sheets/read/readInfo';
import { readText } from '../../sheets/read/cells';
import type { ExcelCapabilities, Skipped } from './capabilities';
import { excelUserError } from './errors';
import { readSheets } from './readSheets';
import { applyWorkbookSpec } from './scaffold';

/**
 * "Kiểm tra": reads the sheets the user types into (one sync), checks them, and rewrites the
 * `Kiểm tra` sheet with the findings (two more). Nothing else in the workbook changes.
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
  let values;
  try {
    values = await readSheets(context, INPUT_SHEETS);
  } catch (e) {
    throw excelUserError(e);
  }
  const findings = checkPlan(values);
  const info = values.get(SHEET.info);
  const org = info ? readText(infoCells(info).get('issuingBody')?.value) : '';
  const spec = { sheets: [findingsSheet(findings, org, options.checkedAt)], ...(findings.length ? { activeSheet: SHEET.check } : {}) };
  const result = await applyWorkbookSpec(context, spec, { caps: options.caps, replace: true, budget: options.budget });
  if (result.status !== 'done') throw new Error('the check sheet could not be replaced');
  return { findings, skipped: result.skipped, syncs: result.syncs + 1 };
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
