import { matchKey } from '../text';
import type { Consolidation, TargetResult, UnitResult } from './consolidate';
import { missingUnitNames } from './headline';
import type { RatingLevel, Unit } from './unit';

/*
 * The counts a summary report states, taken once from a consolidation so the narrative, the tables
 * and the charts cannot disagree. Nothing is averaged: a group's score is the share of its units'
 * judged targets met, summed over the units (as each unit's own score is).
 */

export interface TargetCounts {
  total: number;
  exceeded: number;
  met: number;
  notMet: number;
  na: number;
  notReported: number;
}

export interface UnitAttention {
  code: string;
  name: string;
  /** Codes of the targets the unit did not meet. */
  notMet: string[];
  judged: number;
  score: number | null;
}

export interface GroupFigures {
  /** The unit type from `Đơn vị` ("CĐCS doanh nghiệp" …); "" for units without one. */
  name: string;
  units: number;
  reported: number;
  judged: number;
  passed: number;
  /** Percent of judged unit–target pairs met or exceeded; null when none was judged. */
  score: number | null;
}

/** The rating levels' thresholds, highest first: the basis every rating in the text states. */
export interface RatingBasis {
  levels: RatingLevel[];
  /** The lowest level a leader may hold (the second-highest level: "Hoàn thành tốt nhiệm vụ" by default). */
  leaderLevel: RatingLevel | null;
  /**
   * Targets whose text names a rating level ("80% CĐCS hoàn thành xuất sắc nhiệm vụ"): those count the
   * units' own evaluations, which the computed ratings must not be mistaken for.
   */
  ownRatingTargets: string[];
}

export interface ReportFigures {
  targets: TargetCounts;
  notMetTargets: TargetResult[];
  units: { expected: number; reported: number; missingNames: string[] };
  /** Units at each rating level, highest first, then the reported units without a rating. */
  ratings: { level: string; count: number }[];
  unrated: number;
  basis: RatingBasis;
  /** The best-ranked units (rank 1 to 3, ties included) among those rated at least `basis.leaderLevel`. */
  leaders: UnitResult[];
  /** Reported units rated below `basis.leaderLevel` (or unrated with a missed target), weakest first: never a leader. */
  attention: UnitAttention[];
  /** Present when the units fall into two or more types. */
  groups: GroupFigures[];
}

const round1 = (x: number) => Math.round(x * 10) / 10;

function judgedOf(u: UnitResult): { judged: number; passed: number; notMet: string[] } {
  let judged = 0;
  let passed = 0;
  const notMet: string[] = [];
  for (const [code, s] of Object.entries(u.statuses)) {
    if (s === 'met' || s === 'exceeded') { judged++; passed++; } else if (s === 'not-met') { judged++; notMet.push(code); }
  }
  return { judged, passed, notMet };
}

/** Leaders come from the top two levels (Hướng dẫn 1294: "Hoàn thành tốt nhiệm vụ" and above). */
const LEADER_LEVELS = 2;

export function ratingBasis(targets: readonly Pick<TargetResult, 'code' | 'text'>[], levels: readonly RatingLevel[]): RatingBasis {
  const sorted = [...levels].sort((a, b) => b.minScore - a.minScore);
  const names = sorted.map((l) => matchKey(l.name)).filter(Boolean);
  // "không hoàn thành nhiệm vụ" contains "hoàn thành nhiệm vụ": any level named is enough.
  const ownRatingTargets = targets.filter((t) => names.some((n) => matchKey(t.text).includes(n))).map((t) => t.code);
  return { levels: sorted, leaderLevel: sorted.length ? sorted[Math.min(LEADER_LEVELS, sorted.length) - 1] : null, ownRatingTargets };
}

export function reportFigures(c: Consolidation, units: readonly Unit[], levels: readonly RatingLevel[]): ReportFigures {
  const count = (s: TargetResult['status']) => c.targets.filter((t) => t.status === s).length;
  const reported = c.byUnit.filter((u) => u.reported);
  const basis = ratingBasis(c.targets, levels);
  const sortedLevels = basis.levels;
  const judged = new Map(c.byUnit.map((u) => [u.code, judgedOf(u)]));
  const leaderMin = basis.leaderLevel?.minScore ?? Infinity;
  const leads = (u: UnitResult) => u.score !== null && u.score >= leaderMin;

  const attention = reported
    .filter((u) => !leads(u))
    .map((u) => ({ code: u.code, name: u.name, score: u.score, ...(judged.get(u.code) as ReturnType<typeof judgedOf>) }))
    .filter((u) => u.notMet.length > 0)
    .sort((a, b) => (a.score ?? 0) - (b.score ?? 0) || b.notMet.length - a.notMet.length || a.code.localeCompare(b.code))
    .map(({ code, name, notMet, judged: j, score }) => ({ code, name, notMet, judged: j, score }));

  const typeOf = new Map(units.map((u) => [u.code, u.type.trim()]));
  const groupNames = [...new Set(c.byUnit.map((u) => typeOf.get(u.code) ?? ''))];
  const groups = groupNames.filter(Boolean).length >= 2
    ? groupNames.map((name) => {
        const members = c.byUnit.filter((u) => (typeOf.get(u.code) ?? '') === name);
        const j = members.reduce((n, u) => n + (judged.get(u.code)?.judged ?? 0), 0);
        const p = members.reduce((n, u) => n + (judged.get(u.code)?.passed ?? 0), 0);
        return { name, units: members.length, reported: members.filter((u) => u.reported).length, judged: j, passed: p, score: j ? round1((100 * p) / j) : null };
      })
    : [];

  return {
    targets: { total: c.targets.length, exceeded: count('exceeded'), met: count('met'), notMet: count('not-met'), na: count('na'), notReported: count('not-reported') },
    notMetTargets: c.targets.filter((t) => t.status === 'not-met'),
    units: { expected: c.units.expected, reported: c.units.reported, missingNames: missingUnitNames(c) },
    ratings: sortedLevels.map((l) => ({ level: l.name, count: reported.filter((u) => u.rating === l.name).length })),
    unrated: reported.filter((u) => !u.rating).length,
    basis,
    leaders: reported.filter((u) => leads(u) && u.rank !== null && u.rank <= 3).sort((a, b) => (a.rank as number) - (b.rank as number)),
    attention,
    groups,
  };
}
