import type { CalendarOutcome, CalendarRequest, PlanHost, ScaffoldOptions } from '../../src/hosts/planHost';
import type { Plan } from '../../src/domain/plan';

type Answer = (plan: Plan, o: ScaffoldOptions) => ReturnType<PlanHost['scaffold']>;
type CalendarAnswer = (r: CalendarRequest) => Promise<CalendarOutcome>;

export type FakePlanHost = PlanHost & { calls: { plan: Plan; options: ScaffoldOptions }[]; calendarCalls: CalendarRequest[] };

/** A plan host that records each call and answers from a script; an unscripted call fails the test. */
export function fakePlanHost(answers: Answer[], calendarAnswers: CalendarAnswer[] = [], kind: PlanHost['kind'] = 'excel'): FakePlanHost {
  const calls: { plan: Plan; options: ScaffoldOptions }[] = [];
  const calendarCalls: CalendarRequest[] = [];
  return {
    kind,
    calls,
    calendarCalls,
    scaffold: (plan, options) => {
      calls.push({ plan, options });
      const next = answers.shift();
      if (!next) throw new Error('unexpected call');
      return next(plan, options);
    },
    calendar: (request) => {
      calendarCalls.push(request);
      const next = calendarAnswers.shift();
      if (!next) throw new Error('unexpected call');
      return next(request);
    },
  };
}

export const scaffoldDone: Answer = async () => ({ status: 'done' as const, sheets: ['Thông tin', 'Chỉ tiêu'], replaced: [], skipped: [] });
