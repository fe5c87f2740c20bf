import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { findingLine } from '../../app/outcomeText';
import { report } from '../../app/report';
import { isValidIsoDate } from '../../domain/excelDate';
import { UserError } from '../../domain/userError';
import { localIsoDate } from '../../domain/vietnameseDate';
import { FileWorkbook } from '../../hosts/xlsx/fileWorkbook';
import { parseCommandArgs, requireOption } from '../args';
import { inMemory, inputFile, madeFile } from '../files';
import { refuseExisting, writeOutput } from '../output';
import { xlsxToPdf } from '../pdf';
import type { CommandResult } from './result';

export const REPORT_USAGE = 'unionplan report --plan plan.xlsx --summary tong-hop.xlsx -o bao-cao.xlsx [--pdf bao-cao.pdf] [--date 2027-01-05] [--keep-edits] [--force]';

/**
 * The summary report (`Báo cáo`) from a plan and the consolidation written by `consolidate -o`.
 * --keep-edits reads the report already at -o and keeps the paragraphs the officer rewrote there.
 */
export async function reportCommand(args: string[]): Promise<CommandResult> {
  const { values } = parseCommandArgs(args, {
    plan: { type: 'string' }, summary: { type: 'string' }, output: { type: 'string', short: 'o' },
    pdf: { type: 'string' }, date: { type: 'string' }, 'keep-edits': { type: 'boolean' }, force: { type: 'boolean' },
  }, 'report');
  const planPath = requireOption(values.plan, '--plan', 'report');
  const summaryPath = requireOption(values.summary, '--summary', 'report');
  const out = requireOption(values.output, '-o', 'report');
  const date = typeof values.date === 'string' ? values.date.trim() : localIsoDate(new Date());
  if (!isValidIsoDate(date)) throw new UserError('usage', `--date "${date}" không phải là ngày (dạng 2027-01-05).`, `--date "${date}" is not a date (form 2027-01-05).`);
  const keepEdits = values['keep-edits'] === true;
  const pdf = typeof values.pdf === 'string' ? values.pdf : null;
  if (pdf) refuseExisting(pdf, values.force === true);

  const sources = { plan: inputFile(planPath), summary: inputFile(summaryPath), ...(keepEdits && existsSync(out) && { report: inputFile(out) }) };
  const made = await report(new FileWorkbook(sources, inMemory(out)), { date, ...(keepEdits && { mode: 'keep-edits' as const }) });
  if (made.status !== 'done') throw new Error('a file host never asks for consent');
  // Keeping edits means rewriting the same file: the officer asked for it by name.
  const full = writeOutput(out, madeFile(made).data, values.force === true || keepEdits);
  if (pdf) xlsxToPdf(full, resolve(pdf));
  const warnings = (lang: 'vi' | 'en') => made.findings.map((f) => `  ${findingLine(f, lang, {})}`);
  return {
    vi: [`Đã ghi báo cáo: ${full}`, ...(keepEdits ? [`Giữ ${made.kept} đoạn đã sửa.`] : []), ...(pdf ? [`Đã in ra PDF: ${resolve(pdf)}`] : []), ...warnings('vi')].join('\n'),
    en: [`Report written: ${full}`, ...(keepEdits ? [`Kept ${made.kept} edited paragraph(s).`] : []), ...(pdf ? [`Printed to PDF: ${resolve(pdf)}`] : []), ...warnings('en')].join('\n'),
  };
}
