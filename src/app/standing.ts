import { periodCode, periodLabel } from '../domain/period';
import { matchKey } from '../domain/text';
import { INPUT_SHEETS } from '../sheets/check/checkPlan';
import { SHEET } from '../sheets/names';
import { readPlan } from '../sheets/read/readPlan';
import { sameSheetName } from '../sheets/sheetName';
import type { Workbook } from './workbook';

/** The plan as the line over each tab names it. */
export interface StandingPlan {
  org: string;
  /** "năm 2026" */
  periodLabel: string;
  /** "2026": the period as English text shows it. */
  periodCode: string;
  targets: number;
  tasks: number;
  units: number;
}

/**
 * Where the user stands in the year's job: is there a plan, are the forms made, is there a
 * consolidation, is the report written. Read by name and shape only, never the members' figures.
 */
export interface Standing {
  /** None when the plan's sheets are missing or hold errors (then `planErrors` counts them). */
  plan: StandingPlan | null;
  /** Errors in the plan sheets that keep it from being read; 0 when they are simply not there. */
  planErrors: number;
  /** Member form sheets held in the workbook (Excel's "BC" sheets). */
  formSheets: number;
  /** A `Tổng hợp` sheet exists, of any round. */
  summary: boolean;
  /** A `Báo cáo` (the summary report) exists. */
  report: boolean;
}

/** "Tổng hợp", "Tổng hợp 6T": a consolidation sheet of any round. */
function isSummarySheet(name: string): boolean {
  const key = matchKey(name);
  const summary = matchKey(SHEET.summary);
  return key === summary || key.startsWith(`${summary} `);
}

/**
 * Where the user stands, in one read of the plan sheets and the workbook's shape (one sync in
 * Excel). A workbook without a plan is an answer, not an error: the line then points to Tạo mới.
 */
export async function standing(wb: Workbook): Promise<Standing> {
  // `summary: []` reads no sheet of it, but brings the page's summary file into the inventory.
  const read = await wb.read({ plan: [...INPUT_SHEETS, SHEET.units], summary: [], inventory: true });
  const { plan, findings } = readPlan(read.plan.values);
  const errors = findings.filter((f) => f.severity === 'error');
  const missingOnly = errors.every((f) => f.code === 'sheet-missing');
  const sheets = read.inventory?.sheets ?? [...read.plan.values.keys()];
  return {
    plan: plan && !errors.length
      ? {
        org: plan.info.issuingBody,
        periodLabel: periodLabel(plan.info.period),
        periodCode: periodCode(plan.info.period),
        targets: plan.targets.length,
        tasks: plan.tasks.length,
        units: plan.units.length,
      }
      : null,
    planErrors: missingOnly ? 0 : errors.length,
    formSheets: read.inventory?.formSheets ?? 0,
    summary: sheets.some(isSummarySheet),
    report: sheets.some((s) => sameSheetName(s, SHEET.report)),
  };
}
