import { labelOf } from '../choice';
import { viNumber, viPercent } from '../numberText';
import { COMPARATORS } from '../target';
import type { TargetResult } from './consolidate';

/* How a target's plan and result read in sheets and reports: "≥ 90%", "106 đoàn viên", "95,5%". */

export type ResultFigures = Pick<TargetResult, 'comparator' | 'target' | 'percent' | 'unit' | 'rule' | 'result'>;

export const isShare = (t: Pick<TargetResult, 'percent' | 'rule'>) => t.percent || t.rule === 'ratio' || t.rule === 'unit-share';

export function plannedText(t: ResultFigures): string {
  return `${labelOf(COMPARATORS, t.comparator)} ${viNumber(t.target, 2)}${t.percent ? '%' : t.unit ? ` ${t.unit}` : ''}`;
}

/** "" when nobody answered. */
export function resultText(t: ResultFigures): string {
  if (t.result === null) return '';
  return isShare(t) ? viPercent(t.result, 2) : viNumber(t.result, 2);
}
