import type { PlanHost, ScaffoldOptions } from '../../src/hosts/planHost';
import type { Plan } from '../../src/domain/plan';

type Answer = (plan: Plan, o: ScaffoldOptions) => ReturnType<PlanHost['scaffold']>;

/** A plan host that records each call and answers from a script; an unscripted call fails the test. */
export function fakePlanHost(answers: Answer[]): PlanHost & { calls: { plan: Plan; options: ScaffoldOptions }[] } {
  const calls: { plan: Plan; options: ScaffoldOptions }[] = [];
  return {
    kind: 'excel',
    calls,
    scaffold: (plan, options) => {
      calls.push({ plan, options });
      const next = answers.shift();
      if (!next) throw new Error('unexpected call');
      return next(plan, options);
    },
  };
}

export const scaffoldDone: Answer = async () => ({ status: 'done' as const, sheets: ['Thông tin', 'Chỉ tiêu'], replaced: [], skipped: [] });
