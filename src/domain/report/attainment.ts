import type { Choice } from '../choice';
import type { Comparator, Target } from '../target';

/**
 * How far a target is met (docs/domain.md#consolidation): Vượt, Đạt, Không đạt, Không áp dụng, Chưa báo cáo. A unit's
 * cell for a summed target has no unit-level target to judge, so it is only "reported".
 */
export type Status = 'exceeded' | 'met' | 'not-met' | 'na' | 'not-reported';
export type UnitStatus = Status | 'reported';

/** Words, not only colours, so printouts read in black and white. */
export const STATUS_WORDS: readonly Choice<UnitStatus>[] = [
  { code: 'exceeded', vi: 'Vượt', en: 'Exceeded' },
  { code: 'met', vi: 'Đạt', en: 'Met' },
  { code: 'not-met', vi: 'Không đạt', en: 'Not met' },
  { code: 'na', vi: 'Không áp dụng', en: 'N/A' },
  { code: 'not-reported', vi: 'Chưa báo cáo', en: 'Not reported' },
  { code: 'reported', vi: 'Đã báo cáo', en: 'Reported' },
];

/** Sums of fractions drift in the last bits: 0.1 + 0.2 must still meet "≥ 0.3". */
const EPS = 1e-9;

export function holds(achieved: number, comparator: Comparator, value: number): boolean {
  switch (comparator) {
    case '>=': return achieved >= value - EPS;
    case '>': return achieved > value + EPS;
    case '<=': return achieved <= value + EPS;
    case '<': return achieved < value - EPS;
    case '=': return Math.abs(achieved - value) <= EPS;
  }
}

/**
 * The one status rule, for every comparator (issue #18): "Không đạt" when the result does not meet
 * the target's condition; otherwise "Vượt" when the attainment, shown to one decimal, is above
 * 100 %, and "Đạt" when it is 100 % (or cannot be computed: a floor of 0). "Trên 90%" met by 95 % is
 * therefore "Vượt" (105,6 %), as "ít nhất 50" met by 51 is; a ceiling of 0 kept is "Đạt" (100 %).
 * Comparing at the shown precision keeps the word and the figure beside it from contradicting each
 * other ("100,0 %" is never "Vượt").
 */
export const STATUS_PRECISION = 1;

export function evaluate(t: Pick<Target, 'comparator' | 'value' | 'lowerIsBetter'>, achieved: number): 'exceeded' | 'met' | 'not-met' {
  if (!holds(achieved, t.comparator, t.value)) return 'not-met';
  const a = attainment(t, achieved);
  // A ceiling above 0 kept at 0 has no ratio, and nothing is better than none.
  if (a === null) return isCeiling(t) && t.value > EPS ? 'exceeded' : 'met';
  const step = 10 ** STATUS_PRECISION;
  return Math.round(a * step) / step > 100 ? 'exceeded' : 'met';
}

/** The rule in plain Vietnamese and English, printed under Bảng 1 and shown in the pane. */
export const STATUS_RULE = {
  vi: 'Cách đánh giá (chung cho mọi chỉ tiêu): Không đạt – kết quả chưa đạt điều kiện của chỉ tiêu; Đạt – kết quả đạt điều kiện và mức đạt bằng 100%; Vượt – kết quả đạt điều kiện và mức đạt trên 100%. Mức đạt = kết quả ÷ kế hoạch; với chỉ tiêu "không quá", "dưới" thì = kế hoạch ÷ kết quả (giữ được mức 0 là 100%; kết quả 0 với mức "không quá" lớn hơn 0 là Vượt). Không áp dụng – không đơn vị nào có đối tượng; Chưa báo cáo – chưa có số liệu.',
  en: 'How targets are judged (the same for every target): Not met – the result does not meet the target\'s condition; Met – it does and attainment is 100%; Exceeded – it does and attainment is above 100%. Attainment = result ÷ plan; for "at most" and "below" targets, plan ÷ result (a ceiling of 0 kept is 100%; 0 under a ceiling above 0 is Exceeded). N/A – no unit has anything to count; Not reported – no figures yet.',
} as const;

/** Lower is better: "không quá", "dưới", or marked so in `Chỉ tiêu`. */
export function isCeiling(t: Pick<Target, 'comparator' | 'lowerIsBetter'>): boolean {
  return t.lowerIsBetter || t.comparator === '<=' || t.comparator === '<';
}

/**
 * Attainment in percent of the target: achieved ÷ target for floors; target ÷ achieved for ceilings
 * (a ceiling of 0 kept is 100 %). Null where the ratio means nothing (a floor of 0, a result of 0
 * under a ceiling above 0).
 */
export function attainment(t: Pick<Target, 'comparator' | 'value' | 'lowerIsBetter'>, achieved: number): number | null {
  if (isCeiling(t)) {
    if (achieved <= EPS) return t.value > EPS ? null : 100;
    return (Math.max(t.value, 0) / achieved) * 100;
  }
  return t.value > EPS ? (achieved / t.value) * 100 : null;
}
