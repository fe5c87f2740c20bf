import { serialToIso } from '../../domain/excelDate';
import { cellA1, columnLetters, rectA1 } from '../../sheets/a1';
import type { CellContent, CellStyle, PrintSpec, Rect, SheetSpec, ValidationRule, WorkbookSpec } from '../../sheets/spec';
import { isFormula } from '../../sheets/spec';
import type { ExcelCapabilities } from './capabilities';

/**
 * A sheet spec turned into the flat list of Office.js calls the executor makes, as plain data. Being
 * data, the list can be measured and cut into requests under Excel on the web's payload limit before
 * anything is sent, and tested without Office.
 */
export type Op =
  | { kind: 'addSheet'; sheet: string; tabColor?: string }
  | { kind: 'columnWidth'; sheet: string; col: number; points: number }
  | { kind: 'rowHeight'; sheet: string; row: number; rows: number; points: number }
  | { kind: 'format'; sheet: string; address: string; rows: number; cols: number; style: CellStyle; font?: { name: string; size: number } }
  | { kind: 'write'; sheet: string; address: string; formulas: (string | number | boolean | null)[][] }
  | { kind: 'table'; sheet: string; address: string; name: string; style: string }
  | { kind: 'merge'; sheet: string; address: string }
  | { kind: 'validation'; sheet: string; address: string; rule: Excel.DataValidationRule; error: { title: string; message: string } }
  | { kind: 'conditionalFill'; sheet: string; address: string; formula: string; fill: string; fontColor?: string }
  | { kind: 'freeze'; sheet: string; rows: number; cols: number }
  | { kind: 'hideColumns'; sheet: string; address: string }
  | { kind: 'chart'; sheet: string; data: string; anchor: { from: string; to: string }; title: string; lines: number[]; valueAxisTitle?: string }
  | { kind: 'unlock'; sheet: string; address: string }
  | { kind: 'protect'; sheet: string }
  | { kind: 'pageLayout'; sheet: string; print: PrintSpec }
  | { kind: 'activate'; sheet: string }
  | { kind: 'select'; sheet: string; address: string };

/** Excel on the web refuses requests over 5 MB; we stay under 4 MB. */
export const REQUEST_BUDGET = 4 * 1024 * 1024;
/**
 * Office.js sends a request as JSON (RichApi): every proxy object an op navigates (the sheet's range,
 * its format, a border edge, a table…) is an object path, and every call or property set an action,
 * each an object of ids and names of about 60–110 bytes besides its arguments. Counted generously,
 * so a request estimated under the budget stays under Excel on the web's 5 MB once serialised.
 */
const CALL_BYTES = 150;

/** The bytes of `calls` object paths and actions made outside the ops (ownership marks, renames). */
export function callBytes(calls: number): number {
  return CALL_BYTES * calls;
}

export function opBytes(op: Op): number {
  // A number format is sent as a full 2-D array, one entry per cell.
  const expanded = op.kind === 'format' && op.style.numberFormat ? op.rows * op.cols * (utf8Length(op.style.numberFormat) + 3) : 0;
  return utf8Length(JSON.stringify(op)) + CALL_BYTES * callsOf(op) + expanded;
}

/** Object paths plus actions an op becomes in queueOps (and, for a new sheet, in its ownership mark). */
function callsOf(op: Op): number {
  switch (op.kind) {
    case 'addSheet': return 7; // add, tab colour; the mark: names.add, visible, comment
    case 'columnWidth': case 'rowHeight': return 3; // range, format, width
    case 'format': {
      const st = op.style;
      const font = op.font || st.bold !== undefined || st.italic !== undefined || st.fontSize !== undefined || st.fontColor;
      const paths = 2 + (font ? 1 : 0) + (st.fill ? 1 : 0) + (st.borders ? 7 : 0);
      const sets = Object.keys(st).filter((k) => k !== 'borders').length + (op.font ? 2 : 0) + (st.borders ? 6 : 0);
      return paths + sets;
    }
    case 'write': case 'merge': case 'hideColumns': case 'protect': case 'select': return 2;
    case 'table': return 5; // tables, add, name, style
    case 'validation': case 'unlock': return 4;
    case 'conditionalFill': return 12;
    case 'freeze': return 3;
    case 'chart': return 14 + 2 * op.lines.length;
    case 'pageLayout': return 24 + 2 * (op.print.rowBreaks?.length ?? 0);
    case 'activate': return 1;
  }
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}

