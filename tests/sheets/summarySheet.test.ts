import { demoWardPlan } from '../../src/demo/demoPlan';
import { consolidate } from '../../src/domain/report/consolidate';
import { byUnitSheet, summarySheet } from '../../src/sheets/summarySheet';
import { sheetGrid } from '../support/specValues';

const plan = demoWardPlan();
const [six] = plan.rounds!;
const reports = plan.units.map((u) => ({ unitCode: u.code, unitName: u.name, periodCode: '2026', roundCode: '6T', source: { file: null, sheet: '' }, unitAt: '', lines: [{ code: 'CT01', result: 9, base: null, na: false, note: '', at: '' }] }));
const ctx = { orgName: 'CĐ phường', period: plan.info.period, at: '01/06/2026 08:00' };

describe('the summary sheets of a round', () => {
  it('are named after the round, state its cut-off, and add the progress column with its colours', () => {
    const c = consolidate({ targets: plan.targets, units: plan.units, reports, periodCode: '2026', levels: plan.ratingLevels, round: six });
    const sheet = summarySheet(c, { ...ctx, round: six });
    expect(sheet.name).toBe('Tổng hợp 6T');
    expect(sheet.tables[0].name).toBe('TongHop_6T');
    expect(byUnitSheet(c, { ...ctx, round: six }).name).toBe('Theo đơn vị 6T');
    const grid = sheetGrid(sheet);
    expect(grid[1][0]).toContain('số liệu đến 31/05/2026');
    expect(String(grid[2][0])).toContain('thời gian đã qua 41,4%');
    const progress = grid[3].indexOf('Tiến độ');
    expect(grid.find((l) => l[0] === 'CT01')?.[progress]).toBe(9 * plan.units.length * 100 / 120 >= 41.4 - 5 ? 'Đúng tiến độ' : 'Chậm tiến độ');
    expect(sheet.conditionalFills.filter((f) => f.rect.col === progress).map((f) => f.formula)).toEqual(['Đã đạt cả năm', 'Đúng tiến độ', 'Chậm tiến độ', 'Không xét tiến độ'].map((w) => expect.stringContaining(w)));
  });

  it('keep their plain names and columns without a round', () => {
    const c = consolidate({ targets: plan.targets, units: plan.units, reports: reports.map((r) => ({ ...r, roundCode: '' })), periodCode: '2026', levels: plan.ratingLevels });
    const sheet = summarySheet(c, ctx);
    expect([sheet.name, sheet.tables[0].name]).toEqual(['Tổng hợp', 'TongHop']);
    expect(sheetGrid(sheet)[3]).not.toContain('Tiến độ');
  });
});
