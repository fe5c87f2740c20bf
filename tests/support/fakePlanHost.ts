import type { CalendarOutcome, CalendarRequest } from '../../src/app/calendar';
import type { CheckOutcome, CheckRequest } from '../../src/app/check';
import type { ConsolidateOutcome, ConsolidateRequest } from '../../src/app/consolidate';
import type { FormsOutcome, FormsRequest } from '../../src/app/forms';
import type { PlanActions } from '../../src/app/planActions';
import type { PlanFiles } from '../../src/app/planFiles';
import type { ReportOutcome, ReportRequest } from '../../src/app/report';
import type { Round } from '../../src/app/rounds';
import type { Standing } from '../../src/app/standing';
import type { ScaffoldOptions } from '../../src/app/scaffold';
import type { Plan } from '../../src/domain/plan';

type Answer = (plan: Plan, o: ScaffoldOptions) => ReturnType<PlanActions['scaffold']>;

/** What the fake host answers, call by call; an unscripted call fails the test. */
export interface Script {
  scaffold?: Answer[];
  calendar?: ((r: CalendarRequest) => Promise<CalendarOutcome>)[];
  check?: ((r: CheckRequest) => Promise<CheckOutcome>)[];
  consolidate?: ((r: ConsolidateRequest) => Promise<ConsolidateOutcome>)[];
  forms?: ((r: FormsRequest) => Promise<FormsOutcome>)[];
  report?: ((r: ReportRequest) => Promise<ReportOutcome>)[];
  /** Given: the host downloads Word documents (the standalone page) and answers with this name. */
  saveWord?: (name: string) => Promise<string>;
  /** The plan's rounds, read each time Tổng hợp opens; none when not given. */
  rounds?: Round[];
  /** Where the user stands, read each time a tab with the standing line opens; no plan when not given. */
  standing?: Standing;
  kind?: PlanActions['kind'];
}

export type FakePlanHost = PlanActions & {
  calls: { plan: Plan; options: ScaffoldOptions }[];
  calendarCalls: CalendarRequest[];
  checkCalls: CheckRequest[];
  consolidateCalls: ConsolidateRequest[];
  formsCalls: FormsRequest[];
  reportCalls: ReportRequest[];
  roundsCalls: PlanFiles[];
  standingCalls: PlanFiles[];
  wordCalls: string[];
  selected: [string, string][];
};

/** A workbook with nothing of unionplan's yet. */
export const NO_PLAN: Standing = { plan: null, planErrors: 0, formSheets: 0, summary: false, report: false };

function next<T>(list: T[] | undefined): T {
  const answer = list?.shift();
  if (!answer) throw new Error('unexpected call');
  return answer;
}

export function fakePlanHost(script: Script = {}): FakePlanHost {
  const host: FakePlanHost = {
    kind: script.kind ?? 'excel',
    calls: [],
    calendarCalls: [],
    checkCalls: [],
    consolidateCalls: [],
    formsCalls: [],
    reportCalls: [],
    roundsCalls: [],
    standingCalls: [],
    wordCalls: [],
    selected: [],
    scaffold: (plan, options) => {
      host.calls.push({ plan, options });
      return next(script.scaffold)(plan, options);
    },
    calendar: (request) => {
      host.calendarCalls.push(request);
      return next(script.calendar)(request);
    },
    check: (request) => {
      host.checkCalls.push(request);
      return next(script.check)(request);
    },
    consolidate: (request) => {
      host.consolidateCalls.push(request);
      return next(script.consolidate)(request);
    },
    forms: (request) => {
      host.formsCalls.push(request);
      return next(script.forms)(request);
    },
    report: (request) => {
      host.reportCalls.push(request);
      return next(script.report)(request);
    },
    rounds: async (request) => {
      host.roundsCalls.push(request);
      return script.rounds ?? [];
    },
    standing: async (request) => {
      host.standingCalls.push(request);
      return script.standing ?? NO_PLAN;
    },
  };
  if (script.saveWord) {
    const save = script.saveWord;
    host.saveWord = async (_content, name) => { host.wordCalls.push(name); return save(name); };
  }
  if (host.kind === 'excel') host.select = async (sheet, cell) => { host.selected.push([sheet, cell]); };
  return host;
}

export const scaffoldDone: Answer = async () => ({ status: 'done' as const, sheets: ['Thông tin', 'Chỉ tiêu'], replaced: [], skipped: [] });
