/*
 * What the pane's round picker needs of the reporting rounds (docs/rounds.md), through the app floor.
 */
export type { Round } from '../domain/round';
export { dayMonthYear, planRounds } from '../domain/round';
