import { printableMonth } from '../domain/calendar/monthSchedule';
import type { YearMonth } from '../domain/month';
import { periodCode } from '../domain/period';
import { inFile } from '../domain/userError';
import { rectA1 } from '../sheets/a1';
import { calendarSheet } from '../sheets/calendarSheet';
import { INPUT_SHEETS } from '../sheets/check/checkPlan';
import { SHEET } from '../sheets/names';
import { readablePlan } from '../sheets/read/planReadError';
import { scheduleLayout, scheduleWorkbook } from '../sheets/scheduleSheet';
import { rewriteOwnSheets } from './consent';
import type { PlanFiles } from './planFiles';
import { savedFiles, type SavedFiles } from './saved';
import type { Progress, Skipped, Workbook } from './workbook';

export interface CalendarRequest extends PlanFiles {
  /** One month to print ("2026-09"), or null for the whole period. */
  month: YearMonth | string | null;
  onProgress?: Progress;
  /** The user agreed to replace a same-named sheet unionplan did not make. */
  takeOver?: boolean;
}

export interface CalendarOutcome extends SavedFiles {
  sheets: string[];
  /** How many schedule pages (blocks) were made: one per month, or one per year for a congress term. */
  months: number;
  /** Whether each block is a year's (a congress term printed whole) rather than a month's. */
  perYear: boolean;
  skipped: Skipped[];
  /** The month's block, when it was made the print area. */
  printArea: string | null;
}

/**
 * "Lịch tháng": the year grid and the printable monthly schedules, rebuilt from the plan as the user
 * has edited it. In a workbook, `Lịch tháng` and `Lịch công tác` are unionplan's own sheets and are
 * replaced (every other sheet stays as it is); a chosen month becomes the print area, ready for
 * Ctrl+P. As a file, the schedule of the month asked for, or of the whole period.
 */
export async function calendar(wb: Workbook, request: CalendarRequest): Promise<CalendarOutcome> {
  const { plan: sheets } = await wb.read({ plan: INPUT_SHEETS });
  const plan = readablePlan(sheets.values, sheets.file);
  const month = inFile(sheets.file, () => printableMonth(request.month, plan.info.period));
  const name = `lich-cong-tac-${month ?? periodCode(plan.info.period)}.xlsx`;
  const options = { takeOver: request.takeOver, onProgress: request.onProgress };
  if (wb.writesTo === 'files') {
    const { spec, months } = scheduleWorkbook(plan, month);
    const written = await rewriteOwnSheets(wb, [{ name, spec }], options);
    return { sheets: written.sheets, months: months.length, perYear: months.some((b) => b.month.length === 4), skipped: written.skipped, printArea: null, ...savedFiles(written) };
  }
  const layout = scheduleLayout(plan, undefined, month);
  const block = layout.months.find((m) => m.month === month);
  const spec = {
    sheets: [calendarSheet(plan), layout.sheet],
    activeSheet: block ? SHEET.schedule : SHEET.calendar,
    ...(block ? { select: { sheet: SHEET.schedule, rect: block.rect } } : {}),
  };
  const written = await rewriteOwnSheets(wb, [{ name, spec }], options);
  const printable = block && !written.skipped.some((s) => s.feature === 'pageLayout');
  return { sheets: written.sheets, months: layout.months.length, perYear: layout.months.some((b) => b.month.length === 4), skipped: written.skipped, printArea: printable ? rectA1(block.rect) : null, ...savedFiles(written) };
}
