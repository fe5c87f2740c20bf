import type { LastYearRow } from '../../domain/report/compare';
import type { Round } from '../../domain/round';
import { quotedList } from '../../domain/text';
import { UserError } from '../../domain/userError';
import { SHEET, summarySheetName } from '../names';
import { sameSheetName } from '../sheetName';
import type { CellValue } from '../spec';
import { SUMMARY_COLUMNS } from '../summarySheet';
import { readNumber, readText } from './cells';
import { readTable } from './readTable';

/*
 * Last year's summary, for "so với cùng kỳ" (domain/report/compare.ts): the sheet of the same round
 * ("Tổng hợp 6T"), or `Tổng hợp` when no round is consolidated. Only its code, text and sums are
 * read, since last year's plan is not at hand: a share is Σ numerators ÷ Σ bases again.
 */

export interface LastYearSummary {
  file: string;
  sheet: string;
  rows: LastYearRow[];
}

export function lastYearSummary(sheets: ReadonlyMap<string, readonly (readonly CellValue[])[]>, file: string, round: Round | null): LastYearSummary {
  const wanted = summarySheetName(round?.code);
  const found = [...sheets.keys()].find((n) => sameSheetName(n, wanted));
  if (!found) {
    const summaries = [...sheets.keys()].filter((n) => n.toLocaleLowerCase('vi').startsWith(SHEET.summary.toLocaleLowerCase('vi')));
    const has = summaries.length ? `Tệp có ${quotedList(summaries)}.` : 'Tệp không có trang tổng hợp nào của unionplan.';
    throw new UserError('compare-sheet-missing',
      `Tệp năm trước "${file}" không có trang "${wanted}" (cùng kỳ${round ? ` ${round.code}` : ''}) để so sánh. ${has} Hãy chọn tệp tổng hợp ${round ? `đợt ${round.code} ` : ''}của năm trước do unionplan tạo; không so sánh với kỳ khác.`,
      `Last year's file "${file}" has no "${wanted}" sheet (the same round) to compare with. ${summaries.length ? `It has ${quotedList(summaries)}.` : 'It has no unionplan summary sheet.'} Choose last year's summary of the same round; a different round is never compared.`,
      { file, sheet: wanted });
  }
  const values = sheets.get(found) ?? [];
  const table = readTable(found, values, SUMMARY_COLUMNS, ['code', 'text', 'numerator']);
  if (table.findings.length) {
    throw new UserError('compare-sheet-unreadable', `Tệp năm trước "${file}", trang "${found}": không tìm thấy các cột Mã, Chỉ tiêu, Tử số. Hãy chọn tệp tổng hợp do unionplan tạo.`, `Last year's file "${file}", sheet "${found}": columns Mã, Chỉ tiêu, Tử số not found. Choose a summary made by unionplan.`, { file, sheet: found });
  }
  const rows: LastYearRow[] = [];
  let previous = table.rows[0]?.row ?? 0;
  for (const r of table.rows) {
    // The table ends at its first blank row; the notes under it are not targets.
    if (r.row > previous + 1) break;
    previous = r.row;
    const code = readText(r.get('code'));
    const numerator = readNumber(r.get('numerator'));
    const base = readNumber(r.get('base'));
    if (!code || !numerator.ok || numerator.value === null) continue;
    const b = base.ok ? base.value : null;
    const share = b !== null;
    if (share && b <= 0) continue;
    rows.push({ code, text: readText(r.get('text')), value: share ? (numerator.value / b) * 100 : numerator.value, share, at: r.at('numerator') });
  }
  return { file, sheet: found, rows };
}
