import { findingsSummary, SEVERITY_WORDS, type Finding, type Severity } from '../domain/finding';
import { formulaString, quoteSheetName } from './a1';
import { SHEET, TABLE } from './names';
import type { CellContent, SheetSpec } from './spec';
import { a4Print, FONT, NUMBER_FORMAT } from './style';
import { HEADER_ROW, tableSheetParts, type ColumnDef } from './tableLayout';

const SEVERITY_FILL: Record<Severity, string> = { error: '#F8CBAD', warning: '#FFE699', info: '#DDEBF7' };

/** A link that works in Excel and LibreOffice without the add-in: `#'Nhiệm vụ'!G5`. */
function cellLink(f: Finding): CellContent {
  // A member's file is not in this workbook: its cell is named, not linked.
  if (!f.cell || f.sheet.includes('›')) return f.cell || null;
  return { formula: `=HYPERLINK(${formulaString(`#${quoteSheetName(f.sheet)}!${f.cell}`)},${formulaString(f.cell)})` };
}

const text = { numberFormat: NUMBER_FORMAT.text, wrap: true };

export const FINDING_COLUMNS: readonly ColumnDef<Finding>[] = [
  { key: 'severity', header: 'Mức độ', width: 10, style: { horizontal: 'center' }, cell: (f) => (f ? SEVERITY_WORDS[f.severity].vi : null) },
  { key: 'code', header: 'Mã', width: 22, style: text, cell: (f) => f?.code ?? null },
  { key: 'sheet', header: 'Trang tính', width: 13, style: text, cell: (f) => f?.sheet ?? null },
  { key: 'cell', header: 'Ô', width: 8, style: { horizontal: 'center', fontColor: '#0563C1' }, cell: (f) => (f ? cellLink(f) : null) },
  { key: 'message', header: 'Nội dung', width: 62, style: text, cell: (f) => f?.vi ?? null },
  { key: 'value', header: 'Giá trị', width: 18, style: text, cell: (f) => f?.value ?? null },
];

/**
 * Sheet `Kiểm tra`: the findings of the last check as Table `KiemTra` (severity, code, sheet, cell,
 * message, value), each cell address a link to the cell at fault, rewritten on every check. The
 * severity is a word and a colour, so the printout reads in black and white.
 * `checkedAt` is the time the user ran the check, as they should read it ("22/11/2026 23:05").
 */
export function findingsSheet(findings: readonly Finding[], orgName: string, checkedAt: string): SheetSpec {
  const parts = tableSheetParts({
    sheetName: SHEET.check,
    tableName: TABLE.check,
    title: 'KẾT QUẢ KIỂM TRA SỐ LIỆU',
    subtitle: `${orgName ? `${orgName} — ` : ''}kiểm tra lúc ${checkedAt}: ${findingsSummary(findings)}`,
    hint: 'Bấm vào địa chỉ ở cột "Ô" để đến ô cần sửa. Trang này được ghi lại mỗi lần kiểm tra; đừng nhập số liệu ở đây.',
    columns: FINDING_COLUMNS,
    rows: findings,
  });
  const first = HEADER_ROW + 1;
  const rect = { row: first, col: 0, rows: Math.max(findings.length, 1), cols: 1 };
  return {
    name: SHEET.check,
    tabColor: '#C00000',
    font: FONT,
    conditionalFills: findings.length
      ? (['error', 'warning', 'info'] as const).map((s) => ({ rect, formula: `=$A${first + 1}=${formulaString(SEVERITY_WORDS[s].vi)}`, fill: SEVERITY_FILL[s] }))
      : [],
    print: a4Print('landscape', orgName, HEADER_ROW),
    ...parts,
  };
}

