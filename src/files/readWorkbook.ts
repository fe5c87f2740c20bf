import ExcelJS from 'exceljs';
import { UserError } from '../domain/userError';
import { cellA1 } from '../sheets/a1';
import type { CellValue } from '../sheets/spec';
import { fromExcelJs, isDateValue } from './cellValue';
import { excelLayout } from './packageParts';
import { inspectZip, tooBig, ZipRefused } from './zipGuard';

/** Every sheet's values from A1 to its last used cell, as the core's readers take them. */
export type WorkbookValues = Map<string, CellValue[][]>;

/**
 * The values, and by sheet the A1 addresses of the cells that hold a date or a time (a date or time
 * format on a number, or a cell typed as a date). The values carry dates as serials, as the readers
 * of month columns want; a reader of figures needs to know that 46143 was shown as 01/05/2026.
 */
export interface WorkbookCells {
  values: WorkbookValues;
  dated: Map<string, Set<string>>;
}

/**
 * The most cells a sheet may span (its last row × its last column holding a value). A member form
 * spans a few hundred; one stray value in XFD1048576 would otherwise ask for 17 billion.
 */
export const MAX_SHEET_CELLS = 2_000_000;

export class SheetTooLarge extends Error {
  constructor(readonly sheet: string, readonly rows: number, readonly cols: number) {
    super(`sheet ${sheet} spans ${rows} x ${cols} cells`);
  }
}

/** A sheet's values; the addresses of its date and time cells go into `dated` when given. */
export function sheetValues(ws: ExcelJS.Worksheet, dated?: Set<string>): CellValue[][] {
  // The extent of the values, not of formatting: a styled empty cell far away does not count.
  let rows = 0;
  let cols = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (_cell, c) => {
      if (r > rows) rows = r;
      if (c > cols) cols = c;
    });
  });
  if (rows * cols > MAX_SHEET_CELLS) throw new SheetTooLarge(ws.name, rows, cols);
  const out: CellValue[][] = [];
  for (let r = 1; r <= rows; r++) {
    const row = ws.getRow(r);
    const line: CellValue[] = [];
    for (let c = 1; c <= cols; c++) {
      const value = row.getCell(c).value;
      if (dated && isDateValue(value)) dated.add(cellA1({ row: r - 1, col: c - 1 }));
      line.push(fromExcelJs(value));
    }
    out.push(line);
  }
  return out;
}

export async function loadWorkbook(data: Uint8Array | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as ArrayBuffer); // ExcelJS takes Buffer, ArrayBuffer or Uint8Array
  return wb;
}

export async function readWorkbookCells(data: Uint8Array | ArrayBuffer): Promise<WorkbookCells> {
  // Sizes and cells are counted before ExcelJS builds anything (a zip bomb stops at the limit).
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  await inspectZip(bytes, 'xl/workbook.xml');
  // Files from openpyxl, Apache POI, LibreOffice, Google Sheets… laid out the way ExcelJS reads.
  const wb = await loadWorkbook(await excelLayout(bytes));
  // ExcelJS opens any zip (a renamed .docx too) as a workbook without sheets; Excel never saves one.
  if (!wb.worksheets.length) throw new Error('no worksheets');
  const dated = new Map<string, Set<string>>();
  const values: WorkbookValues = new Map(wb.worksheets.map((ws) => {
    const cells = new Set<string>();
    dated.set(ws.name, cells);
    return [ws.name, sheetValues(ws, cells)];
  }));
  return { values, dated };
}

export async function readWorkbookValues(data: Uint8Array | ArrayBuffer): Promise<WorkbookValues> {
  return (await readWorkbookCells(data)).values;
}

/** A workbook the user named (a path, a chosen file): one that will not open is refused naming it. */
export async function readNamedWorkbook(name: string, data: Uint8Array): Promise<WorkbookValues> {
  try {
    return await readWorkbookValues(data);
  } catch (e) {
    throw unreadableWorkbook(name, data, e);
  }
}

const startsWith = (data: Uint8Array, bytes: number[]) => bytes.every((b, i) => data[i] === b);

/** Why a file would not open, told from its first bytes: each case has its own remedy. */
export function unreadableWorkbook(name: string, data: Uint8Array, cause?: unknown): UserError {
  if (cause instanceof SheetTooLarge) {
    return new UserError('xlsx-too-large', `"${name}": trang "${cause.sheet}" trải trên ${cause.rows.toLocaleString('vi-VN')} dòng × ${cause.cols.toLocaleString('vi-VN')} cột (tối đa ${MAX_SHEET_CELLS.toLocaleString('vi-VN')} ô). Xóa các ô thừa ở cuối trang rồi gửi lại.`, `"${name}": sheet "${cause.sheet}" spans ${cause.rows} rows × ${cause.cols} columns (at most ${MAX_SHEET_CELLS} cells). Delete the stray cells at its end and send it again.`, { file: name, sheet: cause.sheet });
  }
  if (cause instanceof ZipRefused && cause.reason !== 'missing-part') return tooBig(name, cause);
  // An encrypted .xlsx, like an old .xls, is an OLE compound file, not a zip.
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return new UserError('xlsx-protected', `"${name}" có mật khẩu hoặc là tệp .xls cũ: mở bằng Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc) hoặc Lưu thành .xlsx, rồi gửi lại.`, `"${name}" is password-protected or an old .xls: open it in Excel, remove the password or save it as .xlsx, and send it again.`, { file: name });
  }
  if (!startsWith(data, [0x50, 0x4b])) {
    return new UserError('xlsx-not-zip', `"${name}" không phải tệp Excel (.xlsx): có thể là tệp khác bị đổi đuôi. Hãy mở bằng Excel và Lưu thành .xlsx.`, `"${name}" is not an Excel (.xlsx) file: perhaps another file renamed. Open it in Excel and save it as .xlsx.`, { file: name });
  }
  return new UserError('xlsx-invalid', `"${name}" không phải sổ làm việc Excel (.xlsx) hợp lệ hoặc bị hỏng: hãy mở bằng Excel, Lưu thành .xlsx rồi gửi lại.`, `"${name}" is not a valid Excel (.xlsx) workbook or is damaged: open it in Excel, save it as .xlsx and send it again.`, { file: name });
}

