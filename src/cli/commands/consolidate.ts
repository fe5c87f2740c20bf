import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Finding } from '../../domain/finding';
import { periodCode } from '../../domain/period';
import { consolidatePlan, targetsMet, type Consolidation } from '../../domain/report/consolidate';
import type { MemberReport } from '../../domain/report/memberReport';
import { isShare } from '../../domain/report/resultText';
import { rollUp } from '../../domain/report/rollUp';
import { matchKey } from '../../domain/text';
import { UserError } from '../../domain/userError';
import { dateTimeStamp } from '../../domain/vietnameseDate';
import { ruleFinding } from '../../domain/validation/ruleFinding';
import { readMemberFile } from '../../files/readMemberFile';
import { writeWorkbook } from '../../hosts/xlsx/writeWorkbook';
import { SEVERITY_WORDS } from '../../sheets/findingsSheet';
import { reportFormWorkbook } from '../../sheets/reportForm';
import { consolidationWorkbook, statusWord } from '../../sheets/summarySheet';
import { parseCommandArgs, requireOption } from '../args';
import { writeOutput } from '../output';
import { readPlanFile } from '../planFile';
import type { CommandResult } from './result';

export const CONSOLIDATE_USAGE = 'unionplan consolidate --plan plan.xlsx <mẫu đã điền.xlsx…|thư mục> [-o tong-hop.xlsx] [--json] [--as-report --unit-code MÃ] [--force]';

/** Every .xlsx named, and every .xlsx inside a named folder (Excel's own lock files "~$…" excepted). */
function formFiles(paths: string[]): string[] {
  return paths.flatMap((p) => {
    let isDir = false;
    try { isDir = statSync(p).isDirectory(); } catch { return [p]; }
    return isDir ? readdirSync(p).filter((n) => /\.xlsx$/i.test(n) && !n.startsWith('~$')).sort().map((n) => join(p, n)) : [p];
  });
}

/** Reads the member files one by one; a file that cannot be read is a finding, and the others still count. */
export async function readMemberFiles(files: string[]): Promise<{ reports: MemberReport[]; findings: Finding[] }> {
  const reports: MemberReport[] = [];
  const findings: Finding[] = [];
  for (const path of files) {
    let data: Uint8Array;
    try {
      data = readFileSync(path);
    } catch {
      findings.push(ruleFinding('report-unreadable', basename(path), '', `Không mở được tệp "${path}".`, `Cannot open "${path}".`));
      continue;
    }
    const read = await readMemberFile(basename(path), data);
    reports.push(...read.reports);
    findings.push(...read.findings);
  }
  return { reports, findings };
}

/** The JSON of issue #6, with the findings that left lines or reports out. */
export function consolidationJson(c: Consolidation, findings: readonly Finding[], lang: 'vi' | 'en'): unknown {
  return {
    units: { expected: c.units.expected, reported: c.units.reported, missing: c.units.missing },
    targets: c.targets.map((t) => ({
      code: t.code, comparator: t.comparator, target: t.target, percent: t.percent, rule: t.rule,
      result: t.result, numerator: t.numerator, base: t.base, attainment: t.attainment, status: t.status, unitsMeeting: t.unitsMeeting,
    })),
    byUnit: c.byUnit.map((u) => ({ code: u.code, statuses: u.statuses, score: u.score, rank: u.rank, rating: u.rating })),
    findings: findings.map((f) => ({ severity: f.severity, code: f.code, sheet: f.sheet, cell: f.cell, message: f[lang] })),
  };
}

export async function consolidateCommand(args: string[]): Promise<CommandResult> {
  const { values, positionals } = parseCommandArgs(args, {
    plan: { type: 'string' }, output: { type: 'string', short: 'o' }, json: { type: 'boolean' },
    'as-report': { type: 'boolean' }, 'unit-code': { type: 'string' }, force: { type: 'boolean' },
  }, 'consolidate');
  const planPath = requireOption(values.plan, '--plan', 'consolidate');
  if (!positionals.length) throw new UserError('usage', `Cần ít nhất một tệp báo cáo hoặc thư mục. Cách dùng: ${CONSOLIDATE_USAGE}`, `Name at least one report file or folder. Usage: ${CONSOLIDATE_USAGE}`);
  const asReport = values['as-report'] === true;
  const unitCode = typeof values['unit-code'] === 'string' ? values['unit-code'].trim() : '';
  if (asReport && !unitCode) throw new UserError('usage', '--as-report cần --unit-code <mã đơn vị của mình ở cấp trên>.', '--as-report needs --unit-code <your unit code at the level above>.');
  if (!values.json && typeof values.output !== 'string') throw new UserError('usage', `Thêm -o tong-hop.xlsx hoặc --json. Cách dùng: ${CONSOLIDATE_USAGE}`, `Add -o summary.xlsx or --json. Usage: ${CONSOLIDATE_USAGE}`);

  const plan = await readPlanFile(planPath);
  const files = formFiles(positionals);
  const read = await readMemberFiles(files);
  const c = consolidatePlan(plan, read.reports);
  const findings = [...read.findings, ...c.findings];

  let written = '';
  if (typeof values.output === 'string') {
    const spec = asReport
      ? reportFormWorkbook(plan, { code: unitCode, name: plan.info.issuingBody }, new Map(rollUp(c, { code: unitCode, name: plan.info.issuingBody }, periodCode(plan.info.period)).lines.map((l) => [matchKey(l.code), l])))
      : consolidationWorkbook(c, { orgName: plan.info.issuingBody, period: plan.info.period, at: dateTimeStamp(new Date()) }, findings);
    written = writeOutput(values.output, await writeWorkbook(spec), values.force === true);
  }
  if (values.json) {
    return { vi: JSON.stringify(consolidationJson(c, findings, 'vi'), null, 2), en: JSON.stringify(consolidationJson(c, findings, 'en'), null, 2) };
  }
  const met = targetsMet(c);
  const lines = (lang: 'vi' | 'en') => [
    lang === 'vi'
      ? `Đã tổng hợp ${files.length} tệp: ${c.units.reported}/${c.units.expected} đơn vị đã báo cáo; ${met}/${c.targets.length} chỉ tiêu đạt và vượt.`
      : `Consolidated ${files.length} files: ${c.units.reported}/${c.units.expected} units reported; ${met}/${c.targets.length} targets met or exceeded.`,
    ...(c.units.missing.length ? [`${lang === 'vi' ? 'Chưa báo cáo' : 'Not reported'}: ${c.units.missing.join(', ')}`] : []),
    ...c.targets.map((t) => `  ${t.code}: ${statusWord(t.status)}${t.result === null ? '' : ` (${Math.round(t.result * 100) / 100}${isShare(t) ? '%' : ''})`}`),
    ...findings.map((f) => `${SEVERITY_WORDS[f.severity][lang]} [${f.code}] ${f.sheet}${f.cell ? `!${f.cell}` : ''}: ${f[lang]}`),
    ...(written ? [lang === 'vi' ? `Đã ghi: ${written}` : `Written: ${written}`] : []),
  ].join('\n');
  return { vi: lines('vi'), en: lines('en') };
}
