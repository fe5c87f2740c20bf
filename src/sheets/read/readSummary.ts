import { codeOf } from '../../domain/choice';
import type { Finding } from '../../domain/finding';
import type { Plan } from '../../domain/plan';
import { attainment, evaluate, STATUS_WORDS, type Status, type UnitStatus } from '../../domain/report/attainment';
import type { Consolidation, TargetResult, UnitResult, UnitValue } from '../../domain/report/consolidate';
import { matchKey } from '../../domain/text';
import { ruleFinding } from '../../domain/validation/ruleFinding';
import { SHEET } from '../names';
import type { CellValue } from '../spec';
import { BY_UNIT_HEADERS, BY_UNIT_TOTAL, COMPARE_COLUMNS, FIGURE_SEPARATOR, SUMMARY_COLUMNS } from '../summarySheet';
import { lastYearOf } from '../../domain/report/compare';
import { isShare } from '../../domain/report/resultText';
import { isBlank, readNumber, readText } from './cells';
import { readTable, type HeaderDef } from './readTable';

/*
 * A consolidation read back from the sheets it was written to (`Tổng hợp`, `Theo đơn vị`), so a
 * report can be made later, in another session, or from a summary file sent by someone else. The
 * sums (numerator and base) are read and the results recomputed from them with the plan's targets,
 * exactly as consolidation computed them; words are read only where no figure exists.
 */

type Values = readonly (readonly CellValue[])[];

const NONE: UnitValue = { result: null, base: null, share: null };

function statusFrom(v: CellValue | undefined): UnitStatus | null {
  if (typeof v === 'number') return 'reported';
  const word = readText(v).split(FIGURE_SEPARATOR.trim())[0].trim();
  return word ? codeOf(STATUS_WORDS, word) : null;
}

function readByUnit(values: Values, codes: readonly string[], findings: Finding[], sheet: string): UnitResult[] {
  const columns: HeaderDef[] = [
    ...Object.entries(BY_UNIT_HEADERS).map(([key, header]) => ({ key, header })),
    ...codes.map((code) => ({ key: `t:${code}`, header: code })),
  ];
  const table = readTable(sheet, values, columns, ['code', 'name', 'rating']);
  findings.push(...table.findings);
  const units: UnitResult[] = [];
  for (const row of table.rows) {
    const code = readText(row.get('code'));
    if (!code && readText(row.get('name')) === BY_UNIT_TOTAL) continue;
    if (!code) continue;
    const ratingText = readText(row.get('rating'));
    const reported = ratingText !== STATUS_WORDS.find((w) => w.code === 'not-reported')?.vi;
    const statuses: Record<string, UnitStatus> = {};
    const unitValues: Record<string, UnitValue> = {};
    for (const t of codes) {
      const cell = row.get(`t:${t}`);
      statuses[t] = statusFrom(cell) ?? 'not-reported';
      unitValues[t] = typeof cell === 'number' ? { result: cell, base: null, share: null } : NONE;
    }
    const score = readNumber(row.get('score'));
    const rank = readNumber(row.get('rank'));
    if (!score.ok) findings.push(ruleFinding('summary-unreadable', sheet, row.at('score'), `Điểm "${String(row.get('score'))}" không phải là số.`, `Score "${String(row.get('score'))}" is not a number.`));
    units.push({
      code,
      name: readText(row.get('name')),
      reported,
      statuses,
      values: unitValues,
      score: score.ok ? score.value : null,
      rank: rank.ok ? rank.value : null,
      rating: reported && ratingText ? ratingText : null,
    });
  }
  return units;
}

/** The sheets a consolidation was written to: `Tổng hợp` and `Theo đơn vị`, or a round's ("Tổng hợp 6T"). */
export interface SummaryNames {
  summary: string;
  byUnit: string;
}

