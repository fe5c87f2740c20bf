import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { consolidate } from '../../app/consolidate';
import { consolidationHeadline, findingLine, findingRecord, missingLine, statusText, targetResult, type Lang } from '../../app/outcomeText';
import type { Finding } from '../../domain/finding';
import type { Consolidation } from '../../domain/report/consolidate';
import { UserError } from '../../domain/userError';
import type { MemberFile } from '../../files/readMemberFile';
import { FileWorkbook } from '../../hosts/xlsx/fileWorkbook';
import { parseCommandArgs, requireOption } from '../args';
import { inMemory, inputFile, madeFile, readWorkbookBytes } from '../files';
import { checkRunPaths, writeOutput } from '../output';
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

/**
 * The members' files on disk, each read only when its turn comes (a regular file within the workbook
 * limit: a FIFO or a device among them never blocks the run); one that cannot be opened is a finding
 * saying why, and the others still count.
 */
export function memberFiles(paths: readonly string[]): MemberFile[] {
  return paths.map((path) => ({ name: basename(path), data: async () => readWorkbookBytes(path) }));
}

/** The JSON of issue #6, with the findings that left lines or reports out. */
export function consolidationJson(c: Consolidation, findings: readonly Finding[], lang: Lang): unknown {
  return {
    units: { expected: c.units.expected, reported: c.units.reported, missing: c.units.missing },
    targets: c.targets.map((t) => ({
      code: t.code, comparator: t.comparator, target: t.target, percent: t.percent, rule: t.rule,
      result: t.result, numerator: t.numerator, base: t.base, attainment: t.attainment, status: t.status, unitsMeeting: t.unitsMeeting,
    })),
    byUnit: c.byUnit.map((u) => ({ code: u.code, statuses: u.statuses, score: u.score, rank: u.rank, rating: u.rating })),
    findings: findings.map((f) => findingRecord(f, lang)),
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

  const paths = formFiles(positionals);
  const files = memberFiles(paths);
  const out = typeof values.output === 'string' ? values.output : null;
  const force = values.force === true;
  checkRunPaths({
    inputs: [{ flag: '--plan', path: planPath }, ...paths.map((path) => ({ flag: 'mẫu báo cáo', flagEn: 'report form', path }))],
    outputs: [out ? { flag: '-o', path: out, kind: 'xlsx' } : null],
    force,
  });
  // Without -o nothing is built: the JSON is all that was asked for.
  const outcome = await consolidate(new FileWorkbook({ plan: inputFile(planPath) }, out ? inMemory(out) : undefined), { memberFiles: files, ...(asReport && { rollUp: { unitCode } }) });
  const written = out ? writeOutput(out, madeFile(outcome).data, force) : null;
  const c = outcome.consolidation;
  if (values.json) {
    return { vi: JSON.stringify(consolidationJson(c, outcome.findings, 'vi'), null, 2), en: JSON.stringify(consolidationJson(c, outcome.findings, 'en'), null, 2) };
  }
  const lines = (lang: Lang, missing = missingLine(c, lang)) => [
    `${lang === 'vi' ? `Đã tổng hợp ${files.length} tệp` : `Consolidated ${files.length} files`}: ${consolidationHeadline(c, lang)}.`,
    ...(missing ? [missing] : []),
    ...c.targets.map((t) => `  ${t.code}: ${statusText(t.status, lang)}${t.result === null ? '' : ` (${targetResult(t)})`}`),
    ...outcome.findings.map((f) => findingLine(f, lang)),
    ...(written ? [lang === 'vi' ? `Đã ghi: ${written}` : `Written: ${written}`] : []),
  ].join('\n');
  return { vi: lines('vi'), en: lines('en') };
}
