import { check } from '../../app/check';
import { checkHeadline, findingLine, findingRecord } from '../../app/outcomeText';
import { UserError } from '../../domain/userError';
import { FileWorkbook } from '../../hosts/xlsx/fileWorkbook';
import { parseCommandArgs } from '../args';
import { inputFile } from '../files';
import type { CommandResult } from './result';

export const CHECK_USAGE = 'unionplan check <plan.xlsx> [--json]';

/** Checks a plan workbook without changing it; exit code 1 when any finding is an error. */
export async function checkCommand(args: string[]): Promise<CommandResult> {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } }, 'check');
  if (positionals.length !== 1) throw new UserError('usage', `Cách dùng: ${CHECK_USAGE}`, `Usage: ${CHECK_USAGE}`);
  const path = positionals[0];
  const { findings } = await check(new FileWorkbook({ plan: inputFile(path) }));
  const exitCode = findings.some((f) => f.severity === 'error') ? 1 : 0;
  if (values.json) {
    const json = (lang: 'vi' | 'en') => JSON.stringify({ findings: findings.map((f) => findingRecord(f, lang)) }, null, 2);
    return { vi: json('vi'), en: json('en'), exitCode };
  }
  const text = (lang: 'vi' | 'en') => [`${path}: ${checkHeadline(findings, lang)}`, ...findings.map((f) => findingLine(f, lang))].join('\n');
  return { vi: text('vi'), en: text('en'), exitCode };
}
