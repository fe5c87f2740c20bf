import fc from 'fast-check';
import { demoWardPlan } from '../../../src/demo/demoPlan';
import { demoWardReports } from '../../../src/demo/demoReports';
import { attainment, evaluate, holds, STATUS_RULE, STATUS_WORDS } from '../../../src/domain/report/attainment';
import { labelOf } from '../../../src/domain/choice';
import { consolidatePlan } from '../../../src/domain/report/consolidate';
import { SHEET } from '../../../src/sheets/names';
import { reportSheet } from '../../../src/sheets/reportSheet';
import { byUnitSheet, summarySheet, BY_UNIT_TOTAL } from '../../../src/sheets/summarySheet';
import type { Comparator } from '../../../src/domain/target';
import { sheetGrid } from '../../support/specValues';

/**
 * Issue #18: one status rule for every comparator — Không đạt when the condition fails, Vượt when it
 * holds and the attainment shown to one decimal is above 100 %, Đạt otherwise — and the same word in
 * Tổng hợp, Theo đơn vị and the report.
 */
const target = (comparator: Comparator, value: number) => ({ comparator, value, lowerIsBetter: comparator === '<=' || comparator === '<' });

describe('the status rule', () => {
  it('judges every comparator alike, by the condition and the attainment', () => {
    fc.assert(fc.property(fc.constantFrom<Comparator>('>=', '>', '<=', '<', '='), fc.integer({ min: 0, max: 200 }), fc.double({ min: 0, max: 400, noNaN: true }), (cmp, value, achieved) => {
      const t = target(cmp, value);
      const s = evaluate(t, achieved);
      if (!holds(achieved, cmp, value)) return expect(s).toBe('not-met');
      const a = attainment(t, achieved);
      if (a === null) return expect(s).toBe(t.lowerIsBetter && value > 0 ? 'exceeded' : 'met');
      expect(s).toBe(Math.round(a * 10) / 10 > 100 ? 'exceeded' : 'met');
    }), { numRuns: 2000 });
  });

  it('gives the issue\'s two cases the same word, and never "Vượt" beside 100,0 %', () => {
    expect(evaluate(target('>', 90), 103.6)).toBe('exceeded'); // 115,1 % of "trên 90%"
    expect(evaluate(target('>=', 100), 100.6)).toBe('exceeded'); // 100,6 % of "ít nhất 100"
    expect(evaluate(target('>=', 100), 100.04)).toBe('met'); // shown as 100,0 %
    expect(evaluate(target('>=', 100), 100)).toBe('met');
    expect(evaluate(target('>=', 50), 49)).toBe('not-met');
    expect(evaluate(target('<=', 0), 0)).toBe('met');
    expect(evaluate(target('<=', 0), 1)).toBe('not-met');
    expect(evaluate(target('<=', 5), 2)).toBe('exceeded');
    expect(evaluate(target('<=', 5), 0)).toBe('exceeded');
    expect(evaluate(target('=', 4), 4)).toBe('met');
    expect(evaluate(target('>=', 0), 3)).toBe('met');
  });

  it('is stated in words under Bảng 1, and Tổng hợp, Theo đơn vị and the report say the same word for every target', () => {
    const plan = demoWardPlan();
    const c = consolidatePlan(plan, demoWardReports(plan));
    const ctx = { orgName: plan.info.issuingBody, period: plan.info.period, at: '05/01/2027 08:00' };
    const summary = sheetGrid(summarySheet(c, ctx));
    const byUnit = sheetGrid(byUnitSheet(c, ctx));
    const report = sheetGrid(reportSheet({ plan, consolidation: c, date: '2027-01-05', drawsCharts: false }));
    expect(report.some((l) => l[0] === STATUS_RULE.vi)).toBe(true);
    expect(STATUS_RULE.vi).toMatch(/Vượt – kết quả đạt điều kiện và mức đạt trên 100%/);
    const total = byUnit.find((l) => l[1] === BY_UNIT_TOTAL)!;
    const words = new Set(STATUS_WORDS.map((w) => w.vi));
    c.targets.forEach((t, k) => {
      const word = labelOf(STATUS_WORDS, t.status);
      expect(summary.find((l) => l[0] === t.code)).toContain(word);
      expect(String(total[2 + k]).split(' · ')[0]).toBe(word);
      const row = report.find((l) => typeof l[1] === 'string' && l[1].startsWith(`${t.code}. `))!;
      expect(row.filter((v) => typeof v === 'string' && words.has(v))).toEqual([word]);
    });
    // Each unit's cell in Theo đơn vị follows the same rule on the unit's own figure.
    for (const u of c.byUnit) for (const t of plan.targets) {
      const v = u.values[t.code];
      const own = t.rule === 'ratio' || t.rule === 'unit-share' ? v.share : t.rule === 'unit-count' ? v.result : null;
      if (own !== null && !['na', 'not-reported'].includes(u.statuses[t.code])) expect(u.statuses[t.code]).toBe(evaluate(t, own));
    }
    expect(SHEET.summary).toBe('Tổng hợp');
  });
});
