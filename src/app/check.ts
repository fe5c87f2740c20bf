import type { Finding } from '../domain/finding';
import { consolidatePlan } from '../domain/report/consolidate';
import { dateTimeStamp } from '../domain/vietnameseDate';
import { checkLeftovers } from '../sheets/check/checkLeftovers';
import { checkPlan, INPUT_SHEETS } from '../sheets/check/checkPlan';
import { findingsSheet } from '../sheets/findingsSheet';
import { SHEET } from '../sheets/names';
import { readText } from '../sheets/read/cells';
import { infoCells } from '../sheets/read/readInfo';
import { planMissingError } from '../sheets/read/planReadError';
import { readPlan } from '../sheets/read/readPlan';
import { sameSheetName, sheetNamed } from '../sheets/sheetName';
import { rewriteOwnSheets } from './consent';
import type { PlanFiles } from './planFiles';
import type { Skipped, Workbook } from './workbook';

export interface CheckRequest extends PlanFiles {
  /** The user agreed to replace a `Kiểm tra` sheet unionplan did not make. */
  takeOver?: boolean;
  /** When the user ran the check, as the sheet shows it. */
  now?: Date;
}

export interface CheckOutcome {
  findings: Finding[];
  /** Sheets written (the `Kiểm tra` sheet in a workbook; none for a chosen file, which is never changed). */
  sheets: string[];
  skipped: Skipped[];
}

/**
 * "Kiểm tra": every finding on the sheets the user types into, on what an interrupted write left
 * behind, and on the member report sheets against the plan (unknown codes and units, a unit twice,
 * another period, impossible values). In a workbook the findings are also written to `Kiểm tra`
 * (rebuilt each time, nothing else changes); a chosen file is the user's and is never rewritten.
 */
export async function check(wb: Workbook, request: CheckRequest = {}): Promise<CheckOutcome> {
  const read = await wb.read({ plan: [...INPUT_SHEETS, SHEET.units] });
  const values = read.plan.values;
  const planRead = readPlan(values);
  // No plan at all is one cause with one way out, not a list of every sheet it lacks.
  const missing = planRead.findings.filter((f) => f.code === 'sheet-missing');
  if (missing.length && missing.length === planRead.findings.length) throw planMissingError(missing.map((f) => f.sheet), read.plan.file);
  const findings = checkPlan(values, planRead);
  findings.push(...checkLeftovers(read.leftovers.incomplete.filter((s) => !sameSheetName(s, SHEET.check)), read.leftovers.retired));
  const held = await wb.readReports();
  findings.push(...held.findings);
  if (planRead.plan && held.reports.length) findings.push(...consolidatePlan(planRead.plan, held.reports).findings);
  if (wb.writesTo === 'files') return { findings, sheets: [], skipped: [] };

  const info = sheetNamed(values, SHEET.info);
  const org = info ? readText(infoCells(info).get('issuingBody')?.value) : '';
  const spec = { sheets: [findingsSheet(findings, org, dateTimeStamp(request.now ?? new Date()))], ...(findings.length ? { activeSheet: SHEET.check } : {}) };
  const written = await rewriteOwnSheets(wb, [{ name: 'kiem-tra.xlsx', spec }], request);
  return { findings, sheets: written.sheets, skipped: written.skipped };
}
