import type { Finding } from '../../domain/finding';
import type { Plan } from '../../domain/plan';
import { sheetNamed } from '../sheetName';
import { SHEET } from '../names';
import type { CellValue } from '../spec';
import { DEFAULT_COMMEMORATIONS } from '../../domain/calendar/commemoration';
import { readCommemorations } from './readCommemorations';
import { DEFAULT_RATING_LEVELS } from '../../domain/report/unit';
import { readInfo } from './readInfo';
import { readUnits } from './readUnits';
import { readRounds } from './readRounds';
import { readTargets } from './readTargets';
import { readTasks } from './readTasks';

export type SheetValues = readonly (readonly CellValue[])[];

/** Reads a plan from the values of its sheets (whatever host read them). */
export function readPlan(sheets: ReadonlyMap<string, SheetValues>): { plan: Plan | null; findings: Finding[] } {
  const find = (name: string) => sheetNamed(sheets, name);
  const missing = [SHEET.info, SHEET.targets, SHEET.tasks].filter((n) => !find(n));
  if (missing.length) {
    return {
      plan: null,
      findings: missing.map((n) => ({
        severity: 'error' as const, code: 'sheet-missing', sheet: n, cell: '',
        vi: `Thiếu trang tính "${n}". Hãy khôi phục trang tính đó, hoặc tạo lại bảng kế hoạch (thẻ Tạo mới).`,
        en: `Sheet "${n}" is missing. Restore it, or create the plan again (tab New).`,
      })),
    };
  }
  const info = readInfo(find(SHEET.info)!);
  if (!info.info) return { plan: null, findings: info.findings };
  const targets = readTargets(find(SHEET.targets)!);
  const tasks = readTasks(find(SHEET.tasks)!, info.info.period);
  // Workbooks made before `Ngày lễ` existed get the standard days.
  const days = find(SHEET.commemorations);
  const commemorations = days ? readCommemorations(days) : { commemorations: DEFAULT_COMMEMORATIONS.map((c) => ({ ...c })), findings: [] };
  // A grassroots union's workbook may have no `Đơn vị`: no members, standard thresholds.
  const unitValues = find(SHEET.units);
  const units = unitValues ? readUnits(unitValues) : { units: [], ratingLevels: DEFAULT_RATING_LEVELS.map((l) => ({ ...l })), findings: [] };
  const rounds = unitValues ? readRounds(unitValues, info.info.period) : { rounds: null, findings: [] };
  return {
    plan: { info: info.info, targets: targets.targets, tasks: tasks.tasks, commemorations: commemorations.commemorations, units: units.units, ratingLevels: units.ratingLevels, ...(rounds.rounds && { rounds: rounds.rounds }) },
    findings: [...info.findings, ...targets.findings, ...tasks.findings, ...commemorations.findings, ...units.findings, ...rounds.findings],
  };
}
