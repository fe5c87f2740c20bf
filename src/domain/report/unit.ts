/** A member unit the upper level expects a report from (sheet `Đơn vị`). */
export interface Unit {
  code: string;
  name: string;
  /** "CĐCS doanh nghiệp", "CĐCS khu vực hành chính sự nghiệp", "Công đoàn ngành" … */
  type: string;
  parent: string;
  contact: string;
}

/**
 * A rating level (Hướng dẫn 1294/HD-TLĐ: four levels from "Hoàn thành xuất sắc nhiệm vụ" down) and
 * the lowest score that earns it. The thresholds are a setting of the workbook, not constants.
 */
export interface RatingLevel {
  name: string;
  minScore: number;
}

export const DEFAULT_RATING_LEVELS: readonly RatingLevel[] = [
  { name: 'Hoàn thành xuất sắc nhiệm vụ', minScore: 90 },
  { name: 'Hoàn thành tốt nhiệm vụ', minScore: 70 },
  { name: 'Hoàn thành nhiệm vụ', minScore: 50 },
  { name: 'Không hoàn thành nhiệm vụ', minScore: 0 },
];

/** The highest level whose threshold the score reaches; null without a score. */
export function ratingOf(score: number | null, levels: readonly RatingLevel[]): string | null {
  if (score === null) return null;
  const sorted = [...levels].sort((a, b) => b.minScore - a.minScore);
  return sorted.find((l) => score >= l.minScore)?.name ?? null;
}
