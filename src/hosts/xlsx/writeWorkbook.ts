import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { isMarkName, MARK_DONE, MARK_PREFIX, markedSheet, markFormula } from '../../sheets/ownership';
import { matchKey } from '../../domain/text';
import { cellA1, rectA1 } from '../../sheets/a1';
import type { CellContent, CellStyle, HeaderFooter, SheetSpec, ValidationSpec, WorkbookSpec } from '../../sheets/spec';
import { serialToDate, toExcelJs } from '../../files/cellValue';

/* Applies sheet specs to an ExcelJS workbook: the .xlsx twin of the Office.js host. */

const MM_PER_INCH = 25.4;
const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

export function addSheets(wb: ExcelJS.Workbook, spec: WorkbookSpec): void {
  for (const s of spec.sheets) addSheet(wb, s);
  const activeTab = wb.worksheets.findIndex((w) => w.name === spec.activeSheet);
  if (activeTab >= 0) wb.views = [{ activeTab, x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, visibility: 'visible' }];
  // Excel recomputes on open: ExcelJS writes formulas without cached results.
  wb.calcProperties = { fullCalcOnLoad: true };
}

/** The .xlsx bytes; a Uint8Array so the same code runs in Node and in the standalone page. */
export async function writeWorkbook(spec: WorkbookSpec): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'unionplan';
  wb.created = new Date(0);
  wb.modified = new Date(0);
  addSheets(wb, spec);
  // The same marks the add-in leaves (sheets/ownership.ts): opened in Excel later, these sheets are known as unionplan's.
  spec.sheets.forEach((s, i) => wb.definedNames.add(markFormula(s.name).slice(1), `${MARK_PREFIX}${i + 1}`));
  return hideMarks(new Uint8Array(await wb.xlsx.writeBuffer()));
}

/**
 * The spec's sheets written onto a copy of an earlier workbook unionplan made (a summary holding
 * other rounds): its same-named sheets are replaced, the others kept as they are, and every sheet
 * marked as unionplan's before stays marked. The earlier file itself is never changed.
 */
export async function writeWorkbookOnto(base: Uint8Array, spec: WorkbookSpec): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(base as unknown as ArrayBuffer);
  const same = (a: string, b: string) => matchKey(a) === matchKey(b);
  const names = wb.definedNames.model;
  const marked = names.filter((n) => isMarkName(n.name)).flatMap((n) => n.ranges.map((r) => markedSheet(r))).filter((s): s is string => s !== null);
  for (const s of spec.sheets) {
    const old = wb.worksheets.find((w) => same(w.name, s.name));
    if (old) wb.removeWorksheet(old.id);
  }
  addSheets(wb, spec);
  const own = [...marked.filter((m) => wb.worksheets.some((w) => same(w.name, m)) && !spec.sheets.some((s) => same(s.name, m))), ...spec.sheets.map((s) => s.name)];
  wb.definedNames.model = names.filter((n) => !isMarkName(n.name));
  own.forEach((sheet, i) => wb.definedNames.add(markFormula(sheet).slice(1), `${MARK_PREFIX}${i + 1}`));
  return hideMarks(new Uint8Array(await wb.xlsx.writeBuffer()));
}

