import type { IsoDate } from '../excelDate';
import type { YearMonth } from '../month';
import type { Period } from '../period';
import type { AggregationRule, Comparator } from '../target';

/* What `parsePlanText` recognises in a plan document (the shape `unionplan parse --json` prints). */

export type TimingKind = 'continuous' | 'months' | 'periodic' | 'adhoc' | 'event' | 'unspecified';

export interface Timing {
  /** The words the plan used, or null when nothing was said. */
  text: string | null;
  kind: TimingKind;
  /** Months of the plan's period the timing covers; empty for kinds without months. */
  months: YearMonth[];
}

export interface ParsedTarget {
  /** The sentence or clause the target was read from, as written. */
  text: string;
  comparator: Comparator;
  value: number;
  percent: boolean;
  unit: string | null;
  base: number | null;
  /** The section number it came from ("2.3"), or "" for a bullet list. */
  section: string;
  /** The aggregation rule the wording suggests. */
  rule: AggregationRule;
  /** "(nếu có)", "(đối với các đơn vị còn nguồn …)": N/A where the base is zero. */
  conditional: boolean;
}

export interface ParsedTask {
  section: string;
  text: string;
  timing: Timing;
}

export interface ScheduleEntry {
  month: YearMonth;
  text: string;
}

export interface ParseWarning {
  code: string;
  message: string;
  text: string;
}

export interface ParsedInfo {
  number: string | null;
  place: string | null;
  date: IsoDate | null;
  title: string | null;
  period: Period | null;
  issuingBody: string | null;
  signerOnBehalf: string | null;
  signerTitle: string | null;
  signerName: string | null;
  recipients: string[];
}

export interface ParsedPlan {
  info: ParsedInfo;
  targets: ParsedTarget[];
  tasks: ParsedTask[];
  schedule: ScheduleEntry[];
  warnings: ParseWarning[];
}
