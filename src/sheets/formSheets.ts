import type { Plan } from '../domain/plan';
import { TABLE } from './names';
import { reportFormSheet } from './reportForm';
import { safeSheetName } from './sheetName';
import type { WorkbookSpec } from './spec';

/**
 * Every unit's report form as a sheet of one workbook ("BC DN01", Table BaoCao1, BaoCao2…): for
 * officers who collect the figures themselves, or pass one workbook around. Sheet names are given
 * in the order of `Đơn vị`, so the same list always gives the same names.
 */
export function formSheetsWorkbook(plan: Plan, taken: readonly string[] = []): WorkbookSpec {
  const used = [...taken];
  const sheets = plan.units.map((u, i) => {
    const name = safeSheetName(`BC ${u.code}`, used);
    used.push(name);
    const sheet = reportFormSheet(plan, u);
    return { ...sheet, name, tables: sheet.tables.map((t) => ({ ...t, name: `${TABLE.form}${i + 1}` })) };
  });
  return { sheets, activeSheet: sheets[0]?.name };
}
