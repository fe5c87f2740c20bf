import { INPUT_SHEETS } from '../sheets/check/checkPlan';
import { formSheetsWorkbook } from '../sheets/formSheets';
import { SHEET } from '../sheets/names';
import { usablePlan } from '../sheets/read/usablePlan';
import type { ExcelCapabilities } from '../hosts/excel/capabilities';
import { excelUserError } from '../hosts/excel/errors';
import { queueSheetReads } from '../hosts/excel/readSheets';
import { request, type RequestOptions } from '../hosts/excel/request';
import { queueShape, writeWorkbookSpec, type ScaffoldResult } from '../hosts/excel/writeWorkbookSpec';

/**
 * "Tạo mẫu báo cáo" as sheets of the open workbook: one per unit of `Đơn vị`. Forms that exist may
 * hold figures already typed, so they are replaced only with the user's consent. One sync to read
 * the plan and the workbook's shape, one (or more past the request budget) to write.
 */
export async function writeFormSheets(context: Excel.RequestContext, options: { caps: ExcelCapabilities; replace: boolean; budget?: number; request?: RequestOptions }): Promise<ScaffoldResult> {
  try {
    const { shape, values } = await request(context, () => ({ shape: queueShape(context), values: queueSheetReads(context, [...INPUT_SHEETS, SHEET.units]) }), options.request);
    const plan = usablePlan(values());
    const result = await writeWorkbookSpec(context, formSheetsWorkbook(plan), shape, { caps: options.caps, replace: options.replace, budget: options.budget, request: options.request });
    return result.status === 'done' ? { ...result, syncs: result.syncs + 1 } : result;
  } catch (e) {
    throw excelUserError(e);
  }
}

