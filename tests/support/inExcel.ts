import type { Workbook } from '../../src/app/workbook';
import { ALL_CAPABILITIES } from '../../src/hosts/excel/capabilities';
import { ExcelWorkbook, type ExcelWorkbookOptions } from '../../src/hosts/excel/excelWorkbook';
import type { FakeContext } from './excelFake';

/**
 * An action run against the strict fake the way the pane runs it — the app's workflow over the
 * Excel host's workbook, in one context — with the syncs it cost.
 */
export async function inExcel<T extends object>(fake: FakeContext, action: (wb: Workbook) => Promise<T>, options: Partial<ExcelWorkbookOptions> = {}): Promise<T & { syncs: number }> {
  const wb = new ExcelWorkbook(fake as unknown as Excel.RequestContext, { caps: ALL_CAPABILITIES, ...options });
  const outcome = await action(wb);
  return { ...outcome, syncs: wb.syncs };
}
