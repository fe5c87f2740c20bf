import { demoSchoolPlan, demoWardPlan } from '../../src/demo/demoPlan';
import { planWorkbook } from '../../src/sheets/planWorkbook';
import { readPlan } from '../../src/sheets/read/readPlan';
import { SHEET } from '../../src/sheets/names';
import { specValues } from '../support/specValues';
import type { CellValue } from '../../src/sheets/spec';

describe('readPlan', () => {
  it.each([['ward', demoWardPlan()], ['school', demoSchoolPlan()]])('reads back the %s plan it wrote', (_n, plan) => {
    const { plan: read, findings } = readPlan(specValues(planWorkbook(plan)));
    expect(findings).toEqual([]);
    expect(read).toEqual(plan);
  });

  it('finds columns by header even when they are moved', () => {
    const values = specValues(planWorkbook(demoWardPlan()));
    const targets = values.get(SHEET.targets)!.map((line) => [null, ...line.slice().reverse()]);
    values.set(SHEET.targets, targets);
    const { plan, findings } = readPlan(values);
    expect(findings).toEqual([]);
    expect(plan!.targets).toEqual(demoWardPlan().targets);
  });

  it('points at the cell it cannot read, in Vietnamese', () => {
    const values = specValues(planWorkbook(demoWardPlan()));
    const tasks = values.get(SHEET.tasks)!.map((l) => l.slice());
    tasks[4][6] = 'tháng ba';
    tasks[5][8] = 'Hàng tuần';
    values.set(SHEET.tasks, tasks);
    const { findings } = readPlan(values);
    expect(findings.map((f) => [f.sheet, f.cell, f.code])).toEqual([
      [SHEET.tasks, 'G5', 'cell-unreadable'],
      [SHEET.tasks, 'I6', 'cell-unreadable'],
    ]);
    expect(findings[0].vi).toContain('tháng/năm');
  });

  it('reads months typed as text and numbers typed as text', () => {
    const values = specValues(planWorkbook(demoWardPlan()));
    const tasks = values.get(SHEET.tasks)!.map((l) => l.slice());
    tasks[4][6] = '03/2026';
    values.set(SHEET.tasks, tasks);
    const targets = values.get(SHEET.targets)!.map((l) => l.slice());
    targets[4][4] = '120';
    values.set(SHEET.targets, targets);
    const { plan, findings } = readPlan(values);
    expect(findings).toEqual([]);
    expect(plan!.tasks[0].start).toBe('2026-03');
    expect(plan!.targets[0].value).toBe(120);
  });

  it('reads the user\'s own days from Ngày lễ and points at impossible ones', () => {
    const values = specValues(planWorkbook(demoWardPlan()));
    const days = values.get(SHEET.commemorations)!.map((l) => l.slice());
    days.push([1, 8, 1930, 'Ngày truyền thống ngành Tuyên giáo', 'Không', null]);
    days.push([31, 2, null, 'Ngày không có thật', 'Không', null]);
    days.push([15, 13, null, 'Tháng không có thật', 'Có', null]);
    values.set(SHEET.commemorations, days);
    const { plan, findings } = readPlan(values);
    expect(plan!.commemorations.at(-1)).toEqual({ day: 1, month: 8, foundingYear: 1930, name: 'Ngày truyền thống ngành Tuyên giáo', lunar: false, note: '' });
    expect(findings.map((f) => [f.sheet, f.cell, f.code])).toEqual([
      [SHEET.commemorations, `A${days.length - 1}`, 'date-impossible'],
      [SHEET.commemorations, `B${days.length}`, 'value-out-of-range'],
    ]);
    expect(findings[0].vi).toBe('Tháng 2 không có ngày 31.');
  });

  it('gives a workbook made before Ngày lễ existed the standard days', () => {
    const values = specValues(planWorkbook(demoWardPlan()));
    values.delete(SHEET.commemorations);
    const { plan, findings } = readPlan(values);
    expect(findings).toEqual([]);
    expect(plan!.commemorations).toEqual(demoWardPlan().commemorations);
  });

  it('says which sheet is missing', () => {
    const values = new Map<string, CellValue[][]>([[SHEET.info, []]]);
    const { plan, findings } = readPlan(values);
    expect(plan).toBeNull();
    expect(findings.map((f) => f.sheet)).toEqual([SHEET.targets, SHEET.tasks]);
  });

  it('refuses an unreadable period', () => {
    const values = specValues(planWorkbook(demoWardPlan()));
    const info = values.get(SHEET.info)!.map((l) => l.slice());
    const row = info.findIndex((l) => l[0] === 'Kỳ kế hoạch');
    info[row][1] = '2026-2029';
    values.set(SHEET.info, info);
    const { plan, findings } = readPlan(values);
    expect(plan).toBeNull();
    expect(findings[0]).toMatchObject({ code: 'period-unreadable', cell: `B${row + 1}` });
  });
});
