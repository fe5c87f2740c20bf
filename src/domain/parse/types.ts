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
  /** The document line (1-based) it was read from. */
  line: number;
}

export interface ParsedTask {
  section: string;
  text: string;
  timing: Timing;
  /** "Đơn vị thực hiện: …", "Chủ trì: …", a table's responsible column; "" when not said. */
  responsible: string;
  /** Read in a part that reviews what was done ("Đánh giá tháng 4", "Kết quả đạt được"). */
  done: boolean;
  line: number;
}

export interface ScheduleEntry {
  month: YearMonth;
  text: string;
  line: number;
}

export interface ParseWarning {
  code: string;
  message: string;
  text: string;
  /** The document line it is about, or null for the whole document. */
  line: number | null;
}

/**
 * Why a line is in `other`: the preamble before the first part, purpose and requirement statements,
 * headings (their words are kept as each item's section), closing lines, debris stripped from the
 * text, and text the reader did not understand.
 */
export type OtherReason = 'preamble' | 'purpose' | 'heading' | 'closing' | 'debris' | 'unread';

export interface OtherLine {
  line: number;
  text: string;
  reason: OtherReason;
}

/** Where a document line went: every non-blank line is in exactly one place. */
export type Placement = 'info' | 'target' | 'task' | 'schedule' | 'other';

export interface LinePlacement {
  line: number;
  placement: Placement;
}

export interface ParsedInfo {
  number: string | null;
  place: string | null;
  date: IsoDate | null;
  title: string | null;
  period: Period | null;
  issuingBody: string | null;
  /** The body above it in the header ("LIÊN ĐOÀN LAO ĐỘNG TỈNH …"), when the header names two. */
  superiorBody: string | null;
  /** Where the issuing body was read: the header, the opening sentence, the title or the signature. */
  issuingBodyFrom: 'header' | 'opening' | 'title' | 'signature' | null;
  signerOnBehalf: string | null;
  signerTitle: string | null;
  signerName: string | null;
  recipients: string[];
  /** The legacy encoding the text was converted from, or null for Unicode text. */
  convertedFrom: 'tcvn3' | 'vni' | null;
}

export interface ParsedPlan {
  info: ParsedInfo;
  targets: ParsedTarget[];
  tasks: ParsedTask[];
  schedule: ScheduleEntry[];
  /** Lines that are none of the above, with the reason. */
  other: OtherLine[];
  /** Every non-blank line of the document and where it went, in line order. */
  lines: LinePlacement[];
  warnings: ParseWarning[];
}
