import { parsePeriod, periodCode, periodLabel, periodMonths, periodQuarters, periodYears } from '../../src/domain/period';

describe('parsePeriod', () => {
  it('reads a calendar year', () => {
    const p = parsePeriod('2026');
    expect(p).toEqual({ ok: true, period: { kind: 'year', from: '2026-01', to: '2026-12' } });
  });
  it('reads a school year as September to August', () => {
    expect(parsePeriod('2025-2026')).toEqual({ ok: true, period: { kind: 'school-year', from: '2025-09', to: '2026-08' } });
    expect(parsePeriod(' 2025 – 2026 ')).toEqual(parsePeriod('2025-2026'));
  });
  it('reads a five-year term in whole years', () => {
    expect(parsePeriod('2025-2030')).toEqual({ ok: true, period: { kind: 'term', from: '2025-01', to: '2030-12' } });
  });
  it('reads a single month', () => {
    expect(parsePeriod('2026-11')).toEqual({ ok: true, period: { kind: 'month', from: '2026-11', to: '2026-11' } });
  });
  it.each([['2025-2027', 'term'], ['2026-2025', 'school-year'], ['abc', 'format'], ['1800', 'range'], ['2026-13', 'format']])('refuses %s', (text, reason) => {
    expect(parsePeriod(text)).toEqual({ ok: false, reason });
  });
});

describe('period helpers', () => {
  const school = (parsePeriod('2025-2026') as { ok: true; period: never }).period;
  it('lists the months of a school year in order', () => {
    const months = periodMonths(school);
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2025-09');
    expect(months[4]).toBe('2026-01');
    expect(months[11]).toBe('2026-08');
  });
  it('cuts quarters at the period edges', () => {
    const q = periodQuarters(school);
    expect(q.map((x) => x.label)).toEqual(['Quý III/2025', 'Quý IV/2025', 'Quý I/2026', 'Quý II/2026', 'Quý III/2026']);
    expect(q[0].months).toEqual(['2025-09']);
    expect(q[4].months).toEqual(['2026-07', '2026-08']);
  });
  it('names periods the way plans do and round-trips their code', () => {
    for (const code of ['2026', '2025-2026', '2025-2030', '2026-11']) {
      const p = parsePeriod(code);
      if (!p.ok) throw new Error(code);
      expect(periodCode(p.period)).toBe(code);
    }
    const term = parsePeriod('2025-2030');
    if (!term.ok) throw new Error();
    expect(periodLabel(term.period)).toBe('nhiệm kỳ 2025-2030');
    expect(periodYears(term.period)).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    expect(periodLabel(school)).toBe('năm học 2025-2026');
  });
});

describe('periods shorter than a year, and campaigns', () => {
  const ok = (code: string) => {
    const p = parsePeriod(code);
    if (!p.ok) throw new Error(code);
    return p.period;
  };
  it('reads quarters, half-years and ranges of months', () => {
    expect(ok('2025-Q2')).toEqual({ kind: 'quarter', from: '2025-04', to: '2025-06' });
    expect(ok('2025q4')).toEqual({ kind: 'quarter', from: '2025-10', to: '2025-12' });
    expect(ok('2025-H1')).toEqual({ kind: 'half-year', from: '2025-01', to: '2025-06' });
    expect(ok('2025-H2')).toEqual({ kind: 'half-year', from: '2025-07', to: '2025-12' });
    expect(ok('2025-04..2025-05')).toEqual({ kind: 'range', from: '2025-04', to: '2025-05' });
    expect(ok('2024-12/2025-02')).toEqual({ kind: 'range', from: '2024-12', to: '2025-02' });
  });
  it.each([['2025-Q5', 'format'], ['2025-H3', 'format'], ['2025-05..2025-04', 'format'], ['1800-Q1', 'range'], ['2025-13..2026-01', 'format']])('refuses %s', (text, reason) => {
    expect(parsePeriod(text)).toEqual({ ok: false, reason });
  });
  it('round-trips every kind through its code, so the plan sheet\'s period cell reads back', () => {
    for (const code of ['2026-Q1', '2026-Q3', '2026-H1', '2026-H2', '2026-04..2026-05', '2025-12..2026-01', '2026-05..2026-05']) {
      expect(periodCode(ok(code))).toBe(code);
    }
  });
  it('names them as plans do', () => {
    expect(periodLabel(ok('2026-Q2'))).toBe('quý II năm 2026');
    expect(periodLabel(ok('2026-H1'))).toBe('6 tháng đầu năm 2026');
    expect(periodLabel(ok('2026-H2'))).toBe('6 tháng cuối năm 2026');
    expect(periodLabel(ok('2026-04..2026-05'))).toBe('từ tháng 4 đến tháng 5 năm 2026');
    expect(periodLabel(ok('2025-12..2026-01'))).toBe('từ tháng 12/2025 đến tháng 1/2026');
    expect(periodLabel(ok('2026-05..2026-05'))).toBe('tháng 5 năm 2026');
  });
  it('lists their months and years', () => {
    expect(periodMonths(ok('2026-Q4'))).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(periodMonths(ok('2026-H2'))).toHaveLength(6);
    expect(periodYears(ok('2025-12..2026-01'))).toEqual([2025, 2026]);
    expect(periodQuarters(ok('2026-Q2')).map((q) => q.label)).toEqual(['Quý II/2026']);
  });
});
