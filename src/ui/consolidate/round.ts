import type { Round } from '../../app/rounds';
import type { ChosenFile } from '../../app/workbook';
import { useSessionState } from '../session/useSessionState';

/*
 * The reporting round Tổng hợp works on (docs/rounds.md), shared by its steps: the forms ask for its
 * figures, the consolidation writes its sheets and compares it with last year, the report is its.
 */

/** The chosen round's code; null for the whole plan period. */
export const useRound = () => useSessionState<string | null>('consolidate.round', null);

/** The plan's rounds as last read (none before a plan is there). */
export const useRounds = () => useSessionState<Round[]>('consolidate.rounds', []);

/** Last year's summary file, to compare the round with. */
export const useLastYear = () => useSessionState<ChosenFile | null>('consolidate.lastYear', null);

/** On the standalone page, the last summary made: the next round's consolidation joins it, the report reads it. */
export const useLastSummary = () => useSessionState<ChosenFile | null>('consolidate.lastSummary', null);

/** The round to ask the actions for: the chosen one while the plan still has it. */
export function roundToAsk(chosen: string | null, rounds: readonly Round[]): string | undefined {
  return chosen !== null && rounds.some((r) => r.code === chosen) ? chosen : undefined;
}
