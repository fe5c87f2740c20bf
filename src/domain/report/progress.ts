import type { Choice } from '../choice';
import type { Round } from '../round';
import type { Target } from '../target';
import { isCeiling } from './attainment';
import type { TargetResult } from './consolidate';

/*
 * Progress of a round against the time elapsed (docs/rounds.md): figures are cumulative from the
 * period's start and measured against the whole period's target, so by the 6-month cut-off (41,4 % of
 * the year) a count at 45 % of its target is on track. A target with no pro-rata meaning — a
 * ceiling, a count of units in a state, a single event ("tổ chức Đại hội"), or one marked so in its
 * note — gets "Không xét tiến độ".
 */

export type ProgressStatus = 'done' | 'on-track' | 'behind' | 'na';

export const PROGRESS_WORDS: readonly Choice<ProgressStatus>[] = [
  { code: 'done', vi: 'Đã đạt cả năm', en: 'Year target met' },
  { code: 'on-track', vi: 'Đúng tiến độ', en: 'On track' },
  { code: 'behind', vi: 'Chậm tiến độ', en: 'Behind' },
  { code: 'na', vi: 'Không xét tiến độ', en: 'Not applicable' },
];

/** Words in a target's text or note that take it out of the pro-rata reading. */
const ONE_OFF = /một lần|không xét tiến độ|không tính tiến độ|không theo tiến độ/i;

/** Whether a share of the target by a share of the time means anything for this target. */
export function isProRata(t: Pick<Target, 'comparator' | 'lowerIsBetter' | 'rule' | 'kind' | 'value' | 'text' | 'note'>): boolean {
  if (isCeiling(t) || t.comparator === '=') return false;
  if (t.rule === 'unit-count') return false;
  if (t.kind === 'count' && t.value <= 1) return false;
  return !ONE_OFF.test(`${t.text} ${t.note}`);
}

/**
 * A target's progress at a round: none while nobody reported; "Đã đạt cả năm" once a count reached
 * the whole target (a share can still fall, so it is only on track); on track while its attainment is
 * at least the time elapsed less the round's tolerance; behind otherwise.
 */
export function progressOf(t: Pick<TargetResult, 'result' | 'attainment' | 'status' | 'percent' | 'rule'>, proRata: boolean, round: Pick<Round, 'elapsed' | 'tolerance'>): ProgressStatus | null {
  if (t.result === null) return null;
  if (!proRata) return 'na';
  const share = t.percent || t.rule === 'ratio' || t.rule === 'unit-share';
  if (!share && (t.status === 'met' || t.status === 'exceeded')) return 'done';
  if (t.attainment === null) return 'na';
  return t.attainment >= round.elapsed - round.tolerance - 1e-9 ? 'on-track' : 'behind';
}

/** Each target's progress at the round, in the plan's order (the consolidation's targets follow it). */
export function withProgress<C extends { targets: TargetResult[] }>(c: C, targets: readonly Target[], round: Round | null): C {
  if (!round) return c;
  const byCode = new Map(targets.map((t) => [t.code, t]));
  return { ...c, targets: c.targets.map((r) => {
    const t = byCode.get(r.code);
    return { ...r, progress: progressOf(r, t ? isProRata(t) : false, round) };
  }) };
}
