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
 * Met or not; "exceeded" only where going beyond is possible and meaningful: past a "≥" floor, or
 * under a "≤" ceiling above zero. "Trên 90%" is met by 95%, not exceeded.
 */
export function evaluate(t: Pick<Target, 'comparator' | 'value'>, achieved: number): 'exceeded' | 'met' | 'not-met' {
  if (!holds(achieved, t.comparator, t.value)) return 'not-met';
  if (t.comparator === '>=' && achieved > t.value + EPS) return 'exceeded';
  if (t.comparator === '<=' && t.value > 0 && achieved < t.value - EPS) return 'exceeded';
  return 'met';
}

/**
 * Attainment in percent of the target: achieved ÷ target for floors; target ÷ achieved for ceilings
 * (a ceiling of 0 kept is 100 %). Null where the ratio means nothing (a floor of 0).
 */
export function attainment(t: Pick<Target, 'comparator' | 'value' | 'lowerIsBetter'>, achieved: number): number | null {
  const lower = t.lowerIsBetter || t.comparator === '<=' || t.comparator === '<';
  if (lower) {
    if (achieved <= EPS) return 100;
    return (Math.max(t.value, 0) / achieved) * 100;
  }
  return t.value > EPS ? (achieved / t.value) * 100 : null;
}
