import type { PlanHost } from '../planHost';
import { planWorkbook } from '../../sheets/planWorkbook';
import { detectCapabilities } from './capabilities';
import { excelUserError } from './errors';
import { applyWorkbookSpec } from './scaffold';

/** The plan host inside Excel: the only place that touches the Office and Excel globals. */
export function excelPlanHost(): PlanHost {
  return {
    kind: 'excel',
    async scaffold(plan, options) {
      const caps = detectCapabilities((name, version) => Office.context.requirements.isSetSupported(name, version));
      try {
        const result = await Excel.run((context) => applyWorkbookSpec(context, planWorkbook(plan), { caps, replace: options.replace, onProgress: options.onProgress }));
        if (result.status === 'needs-consent') return result;
        return { status: 'done', sheets: result.created, replaced: result.replaced, skipped: result.skipped };
      } catch (e) {
        throw excelUserError(e);
      }
    },
  };
}
