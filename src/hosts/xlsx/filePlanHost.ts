import { periodCode } from '../../domain/period';
import type { PlanHost } from '../planHost';
import { planWorkbook } from '../../sheets/planWorkbook';

/**
 * The plan host of the standalone page: builds the workbook as an .xlsx file and hands the bytes to
 * `save` (a browser download). ExcelJS loads only when a file is made, keeping the page light.
 */
export function filePlanHost(save: (fileName: string, data: Uint8Array) => void): PlanHost {
  return {
    kind: 'file',
    async scaffold(plan, options) {
      options.onProgress?.(0, 1);
      const { writeWorkbook } = await import(/* webpackChunkName: "xlsx" */ './writeWorkbook');
      const spec = planWorkbook(plan);
      const fileName = `ke-hoach-${periodCode(plan.info.period)}.xlsx`;
      save(fileName, await writeWorkbook(spec));
      options.onProgress?.(1, 1);
      return { status: 'done', sheets: spec.sheets.map((s) => s.name), replaced: [], skipped: [], fileName };
    },
  };
}
