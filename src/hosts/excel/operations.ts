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
  | { kind: 'rowHeight'; sheet: string; row: number; points: number }
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
/** Per-request overhead Office.js adds around each action, estimated generously. */
const ACTION_OVERHEAD = 120;

export function opBytes(op: Op): number {
  // A number format is sent as a full 2-D array, one entry per cell.
  const expanded = op.kind === 'format' && op.style.numberFormat ? op.rows * op.cols * (utf8Length(op.style.numberFormat) + 3) : 0;
  return utf8Length(JSON.stringify(op)) + ACTION_OVERHEAD * actionsOf(op) + expanded;
}

/** How many Office.js actions an op becomes: a format op sets each property (and each border edge) separately. */
function actionsOf(op: Op): number {
  if (op.kind !== 'format') return 1;
  const st = op.style;
  const props = Object.keys(st).filter((k) => k !== 'borders').length + (st.borders ? 6 : 0) + (op.font ? 2 : 0);
  return Math.max(1, props);
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
 * Text that Excel would not keep as typed is written with the apostrophe prefix (which Excel shows
 * as nothing): a formula or DDE call ("=HYPERLINK(…)", "=cmd|' /C calc'!A0", "+", "-", "@"), and text
 * it would turn into a number, date, time or boolean ("001", "3/2026", "8:30", "TRUE") — a unit code
 * "001" must not become 1. A leading apostrophe of the text itself is doubled so it survives.
 */
const COERCED = [
  /^[=+\-@']/,
  /^\s*[($]?\s*\d[\d\s.,]*(?:e[+-]?\d+)?\s*[%)]?\s*$/i,
  /^\s*\d{1,4}\s*[/.-]\s*\d{1,4}(?:\s*[/.-]\s*\d{1,4})?\s*$/,
  /^\s*\d{1,2}:\d{2}/,
  /^\s*(?:true|false)\s*$/i,
];

export function inert(c: CellContent): string | number | boolean | null {
  if (isFormula(c)) return c.formula;
  if (typeof c === 'string' && COERCED.some((re) => re.test(c))) return `'${c}`;
  return c;
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

export function sheetOps(s: SheetSpec, caps: ExcelCapabilities, budget = REQUEST_BUDGET): Op[] {
  const sheet = s.name;
  const a = (r: Rect) => rectA1(r);
  const ops: Op[] = [{ kind: 'addSheet', sheet, tabColor: s.tabColor }];
  s.columnWidths.forEach((w, col) => ops.push({ kind: 'columnWidth', sheet, col, points: charsToPoints(w) }));
  for (const h of s.rowHeights ?? []) ops.push({ kind: 'rowHeight', sheet, row: h.row, points: h.height });
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
