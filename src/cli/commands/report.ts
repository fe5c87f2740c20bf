import { existsSync } from 'node:fs';
import { findingLine } from '../../app/outcomeText';
import { report } from '../../app/report';
import { isValidIsoDate } from '../../domain/excelDate';
import { UserError } from '../../domain/userError';
import { localIsoDate } from '../../domain/vietnameseDate';
import { reportDocxBytes } from '../../hosts/docx/reportDocx';
import { FileWorkbook } from '../../hosts/xlsx/fileWorkbook';
import { parseCommandArgs, requireOption } from '../args';
import { inMemory, inputFile, madeFile } from '../files';
import { checkRunPaths, writeOutputs } from '../output';
import { pdfPrinter, xlsxToPdf } from '../pdf';
import type { CommandResult } from './result';

export const REPORT_USAGE = 'unionplan report --plan plan.xlsx --summary tong-hop.xlsx [--round 6T] -o bao-cao.xlsx [--pdf bao-cao.pdf] [--docx bao-cao.docx] [--date 2027-01-05] [--keep-edits] [--force]';

/**
 * The summary report (`Báo cáo`) from a plan and the consolidation written by `consolidate -o`.
 * --keep-edits reads the report already at -o and keeps the paragraphs the officer rewrote there;
 * --docx lays the same report out as a Word document.
 */
export async function reportCommand(args: string[]): Promise<CommandResult> {
  const { values } = parseCommandArgs(args, {
    plan: { type: 'string' }, summary: { type: 'string' }, output: { type: 'string', short: 'o' },
    pdf: { type: 'string' }, docx: { type: 'string' }, date: { type: 'string' }, 'keep-edits': { type: 'boolean' }, force: { type: 'boolean' },
    round: { type: 'string' },
  }, 'report');
  const planPath = requireOption(values.plan, '--plan', 'report');
  const summaryPath = requireOption(values.summary, '--summary', 'report');
  const out = requireOption(values.output, '-o', 'report');
  const date = typeof values.date === 'string' ? values.date.trim() : localIsoDate(new Date());
  if (!isValidIsoDate(date)) throw new UserError('usage', `--date "${date}" không phải là ngày (dạng 2027-01-05).`, `--date "${date}" is not a date (form 2027-01-05).`);
  const keepEdits = values['keep-edits'] === true;
  const pdf = typeof values.pdf === 'string' ? values.pdf : null;
  const docx = typeof values.docx === 'string' ? values.docx : null;
  const force = values.force === true;
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

  const sources = { plan: inputFile(planPath), summary: inputFile(summaryPath), ...(keepEdits && existsSync(out) && { report: inputFile(out) }) };
  const round = typeof values.round === 'string' ? values.round : undefined;
  const made = await report(new FileWorkbook(sources, inMemory(out)), { date, ...(keepEdits && { mode: 'keep-edits' as const }), ...(round !== undefined && { round }) });
  if (made.status !== 'done') throw new Error('a file host never asks for consent');
  const book = madeFile(made).data;
  // The Word document says what the sheet says, with Word's own charts.
  const word = docx ? await reportDocxBytes(made.content) : null;
  const written = writeOutputs([
    { path: out, data: book, rewrite: keepEdits },
    ...(pdf ? [{ path: pdf, data: xlsxToPdf(soffice, book, pdf) }] : []),
    ...(docx && word ? [{ path: docx, data: word }] : []),
  ], force);
  const [full] = written;
  const printed = pdf ? written[1] : null;
  const wordFile = docx ? written[written.length - 1] : null;
  // Where the .xlsx shows text bars, say so here, not in the printed document.
  const bars = { vi: 'Biểu đồ trong tệp .xlsx là thanh chữ (ExcelJS không vẽ được biểu đồ Excel); bản Word (--docx) và báo cáo tạo trong Excel có biểu đồ thật.', en: 'Charts in the .xlsx are text bars (ExcelJS cannot draw Excel charts); the Word document (--docx) and a report made in Excel have real charts.' };
  const warnings = (lang: 'vi' | 'en') => made.findings.map((f) => `  ${findingLine(f, lang, {})}`);
  return {
    vi: [`Đã ghi báo cáo: ${full}`, ...(keepEdits ? [`Giữ ${made.kept} đoạn đã sửa.`] : []), ...(printed ? [`Đã in ra PDF: ${printed}`] : []), ...(wordFile ? [`Đã ghi bản Word: ${wordFile}`] : []), bars.vi, ...warnings('vi')].join('\n'),
    en: [`Report written: ${full}`, ...(keepEdits ? [`Kept ${made.kept} edited paragraph(s).`] : []), ...(printed ? [`Printed to PDF: ${printed}`] : []), ...(wordFile ? [`Word document written: ${wordFile}`] : []), bars.en, ...warnings('en')].join('\n'),
  };
}
