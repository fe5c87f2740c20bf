import type { Finding } from '../finding';
import { viNumber } from '../numberText';
import { periodCode } from '../period';
import type { Plan } from '../plan';
import { hasInvisible, matchKey, shownText, withoutInvisible } from '../text';
import type { AggregationRule, Comparator, Target } from '../target';
import { ruleFinding } from '../validation/ruleFinding';
import { attainment, evaluate, type Status, type UnitStatus } from './attainment';
import type { MemberReport, ReportLine } from './memberReport';
import { ratingOf, type RatingLevel, type Unit } from './unit';
import type { LastYear } from './compare';
import { withProgress, type ProgressStatus } from './progress';
import type { Round } from '../round';

/*
 * Consolidation of member reports (docs/domain.md#consolidation). Every rule reduces to two sums over the units that
 * answered: a numerator, and for percentages a base. Percentages are Σ numerators ÷ Σ bases, never an
 * average of the units' percentages; N/A lines and units that did not report are left out, never
 * counted as zero. A unit-share line counts units: how many of its base (1 for a grassroots union)
 * meet the condition, so a summary of summaries gives the same share as all units at once.
 */

export interface TargetResult {
  code: string;
  text: string;
  comparator: Comparator;
  target: number;
  percent: boolean;
  rule: AggregationRule;
  unit: string;
  /** The total for counts, the percentage for ratio and unit share; null when nobody answered. */
  result: number | null;
  numerator: number | null;
  base: number | null;
  attainment: number | null;
  status: Status;
  /** Units that answered (with a value or N/A). */
  unitsReported: number;
  unitsNa: number;
  /** Units meeting the target (sub-units for a unit share); null for a plain sum. */
  unitsMeeting: number | null;
  /** Progress against the time elapsed at the round's cut-off; absent without a round (domain/report/progress.ts). */
  progress?: ProgressStatus | null;
  /** The same round of last year's summary, where compared (domain/report/compare.ts). */
  lastYear?: LastYear | null;
}

export interface UnitValue {
  result: number | null;
  base: number | null;
  /** The unit's own percentage for ratio and unit-share targets. */
  share: number | null;
}

export interface UnitResult {
  code: string;
  name: string;
  reported: boolean;
  statuses: Record<string, UnitStatus>;
  values: Record<string, UnitValue>;
  /** Percent of the unit's judged targets met or exceeded; null when none could be judged. */
  score: number | null;
  rank: number | null;
  rating: string | null;
}

export interface Consolidation {
  units: { expected: number; reported: number; missing: string[]; missingNames: string[] };
  targets: TargetResult[];
  byUnit: UnitResult[];
  /** Problems in the reports, each naming the file, sheet and cell; those lines or reports were left out. */
  findings: Finding[];
  /** The round consolidated; absent or null for the whole period. */
  round?: Round | null;
}

export interface ConsolidationInput {
  targets: readonly Target[];
  units: readonly Unit[];
  reports: readonly MemberReport[];
  /** The plan's period code; reports stating another are refused. */
  periodCode: string;
  /** The round consolidated ("" or absent: the whole period); a form of another round is refused. */
  round?: Round | null;
  levels: readonly RatingLevel[];
}

/**
 * Past these a figure is a slip (a date's serial, a year, a pasted ID, 1e308), not a union's count:
 * it is a finding and not counted. No union counts ten million of anything; a unit's figure for a
 * summed target is not ten times the whole level's plan (nor past a thousand when the plan is a
 * handful: "ít nhất 2 hội thi" may well get 12).
 */
export const PLAUSIBLE = { ceiling: 10_000_000, planMultiple: 10, planFloor: 1000 };

/** The largest plausible figure for one unit's line of `t`. */
export function plausibleCeiling(t: Target): number {
  const aimsHigh = t.rule === 'sum' && (t.comparator === '>=' || t.comparator === '>') && t.value > 0;
  return aimsHigh ? Math.min(PLAUSIBLE.ceiling, Math.max(PLAUSIBLE.planMultiple * t.value, PLAUSIBLE.planFloor)) : PLAUSIBLE.ceiling;
}

