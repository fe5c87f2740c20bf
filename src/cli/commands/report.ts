import { existsSync } from 'node:fs';
import { isValidIsoDate } from '../../domain/excelDate';
import { UserError } from '../../domain/userError';
import { localIsoDate } from '../../domain/vietnameseDate';
import { reportDocxBytes } from '../../hosts/docx/reportDocx';
import { writeWorkbook } from '../../hosts/xlsx/writeWorkbook';
import { SHEET } from '../../sheets/names';
import { readReportEdits } from '../../sheets/read/readReportEdits';
import { summaryOfSheets } from '../../sheets/read/summaryOfSheets';
import { reportWorkbook } from '../../sheets/reportSheet';
import { sheetNamed } from '../../sheets/sheetName';
import { parseCommandArgs, requireOption } from '../args';
import { checkRunPaths, writeOutputs } from '../output';
import { pdfPrinter, xlsxToPdf } from '../pdf';
import { readPlanFile, readWorkbookFile } from '../planFile';
import type { CommandResult } from './result';

export const REPORT_USAGE = 'unionplan report --plan plan.xlsx --summary tong-hop.xlsx -o bao-cao.xlsx [--pdf bao-cao.pdf] [--docx bao-cao.docx] [--date 2027-01-05] [--keep-edits] [--force]';

/**
 * The summary report (`Báo cáo`) from a plan and the consolidation written by `consolidate -o`.
 * --keep-edits reads the report already at -o and keeps the paragraphs the officer rewrote there.
 */
export async function reportCommand(args: string[]): Promise<CommandResult> {
  const { values } = parseCommandArgs(args, {
    plan: { type: 'string' }, summary: { type: 'string' }, output: { type: 'string', short: 'o' },
    pdf: { type: 'string' }, docx: { type: 'string' }, date: { type: 'string' }, 'keep-edits': { type: 'boolean' }, force: { type: 'boolean' },
  }, 'report');
  const planPath = requireOption(values.plan, '--plan', 'report');
  const summaryPath = requireOption(values.summary, '--summary', 'report');
  const out = requireOption(values.output, '-o', 'report');
  const date = typeof values.date === 'string' ? values.date.trim() : localIsoDate(new Date());
  if (!isValidIsoDate(date)) throw new UserError('usage', `--date "${date}" không phải là ngày (dạng 2027-01-05).`, `--date "${date}" is not a date (form 2027-01-05).`);
  const keepEdits = values['keep-edits'] === true;
  const pdf = typeof values.pdf === 'string' ? values.pdf : null;
  const force = values.force === true;
  const docx = typeof values.docx === 'string' ? values.docx : null;
  // Keeping edits means rewriting the same file: the officer asked for it by name.
  checkRunPaths({
    inputs: [{ flag: '--plan', path: planPath }, { flag: '--summary', path: summaryPath }],
    outputs: [
      { flag: '-o', path: out, kind: 'xlsx', rewrite: keepEdits },
      pdf ? { flag: '--pdf', path: pdf, kind: 'pdf' } : null,
      docx ? { flag: '--docx', path: docx, kind: 'docx' } : null,
    ],
    force,
  });
  const soffice = pdf ? pdfPrinter(pdf) : '';

  const plan = await readPlanFile(planPath);
  const { consolidation, findings } = summaryOfSheets(plan, await readWorkbookFile(summaryPath), summaryPath);
  let kept = new Map<string, string>();
  if (keepEdits && existsSync(out)) {
    const old = sheetNamed(await readWorkbookFile(out), SHEET.report);
    kept = old ? readReportEdits(old) : kept;
  }
  const spec = reportWorkbook({ plan, consolidation, date, drawsCharts: false, kept });
  const book = await writeWorkbook(spec);
  // The Word document says what the sheet says, with Word's own charts.
  const docxBytes = docx ? await reportDocxBytes({ plan, consolidation, date, kept }) : null;
  const written = writeOutputs([
    { path: out, data: book, rewrite: keepEdits },
    ...(pdf ? [{ path: pdf, data: xlsxToPdf(soffice, book, pdf) }] : []),
    ...(docx && docxBytes ? [{ path: docx, data: docxBytes }] : []),
  ], force);
  const [full] = written;
  const printed = pdf ? written[1] : null;
  const docxFull = docx ? written[written.length - 1] : null;
  // Where the .xlsx shows text bars, say so here, not in the printed document.
  const bars = { vi: 'Biểu đồ trong tệp .xlsx là thanh chữ (ExcelJS không vẽ được biểu đồ Excel); bản Word (--docx) và báo cáo tạo trong Excel có biểu đồ thật.', en: 'Charts in the .xlsx are text bars (ExcelJS cannot draw Excel charts); the Word document (--docx) and a report made in Excel have real charts.' };
  const warning = (f: (typeof findings)[number], lang: 'vi' | 'en') => `  ${f.sheet}${f.cell ? `!${f.cell}` : ''}: ${f[lang]}`;
  return {
    vi: [`Đã ghi báo cáo: ${full}`, ...(keepEdits ? [`Giữ ${kept.size} đoạn đã sửa.`] : []), ...(printed ? [`Đã in ra PDF: ${printed}`] : []), ...(docxFull ? [`Đã ghi bản Word: ${docxFull}`] : []), bars.vi, ...findings.map((f) => warning(f, 'vi'))].join('\n'),
    en: [`Report written: ${full}`, ...(keepEdits ? [`Kept ${kept.size} edited paragraph(s).`] : []), ...(printed ? [`Printed to PDF: ${printed}`] : []), ...(docxFull ? [`Word document written: ${docxFull}`] : []), bars.en, ...findings.map((f) => warning(f, 'en'))].join('\n'),
  };
}
