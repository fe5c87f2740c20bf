import { codeOf, type Choice } from '../../domain/choice';
import { serialToMonth } from '../../domain/excelDate';
import { isYearMonth, yearMonth, type YearMonth } from '../../domain/month';
import { matchKey, normalizeText } from '../../domain/text';
import { cellA1 } from '../a1';
import type { CellValue } from '../spec';

/*
 * Cell coercion for readers. Hosts hand over plain values (dates as serials); each reader turns them
 * into model fields and says why when it cannot. Text keeps the user's spelling, only NFC and trimmed.
 */

export type Read<T> = { ok: true; value: T } | { ok: false; why: { vi: string; en: string } };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = <T>(vi: string, en: string): Read<T> => ({ ok: false, why: { vi, en } });

export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && normalizeText(v) === '');
}

export function readText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  return String(v).normalize('NFC').trim();
}

export function readNumber(v: CellValue | undefined): Read<number | null> {
  if (isBlank(v)) return ok(null);
  if (typeof v === 'number' && Number.isFinite(v)) return ok(v);
  if (typeof v === 'string') {
    const s = normalizeText(v).replace(/\s/g, '');
    if (/^-?\d+([.,]\d+)?$/.test(s)) return ok(Number(s.replace(',', '.')));
  }
  return bad(`"${String(v)}" không phải là một số`, `"${String(v)}" is not a number`);
}

/** A month cell holds a date serial (any day of the month) or text such as "09/2025" or "2025-09". */
export function readMonth(v: CellValue | undefined): Read<YearMonth | null> {
  if (isBlank(v)) return ok(null);
  if (typeof v === 'number' && v > 0 && v < 2958466) return ok(serialToMonth(v));
  if (typeof v === 'string') {
    const s = normalizeText(v).replace(/^tháng\s*/i, '');
    let m = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(s);
    if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return ok(yearMonth(Number(m[2]), Number(m[1])));
    m = /^(\d{4})-(\d{2})$/.exec(s);
    if (m && isYearMonth(s)) return ok(s);
  }
  return bad(`"${String(v)}" không phải là tháng/năm (ví dụ 09/2025)`, `"${String(v)}" is not a month/year (e.g. 09/2025)`);
}

export function readChoice<C extends string>(choices: readonly Choice<C>[], v: CellValue | undefined): Read<C | null> {
  if (isBlank(v)) return ok(null);
  const code = codeOf(choices, String(v));
  if (code) return ok(code);
  const list = choices.map((c) => c.vi).join(', ');
  return bad(`"${String(v)}" không có trong danh sách (${list})`, `"${String(v)}" is not one of: ${choices.map((c) => c.en).join(', ')}`);
}

/**
 * Label–value pairs laid out as column A label, column B value (found by the label, so moved rows
 * still read): each key's value and the A1 address of its value cell. The first of a repeated label wins.
 */
export function cellsByLabel<K extends string>(values: readonly (readonly CellValue[])[], labels: ReadonlyArray<readonly [K, string]>, rows = values.length): Map<K, { value: CellValue; at: string }> {
  const byLabel = new Map(labels.map(([key, label]) => [matchKey(label), key]));
  const out = new Map<K, { value: CellValue; at: string }>();
  values.slice(0, rows).forEach((line, row) => {
    const key = typeof line?.[0] === 'string' ? byLabel.get(matchKey(line[0])) : undefined;
    if (key && !out.has(key)) out.set(key, { value: line[1] ?? null, at: cellA1({ row, col: 1 }) });
  });
  return out;
}
