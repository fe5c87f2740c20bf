import { viNumber } from '../numberText';
import type { LastYear } from './compare';
import type { TargetResult } from './consolidate';
import { amountText, isShare, percentFigure, type ReportPrecision, DEFAULT_PRECISION } from './resultText';

/* How a comparison with last year reads: in sheets as signed figures, in the report in words. */

type Figures = Pick<TargetResult, 'percent' | 'rule' | 'unit'>;

const sign = (x: number) => (x > 0 ? '+' : x < 0 ? '−' : '');

/** Last year's figure as the sheet shows it: "87,5%", "136". */
export function lastYearText(t: Figures, ly: LastYear): string {
  return isShare(t) ? `${viNumber(ly.value, 1)}%` : viNumber(ly.value, 2);
}

/** "+12", "−3", "+3,2 điểm %"; "" while this year has no result. */
export function changeText(t: Figures, ly: LastYear): string {
  if (ly.change === null) return '';
  const size = viNumber(Math.abs(ly.change), isShare(t) ? 1 : 2);
  return `${sign(ly.change)}${size}${isShare(t) ? ' điểm %' : ''}`;
}

/** "+8,8%" for a count; "" for a share (it changes in points) or when last year was 0. */
export function changePercentText(ly: LastYear): string {
  return ly.changePercent === null || ly.change === null ? '' : `${sign(ly.changePercent)}${viNumber(Math.abs(ly.changePercent), 1)}%`;
}

/**
 * The report's words: "tăng 12 đoàn viên (8,8%) so với cùng kỳ", "giảm 1,5 điểm % so với cùng kỳ",
 * "bằng cùng kỳ".
 */
export function changeWords(t: Figures, ly: LastYear, p: ReportPrecision = DEFAULT_PRECISION): string {
  if (ly.change === null) return '';
  if (Math.abs(ly.change) < 1e-9) return 'bằng cùng kỳ năm trước';
  const verb = ly.change > 0 ? 'tăng' : 'giảm';
  if (isShare(t)) return `${verb} ${viNumber(Math.abs(ly.change), p.percentDecimals)} điểm % so với cùng kỳ năm trước`;
  const pct = ly.changePercent === null ? '' : ` (${percentFigure(Math.abs(ly.changePercent), p)})`;
  return `${verb} ${amountText(t, Math.abs(ly.change), false, p)}${pct} so với cùng kỳ năm trước`;
}
