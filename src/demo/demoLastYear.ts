import { yearPeriod } from '../domain/period';
import type { Plan } from '../domain/plan';
import type { MemberReport, ReportLine } from '../domain/report/memberReport';
import { defaultRounds, type Round } from '../domain/round';
import { demoWardPlan } from './demoPlan';

/*
 * The ward's 2025 plan and its members' figures, for `npm run demo`'s comparison with last year: the
 * same targets as 2026 except that one was numbered differently ("CT7", matched by its text) and one
 * did not exist yet (CT02, listed as not compared).
 */
export function demoWardPlan2025(): Plan {
  const plan = demoWardPlan();
  return {
    ...plan,
    info: { ...plan.info, date: '2025-01-06', number: '08/KH-CĐP', title: 'Kế hoạch công tác công đoàn năm 2025', period: yearPeriod(2025) },
    targets: plan.targets.filter((t) => t.code !== 'CT02').map((t) => (t.code === 'CT07' ? { ...t, code: 'CT7' } : { ...t, value: t.rule === 'sum' ? Math.max(1, Math.round(t.value * 0.8)) : t.value })),
    tasks: plan.tasks.map((t) => ({ ...t, start: t.start?.replace('2026', '2025') ?? null, end: t.end?.replace('2026', '2025') ?? null, timingText: t.timingText.replace('2026', '2025') })),
    rounds: defaultRounds(yearPeriod(2025)),
  };
}

/**
 * Invented figures for a round: cumulative, so the year's are the 6 months' and more. `scale`
 * tells the later round from the earlier (1 at 6 months, about 2 for the year), `lastYear` makes
 * last year's somewhat lower. The last unit has not reported the 6-month round.
 */
export function demoRoundReports(plan: Plan, round: Round, final: boolean, lastYear = false): MemberReport[] {
  const units = final ? plan.units : plan.units.slice(0, -1);
  const shift = lastYear ? -2 : 0;
  return units.map((unit, u) => {
    const lines: ReportLine[] = plan.targets.map((t, k) => {
      const line = (result: number | null, base: number | null = null, na = false): ReportLine => ({ code: t.code, result, base, na, note: '', at: '' });
      switch (t.rule) {
        case 'ratio': return line((final ? 40 : 20) + u + shift, (final ? 45 : 25) + u);
        case 'unit-share': return line(final || (u + k) % 2 === 0 ? 1 : 0);
        case 'unit-count': return line(final && u === 4 ? 1 : 0);
        case 'sum': return t.value > 10 ? line((final ? 25 : 10) + u * 3 + k + shift) : line(final && u < t.value ? 1 : u === 0 ? 1 : 0);
      }
    });
    return { unitCode: unit.code, unitName: unit.name, periodCode: String(plan.info.period.from.slice(0, 4)), roundCode: round.code, source: { file: null, sheet: '' }, unitAt: '', lines };
  });
}
