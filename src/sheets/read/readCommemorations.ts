import type { Commemoration } from '../../domain/calendar/commemoration';
import type { Finding } from '../../domain/finding';
import { YES_NO } from '../../domain/target';
import { COMMEMORATION_COLUMNS } from '../commemorationsSheet';
import { SHEET } from '../names';
import type { CellValue } from '../spec';
import { readChoice, readNumber, readText } from './cells';
import { cellProblem, requiredProblem, rowTaker } from './problem';
import { readTable } from './readTable';

/** The longest each solar month can be (29 February: leap years only, kept in those). */
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Reads sheet `Ngày lễ` back; a row with an impossible day or month is reported and left out. */
export function readCommemorations(values: readonly (readonly CellValue[])[]): { commemorations: Commemoration[]; findings: Finding[] } {
  const sheet = SHEET.commemorations;
  const table = readTable(sheet, values, COMMEMORATION_COLUMNS, ['day', 'month', 'name']);
  const findings = [...table.findings];
  const commemorations: Commemoration[] = [];
  for (const r of table.rows) {
    const before = findings.length;
    const take = rowTaker(sheet, r.at, findings);
    const whole = (key: string, label: string, min: number, max: number): number | null => {
      const v = take(key, readNumber(r.get(key)));
      if (v === null) return null;
      if (!Number.isInteger(v) || v < min || v > max) {
        findings.push(cellProblem(sheet, r.at(key), 'value-out-of-range', { vi: `${label} phải là số nguyên từ ${min} đến ${max}.`, en: `${label} must be a whole number from ${min} to ${max}.` }));
        return null;
      }
      return v;
    };
    const name = readText(r.get('name'));
    if (!name) findings.push(requiredProblem(sheet, r.at('name'), 'Tên ngày lễ, kỷ niệm'));
    const day = whole('day', 'Ngày', 1, 31);
    const month = whole('month', 'Tháng', 1, 12);
    if (day === null && readText(r.get('day')) === '') findings.push(requiredProblem(sheet, r.at('day'), 'Ngày'));
    if (month === null && readText(r.get('month')) === '') findings.push(requiredProblem(sheet, r.at('month'), 'Tháng'));
    const foundingYear = whole('foundingYear', 'Năm bắt đầu', 1000, 2100);
    const lunar = take('lunar', readChoice(YES_NO, r.get('lunar')));
    const longest = lunar === 'yes' ? 30 : month === null ? 31 : DAYS_IN_MONTH[month - 1];
    if (day !== null && day > longest) {
      findings.push(cellProblem(sheet, r.at('day'), 'date-impossible', { vi: `Tháng ${month}${lunar === 'yes' ? ' âm lịch' : ''} không có ngày ${day}.`, en: `Month ${month}${lunar === 'yes' ? ' (lunar)' : ''} has no day ${day}.` }));
    }
    if (findings.length > before || !name || day === null || month === null) continue;
    commemorations.push({ day, month, foundingYear, name, lunar: lunar === 'yes', note: readText(r.get('note')) });
  }
  return { commemorations, findings };
}
