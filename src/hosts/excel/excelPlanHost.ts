import type { PlanHost } from '../planHost';
import { planWorkbook } from '../../sheets/planWorkbook';
import { SHEET } from '../../sheets/names';
import { rebuildCalendar } from './calendar';
import { checkWorkbook, selectCell } from './check';
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
    async check() {
      try {
        const result = await Excel.run((context) => checkWorkbook(context, { caps: caps(), checkedAt: checkedAt(new Date()) }));
        return { findings: result.findings, sheets: [SHEET.check], skipped: result.skipped };
      } catch (e) {
        throw excelUserError(e);
      }
    },
    async select(sheet, cell) {
      await Excel.run((context) => selectCell(context, sheet, cell));
    },
  };
}

/** "22/11/2026 23:05" in the user's own clock. */
export function checkedAt(d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
