import type { Plan } from '../domain/plan';
import type { Round } from '../domain/round';
import { TABLE } from './names';
import { reportFormSheet } from './reportForm';
import { safeSheetName } from './sheetName';
import type { WorkbookSpec } from './spec';

/**
 * Every unit's report form as a sheet of one workbook ("BC DN01", Table BaoCao1, BaoCao2…): for
 * officers who collect the figures themselves, or pass one workbook around. Sheet names are given
 * in the order of `Đơn vị`, so the same list always gives the same names.
 */
export function formSheetsWorkbook(plan: Plan, taken: readonly string[] = [], round?: Round | null): WorkbookSpec {
  const used = [...taken];
  const sheets = plan.units.map((u, i) => {
    // A round's forms are named after it ("BC DN01 6T"), so the 6-month figures stay beside the year's.
    const name = safeSheetName(`BC ${u.code}${round ? ` ${round.code}` : ''}`, used);
    used.push(name);
    const sheet = reportFormSheet(plan, u, undefined, round);
    return { ...sheet, name, tables: sheet.tables.map((t) => ({ ...t, name: `${TABLE.form}${round ? safeTableSuffix(round.code) : ''}${i + 1}` })) };
  });
  return { sheets, activeSheet: sheets[0]?.name };
}

/** A round's code as part of an Excel table name (letters, digits and "_" only): "6T" gives "_6T_". */
function safeTableSuffix(code: string): string {
  return `_${code.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'D').replace(/[^A-Za-z0-9]+/g, '')}_`;
}
