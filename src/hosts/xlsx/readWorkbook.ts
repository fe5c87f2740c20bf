import ExcelJS from 'exceljs';
import { UserError } from '../../domain/userError';
import type { CellValue } from '../../sheets/spec';
import { fromExcelJs } from './cellValue';

/** Every sheet's values from A1 to its last used cell, as the core's readers take them. */
export type WorkbookValues = Map<string, CellValue[][]>;

export function sheetValues(ws: ExcelJS.Worksheet): CellValue[][] {
  const rows = ws.actualRowCount === 0 ? 0 : ws.rowCount;
  const cols = ws.columnCount;
  const out: CellValue[][] = [];
  for (let r = 1; r <= rows; r++) {
    const row = ws.getRow(r);
    const line: CellValue[] = [];
    for (let c = 1; c <= cols; c++) line.push(fromExcelJs(row.getCell(c).value));
    out.push(line);
  }
  return out;
}

export async function loadWorkbook(data: Uint8Array | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as ArrayBuffer); // ExcelJS takes Buffer, ArrayBuffer or Uint8Array
  return wb;
}

export async function readWorkbookValues(data: Uint8Array | ArrayBuffer): Promise<WorkbookValues> {
  const wb = await loadWorkbook(data);
  return new Map(wb.worksheets.map((ws) => [ws.name, sheetValues(ws)]));
}

/** A workbook the user named (a path, a chosen file): one that will not open is refused naming it. */
export async function readNamedWorkbook(name: string, data: Uint8Array): Promise<WorkbookValues> {
  try {
    return await readWorkbookValues(data);
  } catch {
    throw new UserError('xlsx-invalid', `"${name}" không phải tệp Excel (.xlsx) hợp lệ, hoặc tệp bị hỏng hay có mật khẩu.`, `"${name}" is not a valid Excel (.xlsx) file, or it is damaged or password-protected.`, { file: name });
  }
}
