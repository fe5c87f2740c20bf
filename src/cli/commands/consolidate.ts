import { existsSync, readdirSync, statSync } from 'node:fs';
import type { ChosenFile } from '../../app/workbook';
import { labelOf } from '../../domain/choice';
import { changePercentText, changeText } from '../../domain/report/compareText';
import { PROGRESS_WORDS } from '../../domain/report/progress';
import { dayMonthYear } from '../../domain/round';
import { readWorkbookValues } from '../../files/readWorkbook';
import { SHEET, summarySheetName } from '../../sheets/names';
import { sameSheetName } from '../../sheets/sheetName';
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

export const CONSOLIDATE_USAGE = 'unionplan consolidate --plan plan.xlsx <mẫu đã điền.xlsx…|thư mục> [--round 6T] [--compare tong-hop-nam-truoc.xlsx] [-o tong-hop.xlsx] [--json] [--as-report --unit-code MÃ] [--force]';

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
      ...(c.round && { progress: t.progress ?? null }), ...(t.lastYear !== undefined && { lastYear: t.lastYear }),
    })),
    ...(c.round && { round: c.round }),
    byUnit: c.byUnit.map((u) => ({ code: u.code, statuses: u.statuses, score: u.score, rank: u.rank, rating: u.rating })),
    findings: findings.map((f) => findingRecord(f, lang)),
  };
}

/**
 * The summary at -o that a round's consolidation joins: a workbook unionplan wrote (it has a
 * `Tổng hợp…` or `Tiến độ` sheet) where this round is not yet, or is and --force says replace it. A
 * file of any other kind is replaced whole with --force, as before rounds, and refused without.
 */
async function summaryToJoin(out: string, round: string, force: boolean): Promise<ChosenFile | null> {
  if (!existsSync(out) || !statSync(out).isFile()) return null;
  const file = inputFile(out);
  let names: string[];
  try {
    names = [...(await readWorkbookValues(file.data)).keys()];
  } catch {
    return null;
  }
  const ours = names.some((n) => sameSheetName(n, SHEET.progress) || n.toLocaleLowerCase('vi').startsWith(SHEET.summary.toLocaleLowerCase('vi')));
  if (!ours) return null;
  const own = summarySheetName(round.trim());
  if (names.some((n) => sameSheetName(n, own)) && !force) {
    throw new UserError('output-exists', `Tệp "${out}" đã có trang "${own}" của đợt này. Thêm --force để tổng hợp lại đợt ${round.trim()} (các trang của đợt khác được giữ nguyên), hoặc chọn tên tệp khác.`, `"${out}" already has sheet "${own}" for this round. Add --force to consolidate round ${round.trim()} again (other rounds' sheets are kept), or choose another file name.`, { file: out, sheet: own });
  }
  return file;
}

export async function consolidateCommand(args: string[]): Promise<CommandResult> {
  const { values, positionals } = parseCommandArgs(args, {
    plan: { type: 'string' }, output: { type: 'string', short: 'o' }, json: { type: 'boolean' },
    'as-report': { type: 'boolean' }, 'unit-code': { type: 'string' }, force: { type: 'boolean' },
    round: { type: 'string' }, compare: { type: 'string' },
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
  const round = typeof values.round === 'string' ? values.round : undefined;
  const comparePath = typeof values.compare === 'string' ? values.compare : null;
  // A round's summary joins the other rounds' in the same -o file: only its own sheets are replaced.
  const onto = out && round !== undefined && !asReport ? await summaryToJoin(out, round, force) : null;
  checkRunPaths({
    inputs: [{ flag: '--plan', path: planPath }, ...(comparePath ? [{ flag: '--compare', path: comparePath }] : []), ...paths.map((path) => ({ flag: 'mẫu báo cáo', flagEn: 'report form', path }))],
    outputs: [out ? { flag: '-o', path: out, kind: 'xlsx', rewrite: onto !== null } : null],
    force,
  });
  // Without -o nothing is built: the JSON is all that was asked for.
  const sources = { plan: inputFile(planPath), ...(onto && { summary: onto, onto }) };
  const outcome = await consolidate(new FileWorkbook(sources, out ? inMemory(out) : undefined), {
    memberFiles: files, ...(asReport && { rollUp: { unitCode } }), ...(round !== undefined && { round }), ...(comparePath && { compare: inputFile(comparePath) }),
  });
  const written = out ? writeOutput(out, madeFile(outcome).data, force || onto !== null) : null;
  const c = outcome.consolidation;
  if (values.json) {
    return { vi: JSON.stringify(consolidationJson(c, outcome.findings, 'vi'), null, 2), en: JSON.stringify(consolidationJson(c, outcome.findings, 'en'), null, 2) };
  }
  const lines = (lang: Lang, missing = missingLine(c, lang)) => [
    `${lang === 'vi' ? `Đã tổng hợp ${files.length} tệp` : `Consolidated ${files.length} files`}: ${consolidationHeadline(c, lang)}.`,
    ...(missing ? [missing] : []),
    ...(c.round ? [lang === 'vi' ? `Đợt ${c.round.code} (${c.round.name}), số liệu đến ${dayMonthYear(c.round.cutOff)}, thời gian đã qua ${c.round.elapsed}%.` : `Round ${c.round.code} (${c.round.name}), figures to ${dayMonthYear(c.round.cutOff)}, ${c.round.elapsed}% of the time elapsed.`] : []),
    ...c.targets.map((t) => `  ${t.code}: ${statusText(t.status, lang)}${t.result === null ? '' : ` (${targetResult(t)})`}${t.progress ? ` · ${labelOf(PROGRESS_WORDS, t.progress, lang)}` : ''}${t.lastYear?.change != null ? ` · ${lang === 'vi' ? 'so với cùng kỳ' : 'vs last year'} ${changeText(t, t.lastYear)}${changePercentText(t.lastYear) ? ` (${changePercentText(t.lastYear)})` : ''}` : ''}`),
    ...outcome.findings.map((f) => findingLine(f, lang)),
    ...(written ? [lang === 'vi' ? `Đã ghi: ${written}` : `Written: ${written}`] : []),
  ].join('\n');
  return { vi: lines('vi'), en: lines('en') };
}