const shown = (x: number) => (Number.isFinite(x) && Math.abs(x) < 1e15 ? viNumber(x, 2) : String(x));

/** Why a line's figure cannot be a real one, or null when it can. */
function implausible(t: Target, line: ReportLine): { vi: string; en: string; value: number } | null {
  const ceiling = plausibleCeiling(t);
  for (const [value, what] of [[line.result, { vi: 'kết quả', en: 'result' }], [line.base, { vi: 'tổng số', en: 'base' }]] as const) {
    if (value === null) continue;
    const limit = what.en === 'base' ? PLAUSIBLE.ceiling : ceiling;
    if (Number.isFinite(value) && value <= limit) continue;
    const why = !Number.isFinite(value)
      ? { vi: 'không phải số hữu hạn', en: 'is not a finite number' }
      : limit < PLAUSIBLE.ceiling
        ? { vi: `hơn ${PLAUSIBLE.planMultiple} lần kế hoạch ${viNumber(t.value, 2)} (tối đa ${viNumber(limit)})`, en: `more than ${PLAUSIBLE.planMultiple} times the plan's ${t.value} (at most ${limit})` }
        : { vi: `quá ${viNumber(limit)}`, en: `over ${limit}` };
    return {
      vi: `Chỉ tiêu "${line.code}": ${what.vi} ${shown(value)} ${why.vi}, không thể là số liệu thật; dòng này không được tổng hợp. Kiểm tra lại ô (gõ nhầm, ô định dạng ngày, dán nhầm số) rồi gửi lại.`,
      en: `Target "${line.code}": ${what.en} ${String(value)} ${why.en}, not a real figure; the line is left out. Check the cell (a typo, a date format, a pasted number) and send it again.`,
      value,
    };
  }
  return null;
}

const where = (r: MemberReport) => (r.source.file ? `${r.source.file} › ${r.source.sheet}` : r.source.sheet);
const round1 = (x: number) => Math.round(x * 10) / 10;

/** Invisible characters in a code or name: shown by code point, removed when matching. */
function invisibleFinding(sheet: string, cell: string, text: string, what: { vi: string; en: string }): Finding {
  return ruleFinding('text-invisible', sheet, cell, `${what.vi} ${shownText(text)}: các ký tự ẩn đã được bỏ khi so khớp. Hãy xóa chúng trong ô (gõ lại mã) để khỏi nhầm lẫn.`, `${what.en} ${shownText(text, 'en')}: the hidden characters were removed for matching. Delete them from the cell (retype the code) to avoid confusion.`, withoutInvisible(text));
}

