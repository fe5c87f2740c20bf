import fc from 'fast-check';
import { consolidate, plausibleCeiling, PLAUSIBLE, type ConsolidationInput } from '../../../src/domain/report/consolidate';
import type { MemberReport, ReportLine } from '../../../src/domain/report/memberReport';
import { rollUp } from '../../../src/domain/report/rollUp';
import { DEFAULT_RATING_LEVELS, type Unit } from '../../../src/domain/report/unit';
import type { AggregationRule, Comparator, Target } from '../../../src/domain/target';

const T = (code: string, rule: AggregationRule, comparator: Comparator, value: number, kind: Target['kind'] = rule === 'ratio' || rule === 'unit-share' ? 'percent' : 'count'): Target => ({
  code, group: '', text: code, comparator, value, kind, unit: rule === 'unit-share' ? 'CĐCS' : 'đoàn viên', base: null, rule, lowerIsBetter: comparator === '<=' || comparator === '<', note: '',
});
const unit = (code: string): Unit => ({ code, name: `Đơn vị ${code}`, type: '', parent: '', contact: '' });
const line = (code: string, result: number | null, base: number | null = null, na = false): ReportLine => ({ code, result, base, na, note: '', at: 'D5' });
const report = (unitCode: string, lines: ReportLine[], periodCode = '2026'): MemberReport => ({ unitCode, unitName: `Đơn vị ${unitCode}`, periodCode, source: { file: `${unitCode}.xlsx`, sheet: 'Báo cáo' }, unitAt: 'B3', lines });
const run = (targets: Target[], units: Unit[], reports: MemberReport[]) => consolidate({ targets, units, reports, periodCode: '2026', levels: DEFAULT_RATING_LEVELS });

const ratio = T('TL', 'ratio', '>=', 90);

