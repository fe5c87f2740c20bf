import type { Finding } from '../../domain/finding';
import { UserError } from '../../domain/userError';
import { checkPlan } from '../../sheets/check/checkPlan';
import { SEVERITY_WORDS, findingsSummary } from '../../sheets/findingsSheet';
import { parseCommandArgs } from '../args';
import { readWorkbookFile } from '../planFile';
import type { CommandResult } from './result';

export const CHECK_USAGE = 'unionplan check <plan.xlsx> [--json]';

const line = (f: Finding, lang: 'vi' | 'en') => `${SEVERITY_WORDS[f.severity][lang]} [${f.code}] ${f.sheet}${f.cell ? `!${f.cell}` : ''}: ${f[lang]}`;

/** Checks a plan workbook without changing it; exit code 1 when any finding is an error. */
export async function checkCommand(args: string[]): Promise<CommandResult> {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } }, 'check');
  if (positionals.length !== 1) throw new UserError('usage', `Cách dùng: ${CHECK_USAGE}`, `Usage: ${CHECK_USAGE}`);
  const path = positionals[0];
  const sheets = await readWorkbookFile(path);
  const findings = checkPlan(sheets);
  const exitCode = findings.some((f) => f.severity === 'error') ? 1 : 0;
  if (values.json) {
    const json = (lang: 'vi' | 'en') => JSON.stringify({ findings: findings.map((f) => ({ severity: f.severity, code: f.code, sheet: f.sheet, cell: f.cell, message: f[lang], ...(f.value !== undefined ? { value: f.value } : {}) })) }, null, 2);
    return { vi: json('vi'), en: json('en'), exitCode };
  }
  return {
    vi: [`${path}: ${findingsSummary(findings)}`, ...findings.map((f) => line(f, 'vi'))].join('\n'),
    en: [`${path}: ${findingsSummary(findings, 'en')}`, ...findings.map((f) => line(f, 'en'))].join('\n'),
    exitCode,
  };
}
