import { printableMonth } from '../../domain/calendar/monthSchedule';
import { writeWorkbook } from '../../hosts/xlsx/writeWorkbook';
import { scheduleWorkbook } from '../../sheets/scheduleSheet';
import { parseCommandArgs, requireOption } from '../args';
import { checkRunPaths, writeOutputs } from '../output';
import { pdfPrinter, xlsxToPdf } from '../pdf';
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
  const pdf = typeof values.pdf === 'string' ? values.pdf : null;
  const force = values.force === true;
  checkRunPaths({ inputs: [{ flag: '--plan', path: planPath }], outputs: [{ flag: '-o', path: out, kind: 'xlsx' }, pdf ? { flag: '--pdf', path: pdf, kind: 'pdf' } : null], force });
  const soffice = pdf ? pdfPrinter(pdf) : '';
  const plan = await readPlanFile(planPath);
  const month = printableMonth(typeof values.month === 'string' ? values.month.trim() : undefined, plan.info.period);
  const { spec, months } = scheduleWorkbook(plan, month);
  const book = await writeWorkbook(spec);
  const [full, printed] = writeOutputs([{ path: out, data: book }, ...(pdf ? [{ path: pdf, data: xlsxToPdf(soffice, book, pdf) }] : [])], force);
  const n = months.length;
  return {
    vi: `Đã ghi lịch công tác ${n} tháng: ${full}${printed ? `\nĐã in ra PDF: ${printed}` : ''}`,
    en: `Monthly schedule for ${n} month(s) written: ${full}${printed ? `\nPrinted to PDF: ${printed}` : ''}`,
  };
}