/**
 * Text is written so that Excel keeps it exactly as it is: Excel parses what an add-in writes as if
 * the user typed it (Range.values: a leading "+", "-" or "=" makes a formula), and its typing rules
 * are many and depend on locale and version — "001" and "1 1/2" become numbers, "5-Jan", "Jan-26",
 * "20/10" dates, "8:30" a time, "45%" and "10 ₫" a percentage and an amount, "TRUE" a boolean,
 * "#N/A" an error, "=HYPERLINK(…)", "+…", "-…", "@…" formulas or DDE calls. So the rule is broad, not
 * exact: text with any digit, text starting with = + - @ ' or # (after spaces, for #), and the
 * boolean words get the apostrophe prefix, which Excel keeps out of the value and never shows. A
 * leading apostrophe of the text itself is thereby doubled, so it survives. A cell holds at most
 * 32,767 characters (Excel specifications and limits): longer text is cut with "…", never refused.
 */
const MAY_BE_TYPED = [/\p{Nd}/u, /^[=+\-@']/, /^\s*#/, /^\s*(?:true|false)\s*$/i];
export const CELL_TEXT_LIMIT = 32_767;

export function inert(c: CellContent): string | number | boolean | null {
  if (isFormula(c)) return c.formula;
  if (typeof c !== 'string') return c;
  const text = c.length > CELL_TEXT_LIMIT - 1 ? `${c.slice(0, CELL_TEXT_LIMIT - 2).replace(/[\ud800-\udbff]$/, '')}…` : c;
  return MAY_BE_TYPED.some((re) => re.test(text)) ? `'${text}` : text;
}

/** 7 px per character of the default font plus 5 px padding, at 96 dpi: Excel's own column unit. */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

function validationRule(r: ValidationRule): Excel.DataValidationRule {
  switch (r.kind) {
    case 'list': return { list: { inCellDropDown: true, source: r.values.join(',') } };
    case 'decimal': return { decimal: { operator: 'Between', formula1: r.min, formula2: r.max } };
    case 'whole': return { wholeNumber: { operator: 'Between', formula1: r.min, formula2: r.max } };
    case 'date': return { date: { operator: 'Between', formula1: serialToIso(r.min), formula2: serialToIso(r.max) } };
  }
}

/** Splits a block into row bands so no single write exceeds the budget. */
function writeOps(sheet: string, at: { row: number; col: number }, cells: CellContent[][], budget: number): Op[] {
  const rows = cells.map((line) => line.map(inert));
  const sizes = rows.map((row) => utf8Length(JSON.stringify(row)));
  const out: Op[] = [];
  let start = 0;
  while (start < rows.length) {
    let end = start;
    let bytes = 0;
    while (end < rows.length && (end === start || bytes + sizes[end] < budget / 2)) {
      bytes += sizes[end];
      end++;
    }
    const band = rows.slice(start, end);
    out.push({ kind: 'write', sheet, address: rectA1({ row: at.row + start, col: at.col, rows: band.length, cols: band[0].length }), formulas: band });
    start = end;
  }
  return out;
}

/** Row heights, a run of consecutive rows of one height as one op (a printed calendar has thousands of rows). */
function rowHeightOps(sheet: string, heights: readonly { row: number; height: number }[]): Op[] {
  const out: Extract<Op, { kind: 'rowHeight' }>[] = [];
  // The last height given for a row wins, as when each was set in turn.
  const byRow = [...new Map(heights.map((h) => [h.row, h.height]))].sort(([a], [b]) => a - b);
  for (const [row, points] of byRow) {
    const run = out.at(-1);
    if (run && run.points === points && run.row + run.rows === row) run.rows++;
    else out.push({ kind: 'rowHeight', sheet, row, rows: 1, points });
  }
  return out;
}

export function sheetOps(s: SheetSpec, caps: ExcelCapabilities, budget = REQUEST_BUDGET): Op[] {
  const sheet = s.name;
  const a = (r: Rect) => rectA1(r);
  const ops: Op[] = [{ kind: 'addSheet', sheet, tabColor: s.tabColor }];
  s.columnWidths.forEach((w, col) => ops.push({ kind: 'columnWidth', sheet, col, points: charsToPoints(w) }));
  ops.push(...rowHeightOps(sheet, s.rowHeights ?? []));
  // The font covers everything written; number formats go before values so text columns keep text.
  const extent = s.blocks.reduce((e, b) => ({ rows: Math.max(e.rows, b.at.row + b.cells.length), cols: Math.max(e.cols, b.at.col + (b.cells[0]?.length ?? 0)) }), { rows: 1, cols: 1 });
  ops.push({ kind: 'format', sheet, address: a({ row: 0, col: 0, ...extent }), rows: extent.rows, cols: extent.cols, style: {}, font: s.font });
  for (const st of s.styles) ops.push({ kind: 'format', sheet, address: a(st.rect), rows: st.rect.rows, cols: st.rect.cols, style: st.style });
  for (const b of s.blocks) ops.push(...writeOps(sheet, b.at, b.cells, budget));
  for (const t of s.tables) ops.push({ kind: 'table', sheet, address: a(t.rect), name: t.name, style: t.style });
  for (const m of s.merges) ops.push({ kind: 'merge', sheet, address: a(m) });
  if (caps.dataValidation) {
    for (const v of s.validations) ops.push({ kind: 'validation', sheet, address: a(v.rect), rule: validationRule(v.rule), error: v.error });
  }
  for (const cf of s.conditionalFills) ops.push({ kind: 'conditionalFill', sheet, address: a(cf.rect), formula: cf.formula, fill: cf.fill, fontColor: cf.fontColor });
  if (s.freeze) ops.push({ kind: 'freeze', sheet, rows: s.freeze.rows, cols: s.freeze.cols });
  for (const c of s.hiddenColumns ?? []) ops.push({ kind: 'hideColumns', sheet, address: `${columnLetters(c)}:${columnLetters(c)}` });
  for (const ch of s.charts ?? []) {
    const end = { row: ch.anchor.row + ch.anchor.rows - 1, col: ch.anchor.col + ch.anchor.cols - 1 };
    ops.push({ kind: 'chart', sheet, data: a(ch.data), anchor: { from: cellA1(ch.anchor), to: cellA1(end) }, title: ch.title, lines: ch.lines, valueAxisTitle: ch.valueAxisTitle });
  }
  if (caps.pageLayout) ops.push({ kind: 'pageLayout', sheet, print: s.print });
  // Last: nothing may be written to the sheet once it is protected.
  if (s.protection) {
    for (const u of s.protection.unlocked) ops.push({ kind: 'unlock', sheet, address: a(u) });
    ops.push({ kind: 'protect', sheet });
  }
  return ops;
}

export function workbookOps(spec: WorkbookSpec, caps: ExcelCapabilities, budget = REQUEST_BUDGET): Op[] {
  const ops = spec.sheets.flatMap((s) => sheetOps(s, caps, budget));
  if (spec.activeSheet) ops.push({ kind: 'activate', sheet: spec.activeSheet });
  if (spec.select) ops.push({ kind: 'select', sheet: spec.select.sheet, address: rectA1(spec.select.rect) });
  return ops;
}

/** Groups ops into requests under the budget, keeping their order. */
export function batches(ops: Op[], budget = REQUEST_BUDGET): Op[][] {
  const out: Op[][] = [];
  let current: Op[] = [];
  let bytes = 0;
  for (const op of ops) {
    const b = opBytes(op);
    if (current.length && bytes + b > budget) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(op);
    bytes += b;
  }
  if (current.length) out.push(current);
  return out;
}
