import { isProRata, progressOf } from '../../../src/domain/report/progress';
import type { Target } from '../../../src/domain/target';

const t = (over: Partial<Target>): Target => ({ code: 'X', group: '', text: 'Phát triển đoàn viên', comparator: '>=', value: 120, kind: 'count', unit: 'đoàn viên', base: null, rule: 'sum', lowerIsBetter: false, note: '', ...over });
const round = { elapsed: 41.4, tolerance: 5 };
const count = (result: number, target = 120) => ({ result, attainment: (100 * result) / target, status: result >= target ? 'met' as const : 'not-met' as const, percent: false, rule: 'sum' as const });

describe('progress against time', () => {
  it('a count is on track while its attainment is within the tolerance of the time elapsed', () => {
    expect(progressOf(count(44), true, round)).toBe('on-track'); // 36,7 % ≥ 41,4 − 5
    expect(progressOf(count(43), true, round)).toBe('behind'); // 35,8 %
    expect(progressOf(count(120), true, round)).toBe('done');
    expect(progressOf(count(43), true, { elapsed: 41.4, tolerance: 10 })).toBe('on-track');
  });

  it('a share met is on track, never "done" (it can still fall)', () => {
    expect(progressOf({ result: 95, attainment: 95, status: 'not-met', percent: true, rule: 'ratio' }, true, round)).toBe('on-track');
    expect(progressOf({ result: 100, attainment: 100, status: 'met', percent: true, rule: 'ratio' }, true, round)).toBe('on-track');
  });

  it('nothing while nobody reported; "not applicable" where pro-rata means nothing', () => {
    expect(progressOf({ ...count(0), result: null, attainment: null }, true, round)).toBeNull();
    expect(progressOf(count(0), false, round)).toBe('na');
  });

  it('ceilings, unit counts, single events and targets marked so have no pro-rata meaning', () => {
    expect(isProRata(t({}))).toBe(true);
    expect(isProRata(t({ comparator: '<=', value: 0, lowerIsBetter: true }))).toBe(false);
    expect(isProRata(t({ rule: 'unit-count' }))).toBe(false);
    expect(isProRata(t({ text: 'Tổ chức Đại hội Công đoàn phường', value: 1, unit: 'đại hội' }))).toBe(false);
    expect(isProRata(t({ note: 'Không xét tiến độ' }))).toBe(false);
    expect(isProRata(t({ kind: 'percent', value: 90, rule: 'ratio' }))).toBe(true);
  });
});
