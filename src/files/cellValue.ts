import type ExcelJS from 'exceljs';
import type { CellContent, CellValue } from '../sheets/spec';
import { isFormula } from '../sheets/spec';

/*
 * Conversions between the core's plain values and ExcelJS's cell values. Dates travel as serials in
 * the core; ExcelJS reads date-formatted cells as JS Dates at UTC midnight.
 */

const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

export function serialToDate(serial: number): Date {
  return new Date(EPOCH_MS + serial * DAY_MS);
}

export function dateToSerial(d: Date): number {
  return (d.getTime() - EPOCH_MS) / DAY_MS;
}

/** Strings are always written as strings: ExcelJS never turns "=…" text into a formula. */
export function toExcelJs(c: CellContent): ExcelJS.CellValue {
  if (isFormula(c)) return { formula: c.formula.replace(/^=/, '') } as ExcelJS.CellFormulaValue;
  return c;
}

/** Whether ExcelJS read the cell as a date: a number under a date or time format (or its formula's result). */
export function isDateValue(v: ExcelJS.CellValue): boolean {
  if (v instanceof Date) return true;
  return typeof v === 'object' && v !== null && 'result' in v && (v as { result?: unknown }).result instanceof Date;
}

export function fromExcelJs(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dateToSerial(v);
  if (typeof v === 'object') {
    if ('result' in v || 'formula' in v || 'sharedFormula' in v) {
      const r = (v as { result?: unknown }).result;
      if (r === undefined || r === null) return null;
      if (r instanceof Date) return dateToSerial(r);
      if (typeof r === 'object' && r && 'error' in r) return String((r as { error: string }).error);
      return r as CellValue;
    }
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v && 'hyperlink' in v) return fromExcelJs((v as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
    if ('error' in v) return String(v.error);
  }
  return null;
}
