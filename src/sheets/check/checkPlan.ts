import type { Finding } from '../../domain/finding';
import { sameSheetName, sheetNamed } from '../sheetName';
import { PLAN_SHEETS, SHEET } from '../names';
import { readPlan, type SheetValues } from '../read/readPlan';
import { columnIndex } from '../a1';
import { checkInfo } from './checkInfo';
import { checkRounds } from './checkRounds';
import { checkTargets } from './checkTargets';
import { checkTasks } from './checkTasks';
import { checkText } from './checkText';

/** The sheets the user types into; the others are computed by unionplan. */
export const INPUT_SHEETS: readonly string[] = [SHEET.info, SHEET.targets, SHEET.tasks, SHEET.commemorations];

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function position(cell: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  return m ? [Number(m[2]), columnIndex(m[1])] : [0, 0];
}

/**
 * Every finding on a plan workbook, in reading order (sheet, row, column): what reading it found
 * and the checks beyond. The same cell and rule are reported once. A caller that has read the plan
 * from these sheets already passes it as `read`, so it is not read twice.
 */
export function checkPlan(sheets: ReadonlyMap<string, SheetValues>, read: ReturnType<typeof readPlan> = readPlan(sheets)): Finding[] {
  const find = (name: string) => sheetNamed(sheets, name);
  const { plan, findings } = read;
  const out = [...findings];
  const info = find(SHEET.info);
  const targets = find(SHEET.targets);
  const tasks = find(SHEET.tasks);
  if (info) out.push(...checkInfo(info));
  if (targets) out.push(...checkTargets(targets));
  if (tasks && plan) out.push(...checkTasks(tasks, plan.info.period));
  const units = find(SHEET.units);
  if (units && plan) out.push(...checkRounds(units, plan.info.period));
  for (const name of INPUT_SHEETS) {
    const values = find(name);
    if (values) out.push(...checkText(name, values));
  }
  const seen = new Set<string>();
  const unique = out.filter((f) => {
    const key = `${f.code}|${f.sheet}|${f.cell}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const sheetRank = (s: string) => { const i = PLAN_SHEETS.findIndex((n) => sameSheetName(n, s)); return i < 0 ? PLAN_SHEETS.length : i; };
  return unique.sort((a, b) => {
    const [ra, ca] = position(a.cell);
    const [rb, cb] = position(b.cell);
    return sheetRank(a.sheet) - sheetRank(b.sheet) || ra - rb || ca - cb || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
  });
}
