import { resolve } from 'node:path';
import { calendar } from '../../app/calendar';
import { FileWorkbook } from '../../hosts/xlsx/fileWorkbook';
import { parseCommandArgs, requireOption } from '../args';
import { inMemory, inputFile, madeFile } from '../files';
import { refuseExisting, writeOutput } from '../output';
import { xlsxToPdf } from '../pdf';
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
  const pdf = typeof values.pdf === 'string' ? values.pdf : null;
  if (pdf) refuseExisting(pdf, values.force === true);
  const wb = new FileWorkbook({ plan: inputFile(planPath) }, inMemory(out));
  const outcome = await calendar(wb, { month: typeof values.month === 'string' ? values.month.trim() : null });
  const full = writeOutput(out, madeFile(outcome).data, values.force === true);
  if (pdf) xlsxToPdf(full, resolve(pdf));
  const n = outcome.months;
  return {
    vi: `Đã ghi lịch công tác ${n} tháng: ${full}${pdf ? `\nĐã in ra PDF: ${resolve(pdf)}` : ''}`,
    en: `Monthly schedule for ${n} month(s) written: ${full}${pdf ? `\nPrinted to PDF: ${resolve(pdf)}` : ''}`,
  };
}
