import fc from 'fast-check';
import { demoSchoolPlan, demoWardPlan } from '../../../src/demo/demoPlan';
import { consolidatePlan } from '../../../src/domain/report/consolidate';
import { checkPlan } from '../../../src/sheets/check/checkPlan';
import { planWorkbook } from '../../../src/sheets/planWorkbook';
import { readPlan } from '../../../src/sheets/read/readPlan';
import { readReport } from '../../../src/sheets/read/readReport';
import { reportFormSheet } from '../../../src/sheets/reportForm';
import type { CellValue } from '../../../src/sheets/spec';
import { sheetGrid, specValues } from '../../support/specValues';

/**
 * Issue #9: the readers meet sheets as users leave them. Real layouts with cells overwritten at
 * random — numbers as Vietnamese text, dates as text, hostile strings, booleans, blanks, huge and
 * negative numbers — never crash a reader; every finding points at a sheet and a cell; a report's
 * values are finite numbers or nothing.
 */
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null), fc.constant(''), fc.boolean(),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), fc.integer({ min: -5, max: 500 }),
  fc.constantFrom('1.234', '1.234,5', '12,5%', '0,9', '90 %', '  42 ', '−3', '1e308', 'Có', 'Không', 'x', 'N/A', '15/03/2026', '2026-03-15', 'Quý II/2026', 'tháng 13',
    '=HYPERLINK("http://evil.example","x")', "=cmd|' /C calc'!A0", '@SUM(1)', '+1', '-', 'Ð', 'Tha\u0300nh', 'C«ng ®oµn', '#REF!', '#DIV/0!'),
  fc.string({ maxLength: 40 }),
);
const edits = fc.array(fc.tuple(fc.nat(60), fc.nat(14), cellValue), { maxLength: 40 });
const CELL = /^([A-Z]{1,3}\d+)?$/;

function mutate(grid: readonly (readonly CellValue[])[], changes: [number, number, CellValue][]): CellValue[][] {
  const out = grid.map((l) => l.slice());
  for (const [r, c, v] of changes) {
    while (out.length <= r) out.push([]);
    out[r][c] = v;
  }
  const width = Math.max(0, ...out.map((l) => l.length));
  return out.map((l) => Array.from({ length: width }, (_, j) => l[j] ?? null));
}

describe('readers, fuzzed', () => {
  it('reads and checks a plan workbook with any cells overwritten', () => {
    const sheets = [...specValues(planWorkbook(demoWardPlan())), ...specValues(planWorkbook(demoSchoolPlan()))];
    fc.assert(fc.property(fc.nat(sheets.length - 1), edits, fc.boolean(), (pick, changes, dropOther) => {
      const base = new Map(sheets.slice(pick < 7 ? 0 : 7, pick < 7 ? 7 : 14));
      const [name, grid] = sheets[pick];
      const values = new Map(base);
      values.set(name, mutate(grid, changes));
      if (dropOther) values.delete([...base.keys()].find((n) => n !== name)!);
      const read = readPlan(values);
      const findings = [...read.findings, ...checkPlan(values, read)];
      for (const f of findings) {
        expect(f.sheet.length).toBeGreaterThan(0);
        expect(f.cell).toMatch(CELL);
        expect(f.vi.length).toBeGreaterThan(0);
      }
      if (read.plan) for (const t of read.plan.targets) expect(Number.isFinite(t.value)).toBe(true);
    }), { numRuns: 1500 });
  });

  it('reads a member form with any cells overwritten, and consolidates what it kept', () => {
    const plan = demoWardPlan();
    const form = sheetGrid(reportFormSheet(plan, plan.units[0]));
    fc.assert(fc.property(edits, (changes) => {
      const { report, findings } = readReport(mutate(form, changes), { file: 'DN01.xlsx', sheet: 'Báo cáo' });
      for (const f of findings) expect(f.cell).toMatch(CELL);
      if (!report) return;
      for (const l of report.lines) {
        if (l.result !== null) expect(Number.isFinite(l.result)).toBe(true);
        if (l.base !== null) expect(Number.isFinite(l.base)).toBe(true);
      }
      const c = consolidatePlan(plan, [report]);
      for (const t of c.targets) for (const v of [t.result, t.numerator, t.base, t.attainment]) if (v !== null) expect(Number.isFinite(v)).toBe(true);
    }), { numRuns: 2000 });
  });
});