/** A report's usable lines in the plan's target order (one slot per target), after its own checks. */
function acceptedLines(r: MemberReport, targets: readonly Target[], indexOf: ReadonlyMap<string, number>, findings: Finding[], keyOf: (code: string) => string): (ReportLine | undefined)[] {
  const lines = new Array<ReportLine | undefined>(targets.length);
  const sheet = where(r);
  for (const line of r.lines) {
    if (hasInvisible(line.code)) findings.push(invisibleFinding(sheet, line.at, line.code, { vi: 'Mã chỉ tiêu', en: 'Target code' }));
    const index = indexOf.get(keyOf(line.code));
    const t = index === undefined ? undefined : targets[index];
    if (!t || index === undefined) {
      findings.push(ruleFinding('report-target-unknown', sheet, line.at, `Mã chỉ tiêu ${shownText(line.code)} không có trong kế hoạch: dòng này không được tổng hợp.`, `Target code ${shownText(line.code, 'en')} is not in the plan: the line is left out.`, line.code));
      continue;
    }
    if (lines[index]) {
      findings.push(ruleFinding('report-line-duplicate', sheet, line.at, `Chỉ tiêu ${shownText(line.code)} đã có ở dòng trên: chỉ lấy dòng đầu tiên.`, `Target ${shownText(line.code, 'en')} already has a line above: only the first is used.`, line.code));
      continue;
    }
    if (!line.na && ((line.result ?? 0) < 0 || (line.base ?? 0) < 0)) {
      findings.push(ruleFinding('report-negative', sheet, line.at, `Chỉ tiêu ${shownText(line.code)}: kết quả và tổng số không thể âm; dòng này không được tổng hợp.`, `Target ${shownText(line.code, 'en')}: results and bases cannot be negative; the line is left out.`, line.result));
      continue;
    }
    const wild = line.na ? null : implausible(t, line);
    if (wild) {
      findings.push(ruleFinding('report-value-implausible', sheet, line.at, wild.vi, wild.en, wild.value));
      continue;
    }
    const shared = t.rule === 'ratio' || t.rule === 'unit-share';
    if (!line.na && line.result !== null && t.rule === 'ratio' && line.base === null) {
      findings.push(ruleFinding('report-base-missing', sheet, line.at, `Chỉ tiêu tỷ lệ ${shownText(line.code)} cần Tổng số để tính; dòng này không được tổng hợp.`, `Percentage target ${shownText(line.code, 'en')} needs its base; the line is left out.`, line.result));
      continue;
    }
    const base = t.rule === 'unit-share' ? (line.base ?? 1) : line.base;
    if (!line.na && shared && line.result !== null && base !== null && line.result > base) {
      findings.push(ruleFinding('report-value-over-base', sheet, line.at, `Chỉ tiêu ${shownText(line.code)}: kết quả ${line.result} lớn hơn tổng số ${base}; dòng này không được tổng hợp.`, `Target ${shownText(line.code, 'en')}: result ${line.result} is above its base ${base}; the line is left out.`, line.result));
      continue;
    }
    lines[index] = base === line.base ? line : { ...line, base };
  }
  return lines;
}

/** Shared by every cell without a value: the result holds 80,000 cells at 2,000 units × 40 targets. */
const NO_VALUE: UnitValue = Object.freeze({ result: null, base: null, share: null }) as UnitValue;
const NOT_REPORTED = { status: 'not-reported' as UnitStatus, value: NO_VALUE };
const NOT_APPLICABLE = { status: 'na' as UnitStatus, value: NO_VALUE };

function unitStatus(t: Target, line: ReportLine | undefined): { status: UnitStatus; value: UnitValue } {
  if (!line || (!line.na && line.result === null)) return NOT_REPORTED;
  if (line.na) return NOT_APPLICABLE;
  const result = line.result as number;
  switch (t.rule) {
    case 'sum':
      return { status: 'reported', value: { result, base: line.base, share: null } };
    case 'unit-count':
      return { status: evaluate(t, result), value: { result, base: line.base, share: null } };
    case 'ratio':
    case 'unit-share': {
      const base = line.base ?? 0;
      if (base <= 0) return { status: 'na', value: { result, base, share: null } };
      const share = (result / base) * 100;
      return { status: evaluate(t, share), value: { result, base, share } };
    }
  }
}

