import { labelOf } from '../choice';
import { viFixed, viNumber, viPercent } from '../numberText';
import { COMPARATORS, type Comparator } from '../target';
import type { TargetResult } from './consolidate';

/* How a target's plan and result read in sheets and reports: "≥ 90%", "106 đoàn viên", "95,5%". */

export type ResultFigures = Pick<TargetResult, 'comparator' | 'target' | 'percent' | 'unit' | 'rule' | 'result'>;

export const isShare = (t: Pick<TargetResult, 'percent' | 'rule'>) => t.percent || t.rule === 'ratio' || t.rule === 'unit-share';

/** Working sheets show the symbol: "≥ 90%". */
export function plannedText(t: ResultFigures): string {
  return `${labelOf(COMPARATORS, t.comparator)} ${viNumber(t.target, 2)}${t.percent ? '%' : t.unit ? ` ${t.unit}` : ''}`;
}

/** "" when nobody answered. */
export function resultText(t: ResultFigures): string {
  if (t.result === null) return '';
  return isShare(t) ? viPercent(t.result, 2) : viNumber(t.result, 2);
}

/**
 * How a printed report writes figures (issue #18): comparators in words, every number with its unit,
 * and one precision for every computed percentage. `percentDecimals` is the report's setting.
 */
export interface ReportPrecision {
  percentDecimals: number;
}

export const DEFAULT_PRECISION: ReportPrecision = { percentDecimals: 1 };

/** The words a signer can defend, instead of ≥ > ≤ < =. */
export const COMPARATOR_WORDS: Record<Comparator, string> = {
  '>=': 'ít nhất', '>': 'trên', '<=': 'không quá', '<': 'dưới', '=': 'đúng',
};

/** A computed percentage at the report's precision: "94,0%". */
export function percentFigure(x: number, p: ReportPrecision = DEFAULT_PRECISION): string {
  return `${viFixed(x, p.percentDecimals)}%`;
}

/** An amount of the target's kind with its unit: "49 đoàn viên", "90%" (a plan value), "85,0%" (a result). */
export function amountText(t: Pick<ResultFigures, 'percent' | 'rule' | 'unit'>, value: number, computed: boolean, p: ReportPrecision = DEFAULT_PRECISION): string {
  if (isShare(t)) return computed ? percentFigure(value, p) : `${viNumber(value, 2)}%`;
  return t.unit ? `${viNumber(value, 2)} ${t.unit}` : viNumber(value, 2);
}

/** "ít nhất 50 đoàn viên", "trên 90%", "không quá 0 CĐCS" → "không có CĐCS nào". */
export function plannedWords(t: Pick<ResultFigures, 'comparator' | 'target' | 'percent' | 'rule' | 'unit'>): string {
  if ((t.comparator === '<=' || t.comparator === '=') && t.target === 0 && !isShare(t)) return `không có ${t.unit || 'trường hợp'} nào`;
  return `${COMPARATOR_WORDS[t.comparator]} ${amountText(t, t.target, false)}`;
}

/** The result as printed: "85,0%", "49 đoàn viên"; "–" when nobody answered. */
export function resultWords(t: ResultFigures, p: ReportPrecision = DEFAULT_PRECISION): string {
  return t.result === null ? '–' : amountText(t, t.result, true, p);
}
