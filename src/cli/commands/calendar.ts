import { resolve } from 'node:path';
import { printableMonth } from '../../domain/calendar/monthSchedule';
import { writeWorkbook } from '../../hosts/xlsx/writeWorkbook';
import { scheduleWorkbook } from '../../sheets/scheduleSheet';
import { parseCommandArgs, requireOption } from '../args';
import { refuseExisting, writeOutput } from '../output';
import { xlsxToPdf } from '../pdf';
import { readPlanFile } from '../planFile';
import type { CommandResult } from './result';

export const CALENDAR_USAGE = 'unionplan calendar --plan plan.xlsx [--month 2026-09] -o lich-cong-tac.xlsx [--pdf lich-cong-tac.pdf] [--force]';

/** The printable monthly schedules of a plan workbook, one A4 page per month, as .xlsx (and PDF). */
export async function calendarCommand(args: string[]): Promise<CommandResult> {
  const { values } = parseCommandArgs(args, {
    plan: { type: 'string' },
    month: { type: 'string' },
    output: { type: 'string', short: 'o' },
    pdf: { type: 'string' },
    force: { type: 'boolean' },
  }, 'calendar');
  const planPath = requireOption(values.plan, '--plan', 'calendar');
  const out = requireOption(values.output, '-o', 'calendar');
  const plan = await readPlanFile(planPath);
  const month = printableMonth(typeof values.month === 'string' ? values.month.trim() : undefined, plan.info.period);
  const pdf = typeof values.pdf === 'string' ? values.pdf : null;
  if (pdf) refuseExisting(pdf, values.force === true);
  const { spec, months } = scheduleWorkbook(plan, month);
  const full = writeOutput(out, await writeWorkbook(spec), values.force === true);
  if (pdf) xlsxToPdf(full, resolve(pdf));
  const n = months.length;
  return {
    vi: `Đã ghi lịch công tác ${n} tháng: ${full}${pdf ? `\nĐã in ra PDF: ${resolve(pdf)}` : ''}`,
    en: `Monthly schedule for ${n} month(s) written: ${full}${pdf ? `\nPrinted to PDF: ${resolve(pdf)}` : ''}`,
  };
}
