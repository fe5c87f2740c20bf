import type { Plan } from '../../src/domain/plan';
import type { Unit } from '../../src/domain/report/unit';
import { FORM_COLUMNS, formHeaderRow, reportFormSheet } from '../../src/sheets/reportForm';
import type { Round } from '../../src/domain/round';
import { isFormula } from '../../src/sheets/spec';
import { SheetState } from './excelFake';
import type { Answer } from './forms';

/**
 * A filled report form placed straight into the fake workbook, as if inserted from a member's file:
 * the sheet's cells and its BaoCao table. Fast enough for thousands of sheets.
 */
export function formSheetState(plan: Plan, unit: Unit, sheetName: string, tableName: string, answers: Record<string, Answer>, round?: Round): SheetState {
  const spec = reportFormSheet(plan, unit, undefined, round);
  const s = new SheetState(sheetName);
  for (const b of spec.blocks) b.cells.forEach((line, i) => line.forEach((c, j) => {
    if (c === null || isFormula(c)) return;
    s.cells.set(`${b.at.row + i},${b.at.col + j}`, { formula: c });
  }));
  const col = (key: string) => FORM_COLUMNS.findIndex((c) => c.key === key);
  plan.targets.forEach((t, i) => {
    const a = answers[t.code];
    if (!a) return;
    const row = formHeaderRow(round) + 1 + i;
    if (a.result !== null) s.cells.set(`${row},${col('result')}`, { formula: a.result });
    if (a.base !== undefined && a.base !== null) s.cells.set(`${row},${col('base')}`, { formula: a.base });
    if (a.na) s.cells.set(`${row},${col('na')}`, { formula: 'Có' });
  });
  s.tables.push({ name: tableName, rect: spec.tables[0].rect });
  return s;
}
