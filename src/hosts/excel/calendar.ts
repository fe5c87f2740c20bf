import type { YearMonth } from '../../domain/month';
import { periodContains, periodLabel } from '../../domain/period';
import { UserError } from '../../domain/userError';
import { rectA1 } from '../../sheets/a1';
import { calendarSheet } from '../../sheets/calendarSheet';
import { SHEET } from '../../sheets/names';
import { planReadError } from '../../sheets/read/planReadError';
import { readPlan } from '../../sheets/read/readPlan';
import { scheduleLayout } from '../../sheets/scheduleSheet';
import type { WorkbookSpec } from '../../sheets/spec';
import type { ExcelCapabilities, Skipped } from './capabilities';
import { excelUserError } from './errors';
import { readSheets } from './readSheets';
import { applyWorkbookSpec } from './scaffold';

/**
 * "Lịch tháng": reads the plan the user has edited (one sync), then rebuilds the two calendar
 * sheets from it (two more) — `Lịch tháng` and `Lịch công tác`, which hold nothing the user types.
 * Every other sheet is left as it is. With a month, that month's page becomes the print area and is
 * selected, ready for Ctrl+P.
 */
export interface CalendarOptions {
  caps: ExcelCapabilities;
  month: YearMonth | null;
  budget?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface CalendarResult {
  sheets: string[];
  months: number;
  skipped: Skipped[];
  /** Set when a month was chosen and print setup is available. */
  printArea: string | null;
  syncs: number;
}

const INPUT_SHEETS = [SHEET.info, SHEET.targets, SHEET.tasks, SHEET.commemorations];

export async function rebuildCalendar(context: Excel.RequestContext, options: CalendarOptions): Promise<CalendarResult> {
  let values;
  try {
    values = await readSheets(context, INPUT_SHEETS);
  } catch (e) {
    throw excelUserError(e);
  }
  const { plan, findings } = readPlan(values);
  if (!plan || findings.some((f) => f.severity === 'error')) throw planReadError(findings);
  const period = plan.info.period;
  if (options.month && !periodContains(period, options.month)) {
    throw new UserError('month-outside-period', `Tháng ${options.month} không thuộc kỳ kế hoạch (${periodLabel(period)}).`, `Month ${options.month} is outside the plan period (${period.from} to ${period.to}).`);
  }
  const month = options.month ?? undefined;
  const layout = scheduleLayout(plan, undefined, month);
  const block = layout.months.find((m) => m.month === month);
  const spec: WorkbookSpec = {
    sheets: [calendarSheet(plan), layout.sheet],
    activeSheet: block ? SHEET.schedule : SHEET.calendar,
    ...(block ? { select: { sheet: SHEET.schedule, rect: block.rect } } : {}),
  };
  // The calendar sheets are unionplan's own output, rebuilt on request: replacing them is the action.
  const result = await applyWorkbookSpec(context, spec, { caps: options.caps, replace: true, budget: options.budget, onProgress: options.onProgress });
  if (result.status !== 'done') throw new Error('calendar sheets could not be replaced');
  return {
    sheets: result.created,
    months: layout.months.length,
    skipped: result.skipped,
    printArea: block && options.caps.pageLayout ? rectA1(block.rect) : null,
    syncs: result.syncs + 1,
  };
}
