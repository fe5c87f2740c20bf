import { calendar } from '../../app/calendar';
import { FileWorkbook } from '../../hosts/xlsx/fileWorkbook';
import { parseCommandArgs, requireOption } from '../args';
import { inMemory, inputFile, madeFile } from '../files';
import { checkRunPaths, writeOutputs } from '../output';
import { pdfPrinter, xlsxToPdf } from '../pdf';
import type { CommandResult } from './result';

export const CALENDAR_USAGE = 'unionplan calendar --plan plan.xlsx [--month 2026-09|2027] -o lich-cong-tac.xlsx [--pdf lich-cong-tac.pdf] [--force]';

/** The printable monthly schedules of a plan workbook, one A4 page per month (per year for a term), as .xlsx (and PDF). */
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
  const wb = new FileWorkbook({ plan: inputFile(planPath) }, inMemory(out));
  const outcome = await calendar(wb, { month: typeof values.month === 'string' ? values.month.trim() : null });
  const book = madeFile(outcome).data;
  const [full, printed] = writeOutputs([{ path: out, data: book }, ...(pdf ? [{ path: pdf, data: xlsxToPdf(soffice, book, pdf) }] : [])], force);
  const n = outcome.months;
  return {
    vi: `Đã ghi lịch công tác ${n} ${outcome.perYear ? 'năm' : 'tháng'}: ${full}${printed ? `\nĐã in ra PDF: ${printed}` : ''}`,
    en: `Work schedule for ${n} ${outcome.perYear ? 'year' : 'month'}(s) written: ${full}${printed ? `\nPrinted to PDF: ${printed}` : ''}`,
  };
}
