import type { YearMonth } from '../domain/month';
import { printableMonth } from '../domain/calendar/monthSchedule';
import { rectA1 } from '../sheets/a1';
import { calendarSheet } from '../sheets/calendarSheet';
import { SHEET } from '../sheets/names';
import { readablePlan } from '../sheets/read/planReadError';
import { scheduleLayout } from '../sheets/scheduleSheet';
import type { WorkbookSpec } from '../sheets/spec';
import type { ExcelCapabilities, Skipped } from '../hosts/excel/capabilities';
import { excelUserError } from '../hosts/excel/errors';
import { queueSheetReads } from '../hosts/excel/readSheets';
import { request, type RequestOptions } from '../hosts/excel/request';
import { queueShape, rewriteOwnSheets } from '../hosts/excel/writeWorkbookSpec';

/**
 * "Lịch tháng": reads the plan the user has edited and the workbook's shape (one sync), then
 * rebuilds the two calendar sheets from it (one more) — `Lịch tháng` and `Lịch công tác`, which hold
 * nothing the user types.
 * Every other sheet is left as it is. With a month, that month's page becomes the print area and is
 * selected, ready for Ctrl+P.
 */
export interface CalendarOptions {
  caps: ExcelCapabilities;
  month: YearMonth | null;
  budget?: number;
  onProgress?: (done: number, total: number) => void;
  /** The user agreed to replace calendar sheets unionplan did not make. */
  takeOver?: boolean;
  request?: RequestOptions;
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
  // The workbook's shape comes with the plan: the write needs no sync of its own to learn it.
  let read;
  try {
    read = await request(context, () => ({ shape: queueShape(context), values: queueSheetReads(context, INPUT_SHEETS) }), options.request);
  } catch (e) {
    throw excelUserError(e);
  }
  const { shape, values } = read;
  const plan = readablePlan(values());
  const month = printableMonth(options.month, plan.info.period);
  const layout = scheduleLayout(plan, undefined, month);
  const block = layout.months.find((m) => m.month === month);
  const spec: WorkbookSpec = {
    sheets: [calendarSheet(plan), layout.sheet],
    activeSheet: block ? SHEET.schedule : SHEET.calendar,
    ...(block ? { select: { sheet: SHEET.schedule, rect: block.rect } } : {}),
  };
  // The calendar sheets are unionplan's own output, rebuilt on request: replacing them is the action
  // (a same-named sheet of the user's is another matter: asked).
  const result = await rewriteOwnSheets(context, spec, shape, options);
  return {
    sheets: result.created,
    months: layout.months.length,
    skipped: result.skipped,
    printArea: block && options.caps.pageLayout ? rectA1(block.rect) : null,
    syncs: result.syncs + 1,
  };
}