describe('consolidate (docs/domain.md#consolidation)', () => {
  it('takes Σ numerators ÷ Σ bases, never the average of percentages', () => {
    const c = run([ratio], [unit('A'), unit('B')], [report('A', [line('TL', 1, 2)]), report('B', [line('TL', 99, 100)])]);
    expect(c.targets[0].result).toBeCloseTo(100 / 102 * 100, 10); // 98.04 %, not 74.5 %
    expect(c.targets[0]).toMatchObject({ numerator: 100, base: 102, status: 'exceeded', unitsReported: 2, unitsMeeting: 1 });
  });

  it('leaves out N/A and units that did not report, and lists the latter by name', () => {
    const sum = T('DV', 'sum', '>=', 100);
    const c = run([sum, ratio], [unit('A'), unit('B'), unit('C')], [report('A', [line('DV', 60), line('TL', 0, 0, true)]), report('B', [line('DV', 50), line('TL', 9, 10)])]);
    expect(c.units).toEqual({ expected: 3, reported: 2, missing: ['C'], missingNames: ['Đơn vị C'] });
    expect(c.targets[0]).toMatchObject({ result: 110, status: 'exceeded' });
    expect(c.targets[0].attainment).toBeCloseTo(110, 9);
    expect(c.targets[1]).toMatchObject({ result: 90, numerator: 9, base: 10, unitsNa: 1, status: 'met' });
    expect(c.byUnit.find((u) => u.code === 'C')).toMatchObject({ reported: false, score: null, rank: null, statuses: { DV: 'not-reported', TL: 'not-reported' } });
  });

  it('is N/A where every answer is N/A or has no base, and not reported where nobody answered', () => {
    const c = run([ratio, T('DV', 'sum', '>=', 5)], [unit('A'), unit('B')], [report('A', [line('TL', 3, 0)]), report('B', [line('TL', null, null, true)])]);
    expect(c.targets.map((t) => [t.status, t.result, t.attainment])).toEqual([['na', null, null], ['not-reported', null, null]]);
  });

  it('counts units meeting a unit-share condition, grassroots answers being 1 of 1 or 0 of 1', () => {
    const share = T('HN', 'unit-share', '>', 90);
    const units = ['A', 'B', 'C', 'D'].map(unit);
    const c = run([share], units, [report('A', [line('HN', 1)]), report('B', [line('HN', 1)]), report('C', [line('HN', 0)]), report('D', [line('HN', 1)])]);
    expect(c.targets[0]).toMatchObject({ numerator: 3, base: 4, result: 75, status: 'not-met', unitsMeeting: 3 });
    // 100 % of "trên 90%" is 111,1 % of the plan: exceeded, by the one status rule.
    expect(c.byUnit.map((u) => u.statuses.HN)).toEqual(['exceeded', 'exceeded', 'not-met', 'exceeded']);
  });

  it('judges a ceiling by staying under it: "không có CĐCS không hoàn thành nhiệm vụ"', () => {
    const none = T('KHT', 'unit-count', '<=', 0);
    const ok = run([none], [unit('A'), unit('B')], [report('A', [line('KHT', 0)]), report('B', [line('KHT', 0)])]);
    expect(ok.targets[0]).toMatchObject({ result: 0, status: 'met', attainment: 100, unitsMeeting: 2 });
    const bad = run([none], [unit('A'), unit('B')], [report('A', [line('KHT', 1)]), report('B', [line('KHT', 0)])]);
    expect(bad.targets[0]).toMatchObject({ result: 1, status: 'not-met', attainment: 0 });
    expect(bad.byUnit.map((u) => u.statuses.KHT)).toEqual(['not-met', 'met']);
  });

  it('scores, ranks (ties share a rank) and rates units against the workbook\'s levels', () => {
    const targets = [T('A1', 'ratio', '>=', 50), T('A2', 'ratio', '>=', 50)];
    const c = run(targets, ['X', 'Y', 'Z'].map(unit), [
      report('X', [line('A1', 6, 10), line('A2', 6, 10)]),
      report('Y', [line('A1', 6, 10), line('A2', 1, 10)]),
      report('Z', [line('A1', 9, 10), line('A2', 9, 10)]),
    ]);
    expect(c.byUnit.map((u) => [u.code, u.score, u.rank, u.rating])).toEqual([
      ['X', 100, 1, 'Hoàn thành xuất sắc nhiệm vụ'], ['Y', 50, 3, 'Hoàn thành nhiệm vụ'], ['Z', 100, 1, 'Hoàn thành xuất sắc nhiệm vụ'],
    ]);
  });

  it('takes a form with no figures for no report: the unit stays unreported and a filled copy still counts', () => {
    const blank = { ...report('A', [line('TL', null), line('TL2', null)]), blank: true };
    const c = run([ratio], [unit('A'), unit('B')], [blank, report('A', [line('TL', 9, 10)]), { ...report('B', [line('TL', null)]), blank: true }]);
    expect(c.units).toEqual({ expected: 2, reported: 1, missing: ['B'], missingNames: ['Đơn vị B'] });
    expect(c.targets[0]).toMatchObject({ numerator: 9, base: 10 });
    expect(c.findings.map((f) => [f.code, f.severity, f.value])).toEqual([['report-empty', 'info', 'A'], ['report-empty', 'info', 'B']]);
  });

  it('refuses reports it cannot place, naming file, sheet and cell, and counts each unit once', () => {
    const c = run([ratio], [unit('A')], [
      report('A', [line('TL', 5, 10), line('XX', 1)]),
      report('A', [line('TL', 10, 10)]),
      report('Q', [line('TL', 1, 1)]),
      report('A', [line('TL', 1, 1)], '2025'),
      report('', []),
    ]);
    expect(c.findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([
      ['report-target-unknown', 'A.xlsx › Báo cáo', 'D5'],
      ['report-unit-duplicate', 'A.xlsx › Báo cáo', 'B3'],
      ['report-unit-unknown', 'Q.xlsx › Báo cáo', 'B3'],
      ['report-period-mismatch', 'A.xlsx › Báo cáo', 'B3'],
      ['report-unit-missing', '.xlsx › Báo cáo', 'B3'],
    ]);
    expect(c.targets[0]).toMatchObject({ numerator: 5, base: 10 });
  });

  it('leaves out lines that cannot be right: negative, above the base, a percentage without a base', () => {
    const c = run([ratio, T('DV', 'sum', '>=', 1)], [unit('A'), unit('B'), unit('C')], [
      report('A', [line('TL', 11, 10), line('DV', -2)]), report('B', [line('TL', 4, null)]), report('C', [line('TL', 8, 10)]),
    ]);
    expect(c.findings.map((f) => f.code)).toEqual(['report-value-over-base', 'report-negative', 'report-base-missing']);
    expect(c.targets[0]).toMatchObject({ numerator: 8, base: 10 });
    expect(c.targets[1].status).toBe('not-reported');
  });

  it('leaves out figures no union could report, naming the cell: far above the plan, over ten million, not finite', () => {
    const members = T('DV', 'sum', '>=', 106);
    const c = run([members, ratio], ['A', 'B', 'C', 'D', 'E', 'F'].map(unit), [
      report('A', [line('DV', 1e308), line('TL', 9, 10)]),
      report('B', [line('DV', 46143), line('TL', 5, 20_000_000)]),
      report('C', [line('DV', 2026)]),
      report('D', [line('DV', Number.POSITIVE_INFINITY)]),
      report('E', [line('DV', Number.NaN)]),
      report('F', [line('DV', 148), line('TL', 45, 50)]),
    ]);
    expect(c.findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([
      ['report-value-implausible', 'A.xlsx › Báo cáo', 'D5'],
      ['report-value-implausible', 'B.xlsx › Báo cáo', 'D5'],
      ['report-value-implausible', 'B.xlsx › Báo cáo', 'D5'],
      ['report-value-implausible', 'C.xlsx › Báo cáo', 'D5'],
      ['report-value-implausible', 'D.xlsx › Báo cáo', 'D5'],
      ['report-value-implausible', 'E.xlsx › Báo cáo', 'D5'],
    ]);
    expect(c.findings[1].vi).toContain('46.143');
    expect(c.findings[1].vi).toContain('hơn 10 lần kế hoạch 106');
    expect(c.findings[2].vi).toContain('tổng số 20.000.000');
    // Only the plausible figures count: 148 members, and 9/10 + 45/50.
    expect(c.targets[0]).toMatchObject({ result: 148, status: 'exceeded' });
    expect(c.targets[1]).toMatchObject({ numerator: 54, base: 60 });
    expect(Number.isFinite(c.targets[0].attainment)).toBe(true);
  });

  it('sizes the ceiling from the plan for summed targets that aim high, never below a floor nor above ten million', () => {
    expect(plausibleCeiling(T('DV', 'sum', '>=', 106))).toBe(1060);
    expect(plausibleCeiling(T('HT', 'sum', '>=', 2))).toBe(PLAUSIBLE.planFloor);
    expect(plausibleCeiling(T('DV', 'sum', '>=', 5_000_000))).toBe(PLAUSIBLE.ceiling);
    // A ceiling target ("không quá 2 vụ") and per-unit counts are judged against the absolute ceiling only.
    expect(plausibleCeiling(T('TN', 'sum', '<=', 2))).toBe(PLAUSIBLE.ceiling);
    expect(plausibleCeiling(T('YK', 'unit-count', '<=', 0))).toBe(PLAUSIBLE.ceiling);
    expect(plausibleCeiling(ratio)).toBe(PLAUSIBLE.ceiling);
  });

  it('matches unit and target codes without their invisible characters, and says so showing them', () => {
    const sum = T('DV', 'sum', '>=', 100);
    const c = run([sum], [unit('UB01'), unit('UB02')], [
      report('UB\u200B01\u200D', [line('D\u2066V', 30)]),
      report('UB\u202E03', [line('DV', 20)]),
    ]);
    expect(c.units.missing).toEqual(['UB02']);
    expect(c.targets[0].result).toBe(30);
    expect(c.findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([
      ['text-invisible', 'UB\u200B01\u200D.xlsx › Báo cáo', 'B3'],
      ['text-invisible', 'UB\u200B01\u200D.xlsx › Báo cáo', 'D5'],
      ['text-invisible', 'UB\u202E03.xlsx › Báo cáo', 'B3'],
      ['report-unit-unknown', 'UB\u202E03.xlsx › Báo cáo', 'B3'],
    ]);
    expect(c.findings[0].vi).toBe('Mã đơn vị "UB01" (kèm ký tự ẩn U+200B, U+200D): các ký tự ẩn đã được bỏ khi so khớp. Hãy xóa chúng trong ô (gõ lại mã) để khỏi nhầm lẫn.');
    expect(c.findings[3].vi).toContain('Mã đơn vị "UB03" (kèm ký tự ẩn U+202E) không có trong trang Đơn vị');
    expect(c.findings[3].en).toContain('"UB03" (with hidden characters U+202E)');
    expect(c.byUnit[0].name).toBe('Đơn vị UB01');
  });
});

/** Units with whole-number answers; a base of 0 makes a percentage line N/A. */
const pairs = fc.array(fc.tuple(fc.nat(500), fc.nat(500)).map(([a, b]) => ({ num: Math.min(a, b), den: Math.max(a, b) })), { minLength: 1, maxLength: 30 });
// The sum's plan is large enough that no generated total is implausible for it (at most 30 × 500, under 10 × 2,000).
const RULES: Target[] = [T('S', 'sum', '>=', 2000), T('R', 'ratio', '>=', 80), T('U', 'unit-share', '>=', 70), T('C', 'unit-count', '<=', 2)];
const linesFor = (p: { num: number; den: number }, i: number, naEvery: number): ReportLine[] => [
  line('S', p.num),
  naEvery && i % naEvery === 0 ? line('R', null, null, true) : line('R', p.num, p.den),
  line('U', p.den === 0 ? 0 : p.num >= p.den * 0.7 ? 1 : 0),
  line('C', p.num % 2),
];
function inputOf(ps: { num: number; den: number }[], naEvery = 0): ConsolidationInput {
  return {
    targets: RULES,
    units: ps.map((_p, i) => unit(`U${i}`)),
    reports: ps.map((p, i) => report(`U${i}`, linesFor(p, i, naEvery))),
    periodCode: '2026',
    levels: DEFAULT_RATING_LEVELS,
  };
}
const totals = (c: ReturnType<typeof consolidate>) => c.targets.map((t) => [t.code, t.numerator, t.base, t.result === null ? null : Math.round(t.result * 1e9) / 1e9, t.status]);

describe('consolidation properties (fast-check)', () => {
  it('ratio is Σnum/Σden whatever the split into units', () => {
    fc.assert(fc.property(pairs, fc.array(fc.nat(), { maxLength: 30 }), (ps, cuts) => {
      const all = consolidate(inputOf(ps)).targets.find((t) => t.code === 'R')!;
      const num = ps.filter((p) => p.den > 0).reduce((n, p) => n + p.num, 0);
      const den = ps.reduce((n, p) => n + p.den, 0);
      if (den === 0) return all.result === null;
      // Merge neighbouring units into bigger ones: the same people, split differently.
      const merged: { num: number; den: number }[] = [];
      ps.forEach((p, i) => {
        if (merged.length && cuts[i] % 3 === 0 && p.den > 0 && merged[merged.length - 1].den > 0) {
          merged[merged.length - 1] = { num: merged[merged.length - 1].num + p.num, den: merged[merged.length - 1].den + p.den };
        } else merged.push(p);
      });
      const split = consolidate(inputOf(merged)).targets.find((t) => t.code === 'R')!;
      return Math.abs((all.result as number) - (num / den) * 100) < 1e-9 && Math.abs((split.result as number) - (all.result as number)) < 1e-9;
    }), { numRuns: 500 });
  });

  it('a unit that did not report changes no total', () => {
    fc.assert(fc.property(pairs, (ps) => {
      const base = inputOf(ps);
      const withSilent = { ...base, units: [...base.units, unit('SILENT')] };
      const a = consolidate(base);
      const b = consolidate(withSilent);
      return JSON.stringify(totals(a)) === JSON.stringify(totals(b)) && b.units.missing.includes('SILENT');
    }), { numRuns: 500 });
  });

  it('N/A never lowers a percentage: it leaves it as it was', () => {
    fc.assert(fc.property(pairs, fc.integer({ min: 2, max: 5 }), (ps, every) => {
      const kept = ps.filter((_p, i) => i % every !== 0);
      const withNa = consolidate(inputOf(ps, every)).targets.find((t) => t.code === 'R')!;
      const without = consolidate({ ...inputOf(kept), targets: RULES }).targets.find((t) => t.code === 'R')!;
      const denKept = kept.reduce((n, p) => n + p.den, 0);
      const numKept = kept.filter((p) => p.den > 0).reduce((n, p) => n + p.num, 0);
      if (denKept === 0) return withNa.result === null && without.result === null;
      return Math.abs((withNa.result as number) - (numKept / denKept) * 100) < 1e-9 && Math.abs((without.result as number) - (withNa.result as number)) < 1e-9;
    }), { numRuns: 500 });
  });

  it('consolidating summaries of summaries equals consolidating all units at once', () => {
    fc.assert(fc.property(pairs, fc.integer({ min: 1, max: 6 }), (ps, groups) => {
      const all = consolidate(inputOf(ps));
      const input = inputOf(ps);
      const summaries = Array.from({ length: groups }, (_g, g) => {
        const units = input.units.filter((_u, i) => i % groups === g);
        const reports = input.reports.filter((_r, i) => i % groups === g);
        return rollUp(consolidate({ ...input, units, reports }), { code: `G${g}`, name: `Nhóm ${g}` }, '2026');
      });
      const top = consolidate({ ...input, units: summaries.map((s) => unit(s.unitCode)), reports: summaries });
      // Unit-share and unit-count add up units; the sums and ratios of the two routes must agree.
      return JSON.stringify(totals(top)) === JSON.stringify(totals(all));
    }), { numRuns: 300 });
  });

  it('for every round, a summary of summaries of that round equals all units at once, progress included', () => {
    const rounds = [{ code: '6T', name: '6 tháng đầu năm 2026', cutOff: '2026-05-31', elapsed: 41.4, tolerance: 5 }, { code: 'CN', name: 'Năm 2026', cutOff: '2026-11-30', elapsed: 91.5, tolerance: 5 }];
    fc.assert(fc.property(pairs, fc.integer({ min: 1, max: 6 }), fc.constantFrom(...rounds), (ps, groups, round) => {
      const input = { ...inputOf(ps), round };
      input.reports = input.reports.map((r) => ({ ...r, roundCode: round.code }));
      const all = consolidate(input);
      const summaries = Array.from({ length: groups }, (_g, g) => {
        const units = input.units.filter((_u, i) => i % groups === g);
        const reports = input.reports.filter((_r, i) => i % groups === g);
        return rollUp(consolidate({ ...input, units, reports }), { code: `G${g}`, name: `Nhóm ${g}` }, '2026');
      });
      const top = consolidate({ ...input, units: summaries.map((s) => unit(s.unitCode)), reports: summaries });
      return summaries.every((s) => s.roundCode === round.code) && top.findings.every((f) => f.code !== 'report-round-mismatch')
        && JSON.stringify(totals(top)) === JSON.stringify(totals(all))
        && JSON.stringify(top.targets.map((t) => t.progress)) === JSON.stringify(all.targets.map((t) => t.progress));
    }), { numRuns: 200 });
  });
});

describe('consolidation of messy reports (fast-check, issue #9)', () => {
  const num = fc.oneof(fc.constant(null), fc.integer({ min: -50, max: 1000 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }));
  const messyLine = fc.record({ code: fc.constantFrom('S', 'R', 'U', 'C', 's', ' R ', 'X9', ''), result: num, base: num, na: fc.boolean() })
    .map((l): ReportLine => ({ ...l, note: '', at: 'D5' }));
  const messyReport = fc.record({ unit: fc.constantFrom('U0', 'U1', 'U2', 'u1', 'U9', ''), period: fc.constantFrom('2026', '2025', ''), lines: fc.array(messyLine, { maxLength: 8 }) })
    .map((r) => report(r.unit, r.lines, r.period));

  it('never throws or yields a non-finite number, and a sum is the sum of what it accepted', () => {
    fc.assert(fc.property(fc.array(messyReport, { maxLength: 12 }), (reports) => {
      const c = consolidate({ targets: RULES, units: ['U0', 'U1', 'U2'].map(unit), reports, periodCode: '2026', levels: DEFAULT_RATING_LEVELS });
      expect(c.units.reported).toBeLessThanOrEqual(c.units.expected);
      for (const t of c.targets) for (const v of [t.result, t.numerator, t.base, t.attainment]) if (v !== null) expect(Number.isFinite(v)).toBe(true);
      const s = c.targets.find((t) => t.code === 'S')!;
      // Each unit's accepted value for S, from the per-unit table: the total is their sum, not more, not less.
      const perUnit = c.byUnit.map((u) => u.values.S?.result ?? null).filter((v): v is number => v !== null);
      if (perUnit.length) expect(s.numerator).toBeCloseTo(perUnit.reduce((a, b) => a + b, 0), 6);
      else expect(s.result).toBeNull();
    }), { numRuns: 2000 });
  });
});

describe('consolidating a round', () => {
  const sum = T('DV', 'sum', '>=', 10);
  const of = (round: string) => ({ ...report('A', [line('DV', 4)]), roundCode: round });

  it('refuses a form of another round, naming both', () => {
    const c = consolidate({ targets: [sum], units: [unit('A')], reports: [of('CN')], periodCode: '2026', levels: DEFAULT_RATING_LEVELS, round: { code: '6T', name: '6 tháng đầu năm 2026', cutOff: '2026-05-31', elapsed: 41.4, tolerance: 5 } });
    expect(c.units.reported).toBe(0);
    expect(c.findings.map((f) => [f.code, f.cell])).toEqual([['report-round-mismatch', 'B3']]);
    expect(c.findings[0].vi).toContain('đợt CN');
    expect(c.findings[0].vi).toContain('đợt 6T (6 tháng đầu năm 2026)');
    expect(c.findings[0].vi).toContain('--round 6T');
  });

  it('refuses a whole-period form in a round and a round\'s form without one; takes the same round whatever its case', () => {
    const round = { code: '6T', name: '6 tháng đầu năm 2026', cutOff: '2026-05-31', elapsed: 41.4, tolerance: 5 };
    expect(consolidate({ targets: [sum], units: [unit('A')], reports: [of('')], periodCode: '2026', levels: DEFAULT_RATING_LEVELS, round }).findings[0].code).toBe('report-round-mismatch');
    expect(run([sum], [unit('A')], [of('6T')]).findings[0].vi).toContain('--round 6T');
    expect(consolidate({ targets: [sum], units: [unit('A')], reports: [of('6t')], periodCode: '2026', levels: DEFAULT_RATING_LEVELS, round }).targets[0].result).toBe(4);
  });
});
