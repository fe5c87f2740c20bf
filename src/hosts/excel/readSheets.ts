import type { CellValue } from '../../sheets/spec';

/**
 * The values of several sheets, each from A1 to its last used cell, as the core's readers take them.
 * A missing sheet is absent from the map; an empty one maps to no rows. The reads are queued, so a
 * caller folds them into a sync it makes anyway; the map is ready after that sync.
 */
export function queueSheetReads(context: Excel.RequestContext, names: readonly string[]): () => Map<string, CellValue[][]> {
  const reads = names.map((name) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    // valuesOnly: formatting alone (a bordered empty table row) does not make a cell used.
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('values,rowIndex,columnIndex');
    return { name, sheet, used };
  });
  return () => {
    const out = new Map<string, CellValue[][]>();
    for (const { name, sheet, used } of reads) {
      if (sheet.isNullObject) continue;
      if (used.isNullObject) {
        out.set(name, []);
        continue;
      }
      out.set(name, fromA1(used.values as CellValue[][], used.rowIndex, used.columnIndex));
    }
    return out;
  };
}

/** A block read at (row, col) placed in a grid from A1, with Excel's "" for empty as null. */
export function fromA1(values: readonly (readonly CellValue[])[], rowIndex: number, columnIndex: number): CellValue[][] {
  const pad = (line: CellValue[]) => [...Array<CellValue>(columnIndex).fill(null), ...line];
  const rows = values.map((line) => pad(line.map((v) => (v === '' ? null : v))));
  const width = rows[0]?.length ?? 0;
  return [...Array.from({ length: rowIndex }, () => Array<CellValue>(width).fill(null)), ...rows];
}
