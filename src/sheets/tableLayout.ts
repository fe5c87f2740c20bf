import type { Block, CellContent, CellStyle, Rect, SheetSpec, StyledRect, TableSpec, ValidationRule, ValidationSpec } from './spec';
import { rowHeightFor } from './rowHeight';
import { COLOR, FONT, TABLE_STYLE, TITLE_SIZE } from './style';

/*
 * The shape shared by the data-entry sheets (Chỉ tiêu, Nhiệm vụ): a title, a subtitle, a hint line,
 * then an Excel Table whose columns are declared once with their header, width, format, validation
 * and the cell each model row produces.
 */

export const TITLE_ROW = 0;
export const SUBTITLE_ROW = 1;
export const HINT_ROW = 2;
export const HEADER_ROW = 3;
export const FIRST_DATA_ROW = HEADER_ROW + 1;

export interface ColumnValidation {
  rule: ValidationRule;
  message: string;
}

export interface ColumnDef<R> {
  key: string;
  header: string;
  width: number;
  style?: CellStyle;
  validation?: ColumnValidation;
  /** `sheetRow` is the 0-based sheet row of the cell, for formulas that refer to their own row. */
  cell: (row: R | undefined, sheetRow: number) => CellContent;
}

export interface TableSheetInput<R> {
  sheetName: string;
  tableName: string;
  title: string;
  subtitle: string;
  hint: string;
  columns: readonly ColumnDef<R>[];
  rows: readonly R[];
}

export type TableSheetParts = Pick<SheetSpec, 'columnWidths' | 'blocks' | 'merges' | 'styles' | 'tables' | 'validations' | 'freeze' | 'rowHeights'>;

export function columnIndexOf<R>(columns: readonly ColumnDef<R>[], key: string): number {
  const i = columns.findIndex((c) => c.key === key);
  if (i < 0) throw new RangeError(`no column ${key}`);
  return i;
}

export function tableSheetParts<R>(input: TableSheetInput<R>): TableSheetParts {
  const { columns, rows } = input;
  const width = columns.length;
  // An Excel Table needs a data row; a blank one invites the first entry.
  const dataRows = Math.max(rows.length, 1);
  const pad = (s: string): CellContent[] => [s, ...Array<CellContent>(width - 1).fill(null)];

  const header: CellContent[] = columns.map((c) => c.header);
  const data: CellContent[][] = Array.from({ length: dataRows }, (_, i) =>
    columns.map((c) => c.cell(rows[i], FIRST_DATA_ROW + i)),
  );
  const blocks: Block[] = [
    { at: { row: TITLE_ROW, col: 0 }, cells: [pad(input.title), pad(input.subtitle), pad(input.hint)] },
    { at: { row: HEADER_ROW, col: 0 }, cells: [header, ...data] },
  ];
  const fullRow = (row: number): Rect => ({ row, col: 0, rows: 1, cols: width });
  const dataCol = (col: number): Rect => ({ row: FIRST_DATA_ROW, col, rows: dataRows, cols: 1 });
  const tableRect: Rect = { row: HEADER_ROW, col: 0, rows: dataRows + 1, cols: width };

  const styles: StyledRect[] = [
    { rect: fullRow(TITLE_ROW), style: { bold: true, fontSize: TITLE_SIZE, horizontal: 'center' } },
    { rect: fullRow(SUBTITLE_ROW), style: { italic: true, horizontal: 'center' } },
    { rect: fullRow(HINT_ROW), style: { italic: true, fontSize: FONT.size - 2, fontColor: COLOR.hint, horizontal: 'left', wrap: true, vertical: 'top' } },
    { rect: fullRow(HEADER_ROW), style: { bold: true, wrap: true, horizontal: 'center', vertical: 'center' } },
    { rect: { row: FIRST_DATA_ROW, col: 0, rows: dataRows, cols: width }, style: { vertical: 'top', borders: true } },
    ...columns.flatMap((c, i) => (c.style ? [{ rect: dataCol(i), style: c.style }] : [])),
  ];
  const validations: ValidationSpec[] = columns.flatMap((c, i) =>
    c.validation
      ? [{ rect: dataCol(i), rule: c.validation.rule, error: { title: c.header, message: c.validation.message } }]
      : [],
  );
  const tables: TableSpec[] = [{ name: input.tableName, rect: tableRect, style: TABLE_STYLE }];
  return {
    columnWidths: columns.map((c) => c.width),
    rowHeights: [
      { row: HINT_ROW, height: rowHeightFor([input.hint], [columns.reduce((a, c) => a + c.width, 0)], false, FONT.size - 2) },
      ...[header, ...data].map((line, i) => ({
        row: HEADER_ROW + i,
        // The header row is bold: wider letters, sooner wrapped.
        height: rowHeightFor(line.map((c) => (typeof c === 'string' ? c : null)), columns.map((c) => c.width), i === 0),
      })),
    ],
    blocks,
    merges: [fullRow(TITLE_ROW), fullRow(SUBTITLE_ROW), fullRow(HINT_ROW)],
    styles,
    tables,
    validations,
    freeze: { rows: FIRST_DATA_ROW, cols: 0 },
  };
}
