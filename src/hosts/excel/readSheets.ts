import type { CellValue } from '../../sheets/spec';

/**
 * The values of several sheets in one sync, each from A1 to its last used cell, as the core's readers
 * take them. A missing sheet is absent from the map; an empty one maps to no rows.
 */
export async function readSheets(context: Excel.RequestContext, names: readonly string[]): Promise<Map<string, CellValue[][]>> {
  const reads = names.map((name) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    // valuesOnly: formatting alone (a bordered empty table row) does not make a cell used.
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('values,rowIndex,columnIndex');
    return { name, sheet, used };
  });
  await context.sync();
  const out = new Map<string, CellValue[][]>();
  for (const { name, sheet, used } of reads) {
    if (sheet.isNullObject) continue;
    if (used.isNullObject) {
      out.set(name, []);
      continue;
    }
    // The used range may start below or right of A1; the readers count from A1.
    const pad = (line: CellValue[]) => [...Array<CellValue>(used.columnIndex).fill(null), ...line];
    const rows = (used.values as CellValue[][]).map((line) => pad(line.map((v) => (v === '' ? null : v))));
    const width = rows[0]?.length ?? 0;
    out.set(name, [...Array.from({ length: used.rowIndex }, () => Array<CellValue>(width).fill(null)), ...rows]);
  }
  return out;
}