export function consolidate(input: ConsolidationInput): Consolidation {
  const findings: Finding[] = [];
  const indexOf = new Map(input.targets.map((t, k) => [matchKey(t.code), k]));
  const known = new Map(input.units.map((u) => [matchKey(u.code), u]));
  const accepted = new Map<string, { report: MemberReport; lines: (ReportLine | undefined)[] }>();
  // Every report repeats the same few codes: normalise each once.
  const keys = new Map<string, string>();
  const keyOf = (code: string) => {
    let k = keys.get(code);
    if (k === undefined) keys.set(code, (k = matchKey(code)));
    return k;
  };

  for (const r of input.reports) {
    const sheet = where(r);
    if (hasInvisible(r.unitCode)) findings.push(invisibleFinding(sheet, r.unitAt, r.unitCode, { vi: 'Mã đơn vị', en: 'Unit code' }));
    const key = matchKey(r.unitCode);
    if (!key) {
      findings.push(ruleFinding('report-unit-missing', sheet, r.unitAt, 'Báo cáo không ghi mã đơn vị: không biết của đơn vị nào nên không được tổng hợp.', 'The report has no unit code: it is left out.'));
      continue;
    }
    if (known.size && !known.has(key)) {
      findings.push(ruleFinding('report-unit-unknown', sheet, r.unitAt, `Mã đơn vị ${shownText(r.unitCode)} không có trong trang Đơn vị: thêm đơn vị vào danh sách hoặc sửa mã trên báo cáo. Báo cáo chưa được tổng hợp.`, `Unit code ${shownText(r.unitCode, 'en')} is not in the unit list: add it or fix the report. The report is left out.`, r.unitCode));
      continue;
    }
    if (r.periodCode && input.periodCode && matchKey(r.periodCode) !== matchKey(input.periodCode)) {
      findings.push(ruleFinding('report-period-mismatch', sheet, r.unitAt, `Báo cáo của kỳ ${r.periodCode}, không phải kỳ ${input.periodCode}: không được tổng hợp.`, `The report is for ${r.periodCode}, not ${input.periodCode}: it is left out.`, r.periodCode));
      continue;
    }
    const wanted = input.round?.code ?? '';
    const stated = r.roundCode ?? '';
    if (matchKey(stated) !== matchKey(wanted)) {
      const of = (code: string) => (code ? `đợt ${code}` : 'cả kỳ (không ghi đợt báo cáo)');
      const ofEn = (code: string) => (code ? `round ${code}` : 'the whole period (no round stated)');
      const next = wanted ? `Hãy gửi cho đơn vị mẫu của đợt ${wanted} (unionplan forms --round ${wanted}) rồi tổng hợp lại.` : `Nếu đang tổng hợp đợt ${stated}, hãy chọn đợt đó (--round ${stated}).`;
      const nextEn = wanted ? `Send the unit the form of round ${wanted} (unionplan forms --round ${wanted}) and consolidate again.` : `To consolidate round ${stated}, choose it (--round ${stated}).`;
      findings.push(ruleFinding('report-round-mismatch', sheet, r.unitAt, `Báo cáo của ${of(stated)}, kỳ ${r.periodCode || input.periodCode}; đang tổng hợp ${of(wanted)}${input.round ? ` (${input.round.name})` : ''}, kỳ ${input.periodCode}: báo cáo không được tổng hợp. ${next}`, `The report is for ${ofEn(stated)}, period ${r.periodCode || input.periodCode}; this consolidation is for ${ofEn(wanted)}${input.round ? ` (${input.round.name})` : ''}, period ${input.periodCode}: it is left out. ${nextEn}`, stated || '-'));
      continue;
    }
    // A form made but not yet filled is not a report: the unit stays "not reported", and a filled
    // copy elsewhere (a file sent later) is not shadowed by the blank one.
    if (r.blank) {
      findings.push(ruleFinding('report-empty', sheet, r.unitAt, `Báo cáo của đơn vị ${shownText(r.unitCode)} chưa có số liệu nào: coi như đơn vị chưa báo cáo.`, `The report of unit ${shownText(r.unitCode, 'en')} has no figures yet: the unit counts as not reported.`, r.unitCode));
      continue;
    }
    const first = accepted.get(key);
    if (first) {
      findings.push(ruleFinding('report-unit-duplicate', sheet, r.unitAt, `Đơn vị ${shownText(r.unitCode)} đã báo cáo ở ${where(first.report)}: chỉ lấy báo cáo đầu tiên.`, `Unit ${shownText(r.unitCode, 'en')} already reported in ${where(first.report)}: only the first report is used.`, r.unitCode));
      continue;
    }
    accepted.set(key, { report: r, lines: acceptedLines(r, input.targets, indexOf, findings, keyOf) });
  }

  const expected: { key: string; code: string; name: string }[] = input.units.length
    ? input.units.map((u) => ({ key: matchKey(u.code), code: u.code, name: u.name }))
    : [...accepted.entries()].map(([key, a]) => ({ key, code: a.report.unitCode, name: a.report.unitName }));
  const missing = expected.filter((u) => !accepted.has(u.key));

  const none = new Array<ReportLine | undefined>(input.targets.length);
  const cellLines = expected.map((u) => accepted.get(u.key)?.lines ?? none);
  const cells = cellLines.map((row) => {
    const out = new Array<{ status: UnitStatus; value: UnitValue }>(row.length);
    for (let k = 0; k < row.length; k++) out[k] = unitStatus(input.targets[k], row[k]);
    return out;
  });
  const statusTemplate = Object.fromEntries(input.targets.map((t) => [t.code, 'not-reported'])) as Record<string, UnitStatus>;
  const valueTemplate = Object.fromEntries(input.targets.map((t) => [t.code, NO_VALUE])) as Record<string, UnitValue>;
  const byUnit: UnitResult[] = expected.map((u, i) => {
    const a = accepted.get(u.key);
    // Cloned from one template, every unit's records share a shape: far cheaper than growing each key by key.
    const statuses = { ...statusTemplate } as Record<string, UnitStatus>;
    const values = { ...valueTemplate } as Record<string, UnitValue>;
    let judged = 0;
    let passed = 0;
    for (let k = 0; k < input.targets.length; k++) {
      const { status, value } = cells[i][k];
      statuses[input.targets[k].code] = status;
      values[input.targets[k].code] = value;
      if (status === 'met' || status === 'exceeded') { judged++; passed++; } else if (status === 'not-met') judged++;
    }
    const score = judged ? round1((100 * passed) / judged) : null;
    return { code: u.code, name: withoutInvisible(a?.report.unitName ?? '') || u.name, reported: !!a, statuses, values, score, rank: null, rating: ratingOf(score, input.levels) };
  });
  // Competition ranking: equal scores share a rank, the next rank skips.
  const scored = byUnit.filter((u) => u.score !== null).sort((a, b) => (b.score as number) - (a.score as number));
  scored.forEach((u, i) => { u.rank = i > 0 && scored[i - 1].score === u.score ? scored[i - 1].rank : i + 1; });

  const targets = input.targets.map((t, k): TargetResult => {
    let numerator = 0;
    let base = 0;
    let valued = 0;
    let na = 0;
    let meeting = 0;
    for (let i = 0; i < expected.length; i++) {
      const line = cellLines[i][k];
      const { status } = cells[i][k];
      if (status === 'na') { na++; continue; }
      if (status === 'not-reported' || !line) continue;
      valued++;
      numerator += line.result as number;
      base += line.base ?? 0;
      if (status === 'met' || status === 'exceeded') meeting++;
    }
    const percent = t.kind === 'percent';
    const shared = t.rule === 'ratio' || t.rule === 'unit-share';
    const result = valued === 0 ? null : shared ? (base > 0 ? (numerator / base) * 100 : null) : numerator;
    const status: Status = result === null ? (na > 0 && valued === 0 ? 'na' : valued > 0 ? 'na' : 'not-reported') : evaluate(t, result);
    return {
      code: t.code, text: t.text, comparator: t.comparator, target: t.value, percent, rule: t.rule, unit: t.unit,
      result, numerator: valued ? numerator : null, base: shared && valued ? base : null,
      attainment: result === null ? null : attainment(t, result),
      status, unitsReported: valued + na, unitsNa: na,
      unitsMeeting: t.rule === 'sum' ? null : t.rule === 'unit-share' ? (valued ? numerator : null) : meeting,
    };
  });

  const out: Consolidation = {
    units: { expected: expected.length, reported: expected.length - missing.length, missing: missing.map((u) => u.code), missingNames: missing.map((u) => u.name) },
    targets,
    byUnit,
    findings,
    round: input.round ?? null,
  };
  return withProgress(out, input.targets, input.round ?? null);
}

/** The reports measured against a plan: its targets, its units, its period and its rating levels. */
export function consolidatePlan(plan: Plan, reports: readonly MemberReport[], round?: Round | null): Consolidation {
  return consolidate({ targets: plan.targets, units: plan.units, reports, periodCode: periodCode(plan.info.period), levels: plan.ratingLevels, round });
}