export function readSummary(plan: Plan, summary: Values | null, byUnit: Values | null, names: SummaryNames = { summary: SHEET.summary, byUnit: SHEET.byUnit }): { consolidation: Consolidation | null; findings: Finding[] } {
  const findings: Finding[] = [];
  const sheet = names.summary;
  if (!summary) {
    findings.push(ruleFinding('summary-missing', sheet, '', `Chưa có trang "${sheet}": hãy tổng hợp báo cáo của các đơn vị trước${sheet === SHEET.summary ? '' : ` (đợt ${sheet.slice(SHEET.summary.length + 1)}: thêm --round, hoặc chọn đợt đó)`}.`, `There is no "${sheet}" sheet: consolidate the units' reports first.`));
    return { consolidation: null, findings };
  }
  const table = readTable(sheet, summary, [...SUMMARY_COLUMNS, ...COMPARE_COLUMNS], ['code', 'numerator', 'status']);
  if (table.findings.length) return { consolidation: null, findings: table.findings };

  const byCode = new Map(plan.targets.map((t) => [matchKey(t.code), t]));
  const rows = new Map<string, (typeof table.rows)[number]>();
  let previous = table.rows[0]?.row ?? 0;
  for (const row of table.rows) {
    // The table ends at its first blank row; the note under it ("Chưa báo cáo (1): …") is not a target.
    if (row.row > previous + 1) break;
    previous = row.row;
    const code = readText(row.get('code'));
    if (!code) continue;
    if (!byCode.has(matchKey(code))) {
      findings.push(ruleFinding('summary-target-unknown', sheet, row.at('code'), `Chỉ tiêu "${code}" có trong Tổng hợp nhưng không có trong kế hoạch: hãy tổng hợp lại.`, `Target "${code}" is in the summary but not in the plan: consolidate again.`, code));
      continue;
    }
    rows.set(matchKey(code), row);
  }

  const units = byUnit ? readByUnit(byUnit, plan.targets.map((t) => t.code), findings, names.byUnit) : [];
  const number = (row: (typeof table.rows)[number], key: string): number | null => {
    const v = readNumber(row.get(key));
    if (v.ok) return v.value;
    findings.push(ruleFinding('summary-unreadable', sheet, row.at(key), `${v.why.vi} — hãy tổng hợp lại thay vì sửa tay trang này.`, `${v.why.en} — consolidate again rather than editing this sheet.`, row.get(key) ?? null));
    return null;
  };

  let expected = units.length;
  const targets: TargetResult[] = plan.targets.map((t) => {
    const row = rows.get(matchKey(t.code));
    const plan = { code: t.code, text: t.text, comparator: t.comparator, target: t.value, percent: t.kind === 'percent', rule: t.rule, unit: t.unit };
    const shared = t.rule === 'ratio' || t.rule === 'unit-share';
    const na = units.filter((u) => u.statuses[t.code] === 'na').length;
    if (!row) {
      findings.push(ruleFinding('summary-target-missing', sheet, '', `Chỉ tiêu "${t.code}" chưa có trong Tổng hợp: hãy tổng hợp lại.`, `Target "${t.code}" is not in the summary yet: consolidate again.`, t.code));
      return { ...plan, result: null, numerator: null, base: null, attainment: null, status: 'not-reported', unitsReported: 0, unitsNa: 0, unitsMeeting: null };
    }
    const numerator = number(row, 'numerator');
    const base = shared ? number(row, 'base') : null;
    const reportedText = readText(row.get('reported'));
    const m = /^(\d+)\s*\/\s*(\d+)$/.exec(reportedText);
    if (m && !units.length) expected = Math.max(expected, Number(m[2]));
    const meeting = readNumber(row.get('meeting'));
    const result = numerator === null ? null : shared ? (base !== null && base > 0 ? (numerator / base) * 100 : null) : numerator;
    const word = isBlank(row.get('status')) ? null : codeOf(STATUS_WORDS, readText(row.get('status')));
    const status: Status = result === null ? (word === 'na' ? 'na' : 'not-reported') : evaluate(t, result);
    const last = readNumber(row.get('lastYear'));
    const read: TargetResult = {
      ...plan,
      result, numerator, base, attainment: result === null ? null : attainment(t, result), status,
      unitsReported: m ? Number(m[1]) : 0, unitsNa: na, unitsMeeting: meeting.ok ? meeting.value : null,
    };
    if (last.ok && last.value !== null) read.lastYear = lastYearOf(read, { code: t.code, text: t.text, value: last.value, share: isShare(read), at: row.at('lastYear') }, 'code');
    return read;
  });

  const missing = units.filter((u) => !u.reported);
  return {
    consolidation: {
      units: { expected, reported: units.length ? units.length - missing.length : expected, missing: missing.map((u) => u.code), missingNames: missing.map((u) => u.name) },
      targets,
      byUnit: units,
      findings: [],
    },
    findings,
  };
}