/** ExcelJS cannot hide a defined name or comment it: the marks get both in workbook.xml. */
async function hideMarks(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file('xl/workbook.xml');
  if (!part) return bytes;
  const xml = await part.async('string');
  zip.file('xl/workbook.xml', xml.split(`<definedName name="${MARK_PREFIX}`).join(`<definedName hidden="1" comment="${MARK_DONE}" name="${MARK_PREFIX}`));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function addSheet(wb: ExcelJS.Workbook, s: SheetSpec): void {
  const ws = wb.addWorksheet(s.name, {
    properties: s.tabColor ? { tabColor: { argb: argb(s.tabColor) } } : {},
    views: s.freeze ? [{ state: 'frozen', xSplit: s.freeze.cols, ySplit: s.freeze.rows }] : [],
  });
  s.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const c of s.hiddenColumns ?? []) ws.getColumn(c + 1).hidden = true;
  // Charts (s.charts) are left out: ExcelJS cannot draw them, and layouts made for this host say so in cells.
  for (const h of s.rowHeights ?? []) ws.getRow(h.row + 1).height = h.height;

  const contents = new Map<string, CellContent>();
  for (const b of s.blocks)
    b.cells.forEach((line, i) => line.forEach((c, j) => contents.set(`${b.at.row + i},${b.at.col + j}`, c)));
  const at = (row: number, col: number): CellContent => contents.get(`${row},${col}`) ?? null;
  const span = (n: number, from: number) => Array.from({ length: n }, (_, k) => from + k);

  // A table writes its own header and rows first; the cells below then rewrite the same values.
  for (const t of s.tables) {
    const cols = span(t.rect.cols, t.rect.col);
    ws.addTable({
      name: t.name,
      ref: cellA1(t.rect),
      headerRow: true,
      style: { theme: t.style as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
      columns: cols.map((c) => ({ name: String(at(t.rect.row, c)), filterButton: true })),
      rows: span(t.rect.rows - 1, t.rect.row + 1).map((r) => cols.map((c) => toExcelJs(at(r, c)))),
    });
  }

  const styles = new Map<string, CellStyle>();
  const touch = (row: number, col: number, st: CellStyle) => {
    const key = `${row},${col}`;
    styles.set(key, { ...(styles.get(key) ?? {}), ...st });
  };
  for (const [key, c] of contents) {
    if (c === null) continue;
    const [r, col] = key.split(',').map(Number);
    ws.getCell(r + 1, col + 1).value = toExcelJs(c);
    touch(r, col, {});
  }
  for (const st of s.styles) {
    for (let r = st.rect.row; r < st.rect.row + st.rect.rows; r++)
      for (let c = st.rect.col; c < st.rect.col + st.rect.cols; c++) touch(r, c, st.style);
  }
  for (const [key, st] of styles) {
    const [r, c] = key.split(',').map(Number);
    applyStyle(ws.getCell(r + 1, c + 1), st, s.font);
  }
  for (const m of s.merges) ws.mergeCells(rectA1(m));
  for (const v of s.validations) addValidation(ws, v);
  if (s.protection) {
    for (const u of s.protection.unlocked)
      for (let r = u.row; r < u.row + u.rows; r++)
        for (let c = u.col; c < u.col + u.cols; c++) ws.getCell(r + 1, c + 1).protection = { locked: false };
    // Without a password ExcelJS sets the protection at once; the promise only wraps hashing.
    void ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, autoFilter: true, sort: true });
  }
  for (const cf of s.conditionalFills) {
    ws.addConditionalFormatting({
      ref: rectA1(cf.rect),
      rules: [{
        type: 'expression', priority: 1, formulae: [cf.formula.replace(/^=/, '')],
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.fill) } }, ...(cf.fontColor ? { font: { color: { argb: argb(cf.fontColor) } } } : {}) },
      }],
    });
  }
  const p = s.print;
  const inch = (mm: number) => mm / MM_PER_INCH;
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: p.orientation,
    fitToPage: p.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: p.centerHorizontally ?? false,
    margins: { top: inch(p.margins.top), bottom: inch(p.margins.bottom), left: inch(p.margins.left), right: inch(p.margins.right), header: inch(8), footer: inch(8) },
    ...(p.titleRows ? { printTitlesRow: `${p.titleRows.first + 1}:${p.titleRows.last + 1}` } : {}),
    ...(p.area ? { printArea: rectA1(p.area) } : {}),
  };
  ws.headerFooter = {
    oddHeader: headerFooterText(p.header),
    oddFooter: headerFooterText(p.footer),
    ...(p.firstPageHeader ? { differentFirst: true, firstHeader: headerFooterText(p.firstPageHeader) ?? '', firstFooter: headerFooterText(p.footer) ?? '' } : {}),
  } as ExcelJS.HeaderFooter;
  // ExcelJS breaks after a (1-based) row: after row r0 - 1 (0-based), i.e. 1-based row r0.
  for (const r0 of p.rowBreaks ?? []) if (r0 > 0) ws.getRow(r0).addPageBreak();
}

function headerFooterText(h: HeaderFooter | undefined): string | undefined {
  if (!h) return undefined;
  const parts = [h.left ? `&L${h.left}` : '', h.center ? `&C${h.center}` : '', h.right ? `&R${h.right}` : ''].join('');
  return parts || undefined;
}

function applyStyle(cell: ExcelJS.Cell, st: CellStyle, font: SheetSpec['font']): void {
  cell.font = {
    name: font.name,
    size: st.fontSize ?? font.size,
    bold: st.bold ?? false,
    italic: st.italic ?? false,
    ...(st.underline ? { underline: true } : {}),
    ...(st.fontColor ? { color: { argb: argb(st.fontColor) } } : {}),
  };
  if (st.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(st.fill) } };
  if (st.horizontal || st.vertical || st.wrap) {
    cell.alignment = {
      ...(st.horizontal ? { horizontal: st.horizontal } : {}),
      ...(st.vertical ? { vertical: st.vertical === 'center' ? 'middle' : st.vertical } : {}),
      ...(st.wrap ? { wrapText: true } : {}),
    };
  }
  if (st.numberFormat) cell.numFmt = st.numberFormat;
  if (st.borders) {
    const thin = { style: 'thin' as const };
    cell.border = { top: thin, bottom: thin, left: thin, right: thin };
  } else if (st.topRule) cell.border = { top: { style: 'thin' } };
}

function addValidation(ws: ExcelJS.Worksheet, v: ValidationSpec): void {
  const r = v.rule;
  const base = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'stop' as const,
    errorTitle: v.error.title,
    error: v.error.message,
    ...(v.prompt ? { showInputMessage: true, promptTitle: v.prompt.title, prompt: v.prompt.message } : {}),
  };
  const dv: ExcelJS.DataValidation =
    r.kind === 'list'
      ? { ...base, type: 'list', formulae: [`"${r.values.join(',')}"`] }
      : r.kind === 'date'
        ? { ...base, type: 'date', operator: 'between', formulae: [serialToDate(r.min), serialToDate(r.max)] }
        : { ...base, type: r.kind, operator: 'between', formulae: [r.min, r.max] };
  // One rule for the whole range: ExcelJS's per-cell merging is quadratic in the number of cells.
  (ws as unknown as { dataValidations: { add(address: string, dv: ExcelJS.DataValidation): void } }).dataValidations.add(rectA1(v.rect), dv);
}
