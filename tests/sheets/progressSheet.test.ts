import { demoWardPlan } from '../../src/demo/demoPlan';
import { consolidate } from '../../src/domain/report/consolidate';
import { progressSheet, roundColumns } from '../../src/sheets/progressSheet';
import { readProgressColumns } from '../../src/sheets/read/readProgress';
import { sheetGrid } from '../support/specValues';

const plan = demoWardPlan();
const [six, year] = plan.rounds!;
const run = (round: typeof six, k: number) => consolidate({
  targets: plan.targets, units: plan.units, periodCode: '2026', levels: plan.ratingLevels, round,
  reports: plan.units.map((u) => ({ unitCode: u.code, unitName: u.name, periodCode: '2026', roundCode: round.code, source: { file: null, sheet: '' }, unitAt: '', lines: [{ code: 'CT01', result: 5 * k, base: null, na: false, note: '', at: '' }] })),
});
const ctx = { orgName: 'CĐ phường', period: plan.info.period, at: '01/12/2026 08:00' };

describe('Tiến độ', () => {
  it('shows each target at every round consolidated, an earlier round carried from the last sheet as it was', () => {
    const first = sheetGrid(progressSheet(plan.targets.map((t) => ({ ...t, target: t.value, percent: t.kind === 'percent' })), [roundColumns(six, run(six, 1).targets)], ctx));
    const carried = readProgressColumns(first);
    expect([...carried.keys()]).toEqual(['6T']);
    const second = sheetGrid(progressSheet(plan.targets.map((t) => ({ ...t, target: t.value, percent: t.kind === 'percent' })), [{ round: six, cells: carried.get('6T')! }, roundColumns(year, run(year, 2).targets)], ctx));
    const h = second.findIndex((l) => l[0] === 'Mã');
    const ct01 = second.find((l) => l[0] === 'CT01')!;
    const at = (name: string) => ct01[second[h].indexOf(name)];
    expect(at('6T: kết quả đến 31/05/2026')).toBe(String(5 * plan.units.length));
    expect(at('CN: kết quả đến 30/11/2026')).toBe(String(10 * plan.units.length));
    expect(at('6T: tiến độ')).toBe((100 * 5 * plan.units.length) / 120 >= 41.4 - 5 ? 'Đúng tiến độ' : 'Chậm tiến độ');
    expect(second.find((l) => l[0] === 'CT06')![second[h].indexOf('6T: kết quả đến 31/05/2026')]).toBeNull();
  });
});
