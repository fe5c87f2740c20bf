import { demoWardPlan } from '../../../src/demo/demoPlan';
import { consolidate } from '../../../src/domain/report/consolidate';
import { UserError } from '../../../src/domain/userError';
import { lastYearSummary } from '../../../src/sheets/read/readLastYear';
import { consolidationWorkbook } from '../../../src/sheets/summarySheet';
import { specValues } from '../../support/specValues';

const plan = demoWardPlan();
const [six] = plan.rounds!;
const reports = plan.units.map((u, i) => ({
  unitCode: u.code, unitName: u.name, periodCode: '2026', roundCode: '6T', source: { file: null, sheet: '' }, unitAt: '',
  lines: plan.targets.map((t) => ({ code: t.code, result: t.rule === 'sum' ? 10 + i : 1, base: t.rule === 'ratio' ? 4 : null, na: false, note: '', at: '' })),
}));
const c = consolidate({ targets: plan.targets, units: plan.units, reports, periodCode: '2026', levels: plan.ratingLevels, round: six });
const book = specValues(consolidationWorkbook(c, { orgName: 'X', period: plan.info.period, at: '01/06/2026 08:00', round: six }));

describe("last year's summary read for comparison", () => {
  it('reads the same round\'s sheet: counts as sums, shares as Σ numerators ÷ Σ bases', () => {
    const read = lastYearSummary(book, 'tong-hop-2025.xlsx', six);
    expect(read.sheet).toBe('Tổng hợp 6T');
    const byCode = new Map(read.rows.map((r) => [r.code, r]));
    expect(byCode.get('CT01')).toMatchObject({ value: plan.units.reduce((n, _u, i) => n + 10 + i, 0), share: false });
    expect(byCode.get('CT04')).toMatchObject({ value: 25, share: true }); // 1 of 4 at every unit
    expect(read.rows).toHaveLength(plan.targets.length);
  });

  it('refuses a file without the same round, naming the file, the sheet wanted and those it has', () => {
    const year = plan.rounds![1];
    expect(() => lastYearSummary(book, 'tong-hop-2025.xlsx', year)).toThrow(UserError);
    try { lastYearSummary(book, 'tong-hop-2025.xlsx', year); } catch (e) {
      expect((e as UserError).vi).toContain('tong-hop-2025.xlsx');
      expect((e as UserError).vi).toContain('"Tổng hợp CN"');
      expect((e as UserError).vi).toContain('Tổng hợp 6T');
    }
  });
});
