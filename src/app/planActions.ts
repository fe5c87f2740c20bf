import type { Plan } from '../domain/plan';
import { calendar, type CalendarOutcome, type CalendarRequest } from './calendar';
import { check, type CheckOutcome, type CheckRequest } from './check';
import { consolidate, type ConsolidateOutcome, type ConsolidateRequest } from './consolidate';
import { forms, type FormsOutcome, type FormsRequest } from './forms';
import type { PlanFiles } from './planFiles';
import { report, type ReportContent, type ReportOutcome, type ReportRequest } from './report';
import { listRounds, type Round } from './rounds';
import { standing, type Standing } from './standing';
import { scaffold, type ScaffoldOptions, type ScaffoldOutcome } from './scaffold';
import type { Workbook } from './workbook';

/**
 * Where the plan lives, as an action needs it: the open Excel workbook, or the files the standalone
 * page was given. `open` runs one action against it (in Excel, one `Excel.run`).
 */
export interface WorkbookHost {
  kind: 'excel' | 'file';
  open<T>(files: PlanFiles, work: (wb: Workbook) => Promise<T>): Promise<T>;
  /** Goes to a cell (hosts with an open workbook only). */
  select?(sheet: string, cell: string): Promise<void>;
  /** Saves the report as a Word document under `name`, returning the name it is found under (hosts that download files). */
  saveWord?(content: ReportContent, name: string): Promise<string>;
}

/**
 * What the task pane, the standalone page and the ribbon ask for: each user action, bound to a host.
 * They only format the outcome; the workflow itself is written once, in this folder.
 */
export interface PlanActions {
  kind: WorkbookHost['kind'];
  scaffold(plan: Plan, options: ScaffoldOptions): Promise<ScaffoldOutcome>;
  /** Rebuilds the calendar sheets from the plan (Excel), or makes the schedule file (standalone). */
  calendar(request: CalendarRequest): Promise<CalendarOutcome>;
  /** Checks the plan sheets and reports every finding with its sheet and cell. */
  check(request: CheckRequest): Promise<CheckOutcome>;
  /** One report form per unit: sheets of the open workbook, or a .zip of files to send. */
  forms(request: FormsRequest): Promise<FormsOutcome>;
  /** Consolidates member reports into `Tổng hợp` and `Theo đơn vị`. */
  consolidate(request: ConsolidateRequest): Promise<ConsolidateOutcome>;
  /** The summary report `Báo cáo` from the plan and the consolidation. */
  report(request: ReportRequest): Promise<ReportOutcome>;
  /** The plan's reporting rounds (6 tháng, năm…), for the round picker. */
  rounds(request: PlanFiles): Promise<Round[]>;
  /** Where the user stands (plan, forms, consolidation, report), for the line over each tab. */
  standing(request: PlanFiles): Promise<Standing>;
  select?(sheet: string, cell: string): Promise<void>;
  /** "Tải bản Word": the report just written, as a Word document to sign and send. */
  saveWord?(content: ReportContent, name: string): Promise<string>;
}

export function planActions(host: WorkbookHost): PlanActions {
  return {
    kind: host.kind,
    scaffold: (plan, options) => host.open({}, (wb) => scaffold(wb, plan, options)),
    calendar: (request) => host.open(request, (wb) => calendar(wb, request)),
    check: (request) => host.open(request, (wb) => check(wb, request)),
    forms: (request) => host.open(request, (wb) => forms(wb, request)),
    consolidate: (request) => host.open(request, (wb) => consolidate(wb, request)),
    report: (request) => host.open(request, (wb) => report(wb, request)),
    rounds: (request) => host.open(request, (wb) => listRounds(wb)),
    standing: (request) => host.open(request, (wb) => standing(wb)),
    ...(host.select && { select: host.select }),
    ...(host.saveWord && { saveWord: host.saveWord }),
  };
}
