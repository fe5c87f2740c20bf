import type { PlanHost } from '../planHost';
import { planWorkbook } from '../../sheets/planWorkbook';
import { rebuildCalendar } from './calendar';
import { detectCapabilities } from './capabilities';
import { excelUserError } from './errors';
import { applyWorkbookSpec } from './scaffold';

/** The plan host inside Excel: the only place that touches the Office and Excel globals. */
export function excelPlanHost(): PlanHost {
  const caps = () => detectCapabilities((name, version) => Office.context.requirements.isSetSupported(name, version));
  return {
    kind: 'excel',
    async scaffold(plan, options) {
      try {
        const result = await Excel.run((context) => applyWorkbookSpec(context, planWorkbook(plan), { caps: caps(), replace: options.replace, onProgress: options.onProgress }));
        if (result.status === 'needs-consent') return result;
        return { status: 'done', sheets: result.created, replaced: result.replaced, skipped: result.skipped };
      } catch (e) {
        throw excelUserError(e);
      }
    },
    async calendar(request) {
      try {
        const result = await Excel.run((context) => rebuildCalendar(context, { caps: caps(), month: request.month, onProgress: request.onProgress }));
        return { sheets: result.sheets, months: result.months, skipped: result.skipped, printArea: result.printArea };
      } catch (e) {
        throw excelUserError(e);
      }
    },
  };
}
