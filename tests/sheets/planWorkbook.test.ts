import { demoSchoolPlan, demoWardPlan } from '../../src/demo/demoPlan';
import { emptyPlan } from '../../src/domain/plan';
import { period } from '../support/period';
import { calendarMarks, calendarSheet, SPARE_ROWS } from '../../src/sheets/calendarSheet';
import { PLAN_SHEETS, SHEET, TABLE } from '../../src/sheets/names';
import { planWorkbook } from '../../src/sheets/planWorkbook';
import { rectOfBlock, isFormula, type Rect, type SheetSpec } from '../../src/sheets/spec';
import { sheetNameProblem } from '../../src/sheets/sheetName';
import { targetSummary } from '../../src/sheets/targetsSheet';

const overlap = (a: Rect, b: Rect) => a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
const formulasOf = (s: SheetSpec) => s.blocks.flatMap((b) => b.cells.flat()).filter(isFormula).map((f) => f.formula);

const specs = [demoWardPlan(), demoSchoolPlan(), emptyPlan('CĐCS Trường A', '', period('2025-2030'))].map(planWorkbook);

describe('planWorkbook', () => {
  it('has the plan sheets with valid names and their named tables', () => {
    for (const spec of specs) {
      expect(spec.sheets.map((s) => s.name)).toEqual(PLAN_SHEETS);
      for (const s of spec.sheets) expect(sheetNameProblem(s.name)).toBeNull();
      expect(spec.sheets.flatMap((s) => s.tables.map((t) => t.name))).toEqual([TABLE.targets, TABLE.tasks, TABLE.commemorations, TABLE.units, TABLE.ratings, TABLE.rounds]);
    }
  });

  it('writes rectangular, non-overlapping blocks', () => {
    for (const s of specs.flatMap((w) => w.sheets)) {
      for (const b of s.blocks) expect(new Set(b.cells.map((l) => l.length)).size).toBe(1);
      const rects = s.blocks.map(rectOfBlock);
      rects.forEach((a, i) => rects.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
    }
  });

  it('gives every table a header of unique text and at least one data row', () => {
    for (const s of specs.flatMap((w) => w.sheets)) {
      for (const t of s.tables) {
        expect(t.rect.rows).toBeGreaterThanOrEqual(2);
        const block = s.blocks.find((b) => b.at.row === t.rect.row)!;
        const header = block.cells[0];
        expect(header.every((h) => typeof h === 'string' && h.length > 0)).toBe(true);
        expect(new Set(header).size).toBe(header.length);
      }
    }
  });

  it('writes English, comma-separated formulas with quoted sheet names', () => {
    for (const s of specs.flatMap((w) => w.sheets)) {
      for (const f of formulasOf(s)) {
        expect(f.startsWith('=')).toBe(true);
        expect(f).not.toMatch(/;/);
        // Every reference to another sheet is quoted.
        for (const name of PLAN_SHEETS) expect(f.includes(`${name}!`) ? f.includes(`'${name}'!`) : true).toBe(true);
      }
    }
  });

  it('keeps dropdown words free of the list separator', () => {
    for (const v of specs.flatMap((w) => w.sheets).flatMap((s) => s.validations)) {
      if (v.rule.kind === 'list') for (const word of v.rule.values) expect(word).not.toMatch(/,/);
    }
  });

  it('prints A4 landscape for wide sheets and repeats the table header', () => {
    const byName = (n: string) => specs[0].sheets.find((s) => s.name === n)!;
    const [info, targets, tasks, calendar] = [SHEET.info, SHEET.targets, SHEET.tasks, SHEET.calendar].map(byName);
    expect(info.print.orientation).toBe('portrait');
    for (const s of [targets, tasks, calendar]) {
      expect(s.print.orientation).toBe('landscape');
      expect(s.print.fitToWidth).toBe(true);
      expect(s.print.titleRows).toBeDefined();
      expect(s.print.footer?.center).toContain('&P');
      expect(s.print.header?.center).toContain('CÔNG ĐOÀN PHƯỜNG AN KHÁNH');
    }
  });
});

describe('calendar sheet', () => {
  it('has a column per month, or per year for a congress term', () => {
    const ward = calendarSheet(demoWardPlan());
    expect(ward.blocks[1].cells[0]).toHaveLength(3 + 12);
    const term = calendarSheet(emptyPlan('X', '', period('2025-2030')));
    expect(term.blocks[1].cells[0].slice(3)).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
  });
  it('keeps spare rows for tasks added later', () => {
    const plan = demoWardPlan();
    expect(calendarSheet(plan).blocks[1].cells).toHaveLength(1 + plan.tasks.length + SPARE_ROWS);
  });
  it('marks a continuous task in every month and a quarter task in three', () => {
    const plan = demoWardPlan();
    const marks = calendarMarks(plan.tasks, plan.info.period);
    expect(marks[0].every(Boolean)).toBe(true);
    const q2 = plan.tasks.findIndex((t) => t.timingText === 'Quý II/2026');
    expect(marks[q2].map((m, i) => (m ? i + 1 : 0)).filter(Boolean)).toEqual([4, 5, 6]);
  });
  it('is the only sheet whose formulas read another sheet', () => {
    const spec = specs[0];
    for (const s of spec.sheets.filter((x) => x.name !== SHEET.calendar)) expect(formulasOf(s).some((f) => f.includes('!'))).toBe(false);
  });
});

describe('targetSummary', () => {
  it('words a target the way the sheet formula does', () => {
    const [t1, , t3] = demoWardPlan().targets;
    expect(targetSummary(t1)).toBe('≥ 120 đoàn viên');
    expect(targetSummary(t3)).toBe('> 90%');
  });
});
