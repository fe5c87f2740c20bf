import { periodCode } from '../domain/period';
import type { Plan } from '../domain/plan';
import type { MemberReport, ReportLine } from '../domain/report/memberReport';

/**
 * Invented figures for the ward demo's member unions, the way real forms come back: counts, parts of
 * wholes, a "không áp dụng", a target left blank, and one unit that has not reported yet (the last).
 * Varied enough that some targets are met, some exceeded and some missed.
 */
export function demoWardReports(plan: Plan): MemberReport[] {
  const reporting = plan.units.slice(0, -1);
  return reporting.map((unit, u) => {
    const lines: ReportLine[] = plan.targets.map((t, k) => {
      const x = (u * 7 + k * 3) % 11;
      const line = (result: number | null, base: number | null = null, na = false): ReportLine => ({ code: t.code, result, base, na, note: '', at: '' });
      switch (t.rule) {
        case 'ratio': return u === 2 ? line(null, null, true) : line(20 + x * 3, 22 + x * 3 + (u % 3));
        case 'unit-share': return line((u + k) % 3 === 0 ? 0 : 1);
        case 'unit-count': return line(u === 4 ? 1 : 0);
        case 'sum': return u === 3 && k === 0 ? line(null) : line(t.value > 10 ? 25 + x * 3 : u < t.value ? 1 : 0);
      }
    });
    return { unitCode: unit.code, unitName: unit.name, periodCode: periodCode(plan.info.period), source: { file: null, sheet: '' }, unitAt: '', lines };
  });
}
