import type { CellValue, SheetSpec, WorkbookSpec } from '../../src/sheets/spec';
import { isFormula } from '../../src/sheets/spec';

/** The values a host would leave in each sheet before any formula is computed (formulas → null). */
export function specValues(spec: WorkbookSpec): Map<string, CellValue[][]> {
  return new Map(spec.sheets.map((s) => [s.name, sheetGrid(s)]));
}

export function sheetGrid(s: SheetSpec): CellValue[][] {
  const grid: CellValue[][] = [];
  for (const b of s.blocks)
    b.cells.forEach((line, i) => line.forEach((c, j) => {
      const r = b.at.row + i;
      while (grid.length <= r) grid.push([]);
      grid[r][b.at.col + j] = isFormula(c) ? null : c;
    }));
  const width = Math.max(...grid.map((l) => l.length));
  return grid.map((l) => Array.from({ length: width }, (_, j) => l[j] ?? null));
}
