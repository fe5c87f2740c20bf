import { planRounds, type Round } from '../domain/round';
import { INPUT_SHEETS } from '../sheets/check/checkPlan';
import { SHEET } from '../sheets/names';
import { readablePlan } from '../sheets/read/planReadError';
import type { Workbook } from './workbook';

/*
 * The reporting rounds (docs/rounds.md) as the pane's round picker needs them, through the app floor.
 */
export type { Round } from '../domain/round';
export { dayMonthYear, planRounds } from '../domain/round';

/** The plan's rounds, from table KyBaoCao (or its period's usual ones): one read of the plan sheets. */
export async function listRounds(wb: Workbook): Promise<Round[]> {
  const { plan } = await wb.read({ plan: [...INPUT_SHEETS, SHEET.units] });
  return planRounds(readablePlan(plan.values, plan.file));
}
