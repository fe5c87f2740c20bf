/*
 * A sheet's layout as plain data: what to write, how it looks, how it prints. Each sheet is described
 * once (src/sheets/*Sheet.ts) and applied by either host (Office.js or ExcelJS). Rows and columns are
 * 0-based here; A1 text is made only where a host or a formula needs it (see a1.ts).
 */

export type CellValue = string | number | boolean | null;

/** An English, comma-separated formula starting with "=", as `range.formulas` takes it. */
export interface Formula {
  formula: string;
}

export type CellContent = CellValue | Formula;

export function isFormula(c: CellContent): c is Formula {
  return typeof c === 'object' && c !== null && 'formula' in c;
}

export interface Cell {
  row: number;
  col: number;
}

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** A rectangle of cells written in one operation. Every row has the same length. */
export interface Block {
  at: Cell;
  cells: CellContent[][];
}

export type HAlign = 'left' | 'center' | 'right';
export type VAlign = 'top' | 'center' | 'bottom';

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string; // "#RRGGBB"
  fill?: string; // "#RRGGBB"
  horizontal?: HAlign;
  vertical?: VAlign;
  wrap?: boolean;
  numberFormat?: string;
  /** Thin borders on every edge of every cell of the range. */
  borders?: boolean;
  /** A thin line along the top edge only: the rules of the official header block (docs/domain.md#official-format). */
  topRule?: boolean;
  underline?: boolean;
}

export interface StyledRect {
  rect: Rect;
  style: CellStyle;
}

export interface TableSpec {
  name: string;
  /** Header row plus at least one data row (Excel tables cannot be empty). */
  rect: Rect;
  style: string;
}

export type ValidationRule =
  | { kind: 'list'; values: string[] }
  | { kind: 'decimal'; min: number; max: number }
  | { kind: 'whole'; min: number; max: number }
  /** Bounds are date serials. */
  | { kind: 'date'; min: number; max: number };

export interface ValidationSpec {
  rect: Rect;
  rule: ValidationRule;
  /** Shown when the user types something the rule refuses. */
  error: { title: string; message: string };
  prompt?: { title: string; message: string };
}

/** Fill cells where the formula is true; the formula is written for the top-left cell of `rect`. */
export interface ConditionalFillSpec {
  rect: Rect;
  formula: string;
  fill: string;
  fontColor?: string;
}

/** Header/footer sections in Excel's own code language ("&P" page number, "&N" page count). */
export interface HeaderFooter {
  left?: string;
  center?: string;
  right?: string;
}

export interface PrintSpec {
  orientation: 'portrait' | 'landscape';
  /** Fit all columns on one page width; rows flow onto as many pages as needed. */
  fitToWidth: boolean;
  /** First and last 0-based rows repeated at the top of each printed page. */
  titleRows?: { first: number; last: number };
  header?: HeaderFooter;
  footer?: HeaderFooter;
  /** A different header on the first page (an official document numbers its pages from page 2). */
  firstPageHeader?: HeaderFooter;
  /** Millimetres. */
  margins: { top: number; bottom: number; left: number; right: number };
  centerHorizontally?: boolean;
  /**
   * 0-based rows that start a new printed page. Excel ignores manual breaks on a sheet scaled to fit,
   * so a sheet with breaks sets `fitToWidth: false` and columns that fit the paper at 100 %.
   */
  rowBreaks?: number[];
  /** Print only this rectangle (one month of the schedule). */
  area?: Rect;
}

/**
 * A column chart over cells of the sheet: categories in the first column of `data`, one series per
 * further column (series names in its first row). Series listed in `lines` are drawn as lines (a
 * "100 %" mark). Hosts that cannot draw charts (ExcelJS) never receive one: the layout decides.
 */
export interface ChartSpec {
  title: string;
  data: Rect;
  lines: number[];
  /** The cells the chart covers. */
  anchor: Rect;
  valueAxisTitle?: string;
}

export interface SheetSpec {
  name: string;
  tabColor?: string;
  /** Widths in characters of the default font, from column A. */
  columnWidths: number[];
  rowHeights?: { row: number; height: number }[];
  font: { name: string; size: number };
  blocks: Block[];
  merges: Rect[];
  styles: StyledRect[];
  tables: TableSpec[];
  validations: ValidationSpec[];
  conditionalFills: ConditionalFillSpec[];
  freeze?: { rows: number; cols: number };
  print: PrintSpec;
  /** 0-based columns kept out of sight (bookkeeping the add-in reads back, never printed). */
  hiddenColumns?: number[];
  charts?: ChartSpec[];
  /** Protect the sheet (no password: it guards against slips, not people), leaving these cells editable. */
  protection?: { unlocked: Rect[] };
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  /** The sheet to show when the workbook opens. */
  activeSheet?: string;
  /** Cells to select once written (a host that can select). */
  select?: { sheet: string; rect: Rect };
}

export function rectOfBlock(b: Block): Rect {
  return { row: b.at.row, col: b.at.col, rows: b.cells.length, cols: b.cells[0]?.length ?? 0 };
}
