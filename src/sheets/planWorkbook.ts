import type { Plan } from '../domain/plan';
import { calendarSheet } from './calendarSheet';
import { commemorationsSheet } from './commemorationsSheet';
import { infoSheet } from './infoSheet';
import { SHEET } from './names';
import type { WorkbookSpec } from './spec';
import { targetsSheet } from './targetsSheet';
import { scheduleSheet } from './scheduleSheet';
import { tasksSheet } from './tasksSheet';
import { unitsSheet } from './unitsSheet';

/** The plan sheets: what the officer fills first, then what unionplan computes from it. */
export function planWorkbook(plan: Plan): WorkbookSpec {
  return {
    sheets: [infoSheet(plan.info), targetsSheet(plan), tasksSheet(plan), commemorationsSheet(plan), unitsSheet(plan), calendarSheet(plan), scheduleSheet(plan)],
    activeSheet: SHEET.info,
  };
}
