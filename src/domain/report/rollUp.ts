import type { Consolidation } from './consolidate';
import type { MemberReport } from './memberReport';

/**
 * A consolidation as a report of the level above (docs/domain.md#consolidation: "a summary has the same shape as a
 * member report"): the sums go up, not the percentages, so the next level's Σ numerators ÷ Σ bases
 * equals consolidating every unit at once.
 */
export function rollUp(c: Consolidation, unit: { code: string; name: string }, periodCode: string): MemberReport {
  return {
    unitCode: unit.code,
    unitName: unit.name,
    periodCode,
    roundCode: c.round?.code ?? '',
    source: { file: null, sheet: 'Tổng hợp' },
    unitAt: '',
    lines: c.targets.map((t) => ({
      code: t.code,
      result: t.status === 'na' || t.numerator === null ? null : t.numerator,
      base: t.status === 'na' ? null : t.base,
      na: t.status === 'na',
      note: t.status === 'not-reported' ? 'Chưa đơn vị nào báo cáo' : '',
      at: '',
    })),
  };
}
