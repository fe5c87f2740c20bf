import type { Finding } from '../../domain/finding';
import type { CellValue } from '../spec';
import { ruleFinding } from '../../domain/validation/ruleFinding';

/**
 * Numbers typed as text: Excel keeps "90" or "1.234" as text, which sums as nothing. Vietnamese
 * writes 1.234 for one thousand two hundred thirty-four, English 1,234; either, stored as text,
 * can be read as a decimal.
 */
export function checkNumberCell(sheet: string, cell: string, v: CellValue | undefined, label: string): Finding[] {
  if (typeof v !== 'string') return [];
  const s = v.trim();
  if (/^\d{1,3}([.,]\d{3})+$/.test(s)) {
    return [ruleFinding('number-separator-ambiguous', sheet, cell,
      `"${label}" ghi "${s}" dạng văn bản: có thể là ${s.replace(/[.,]/g, '')} hay ${s.replace(',', '.').replace(/\.(?=.*\.)/g, '')}. Hãy nhập số không có dấu phân cách hàng nghìn.`,
      `"${label}" holds "${s}" as text: it may mean ${s.replace(/[.,]/g, '')} or a decimal. Type the number without thousands separators.`, s)];
  }
  if (/^-?\d+([.,]\d+)?%?$/.test(s)) {
    return [ruleFinding('number-as-text', sheet, cell,
      `"${label}" là số nhưng lưu dạng văn bản ("${s}"): hãy nhập lại dạng số.`,
      `"${label}" is a number stored as text ("${s}"): retype it as a number.`, s)];
  }
  return [];
}
