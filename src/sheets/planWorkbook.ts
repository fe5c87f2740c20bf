import type { Plan } from '../domain/plan';
import { calendarSheet } from './calendarSheet';
import { infoSheet } from './infoSheet';
import { SHEET } from './names';
import type { WorkbookSpec } from './spec';
import { targetsSheet } from './targetsSheet';
import { tasksSheet } from './tasksSheet';

/** The four plan sheets, in the order an officer fills them. */
export function planWorkbook(plan: Plan): WorkbookSpec {
  return {
    sheets: [infoSheet(plan.info), targetsSheet(plan), tasksSheet(plan), calendarSheet(plan)],
    activeSheet: SHEET.info,
  };
}
