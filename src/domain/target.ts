import type { Choice } from './choice';

/* A quantitative target (chỉ tiêu) of a plan; see docs/domain.md#targets. */

export type Comparator = '>=' | '>' | '<=' | '<' | '=';
export type TargetKind = 'count' | 'percent';
export type AggregationRule = 'sum' | 'ratio' | 'unit-share' | 'unit-count';

export interface Target {
  code: string;
  group: string;
  text: string;
  comparator: Comparator;
  /** For percent targets, percentage points: "trên 90%" is 90. */
  value: number;
  kind: TargetKind;
  /** What is counted: "đoàn viên", "CĐCS", "doanh nghiệp"; "%" is implied by kind. */
  unit: string;
  /** The stated base ("4/4 tổ công đoàn" has base 4), or null. */
  base: number | null;
  rule: AggregationRule;
  lowerIsBetter: boolean;
  note: string;
}

/** Sheets show the mathematical symbols; JSON and code use the ASCII forms. */
export const COMPARATORS: readonly Choice<Comparator>[] = [
  { code: '>=', vi: '≥', en: '≥' },
  { code: '>', vi: '>', en: '>' },
  { code: '<=', vi: '≤', en: '≤' },
  { code: '<', vi: '<', en: '<' },
  { code: '=', vi: '=', en: '=' },
];

export const TARGET_KINDS: readonly Choice<TargetKind>[] = [
  { code: 'count', vi: 'Số lượng', en: 'Count' },
  { code: 'percent', vi: 'Tỷ lệ %', en: 'Percentage' },
];

export const AGGREGATION_RULES: readonly Choice<AggregationRule>[] = [
  { code: 'sum', vi: 'Cộng dồn', en: 'Sum' },
  { code: 'ratio', vi: 'Tỷ lệ chung', en: 'Ratio' },
  { code: 'unit-share', vi: 'Tỷ lệ đơn vị đạt', en: 'Unit share' },
  { code: 'unit-count', vi: 'Số đơn vị', en: 'Unit count' },
];

export const YES_NO: readonly Choice<'yes' | 'no'>[] = [
  { code: 'yes', vi: 'Có', en: 'Yes' },
  { code: 'no', vi: 'Không', en: 'No' },
];

/** A ceiling ("không quá", "dưới", "không có … không hoàn thành") is met by staying low. */
export function defaultLowerIsBetter(comparator: Comparator): boolean {
  return comparator === '<=' || comparator === '<';
}

/** The rule a target most likely needs when the plan does not say. */
export function suggestRule(kind: TargetKind, comparator: Comparator, unit: string): AggregationRule {
  if (kind === 'count') return defaultLowerIsBetter(comparator) || comparator === '=' ? 'unit-count' : 'sum';
  return /^(cđcs|công đoàn cơ sở|đơn vị|tổ công đoàn)/i.test(unit.trim()) ? 'unit-share' : 'ratio';
}
