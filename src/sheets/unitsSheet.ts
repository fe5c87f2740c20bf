import { isoToSerial } from '../domain/excelDate';
import type { Plan } from '../domain/plan';
import { planRounds, type Round } from '../domain/round';
import type { RatingLevel, Unit } from '../domain/report/unit';
import { SHEET, TABLE } from './names';
import { rowHeightFor } from './rowHeight';
import type { CellContent, SheetSpec } from './spec';
import { a4Print, COLOR, FONT, NUMBER_FORMAT, TABLE_STYLE } from './style';
import { FIRST_DATA_ROW, HEADER_ROW, tableSheetParts, type ColumnDef } from './tableLayout';

/*
 * Sheet `Đơn vị`: the member units expected to report (Table `DonVi`) and, to its right, the rating
 * thresholds used to rank them (Table `XepLoai`), both edited by the user.
 */

const text = { numberFormat: NUMBER_FORMAT.text, wrap: true };

export const UNIT_COLUMNS: readonly ColumnDef<Unit>[] = [
  { key: 'code', header: 'Mã đơn vị', width: 11, style: { numberFormat: NUMBER_FORMAT.text, horizontal: 'center' }, cell: (u) => u?.code ?? null },
  { key: 'name', header: 'Tên đơn vị', width: 44, style: text, cell: (u) => u?.name ?? null },
  { key: 'type', header: 'Loại hình', width: 24, style: text, cell: (u) => u?.type || null },
  { key: 'parent', header: 'Trực thuộc', width: 22, style: text, cell: (u) => u?.parent || null },
  { key: 'contact', header: 'Liên hệ', width: 16, style: text, cell: (u) => u?.contact || null },
];

export const RATING_COLUMNS: readonly ColumnDef<RatingLevel>[] = [
  { key: 'name', header: 'Mức xếp loại', width: 30, style: text, cell: (l) => l?.name ?? null },
  {
    key: 'minScore', header: 'Điểm tối thiểu', width: 15, style: { numberFormat: NUMBER_FORMAT.decimal, horizontal: 'center' },
    validation: { rule: { kind: 'decimal', min: 0, max: 100 }, message: 'Điểm từ 0 đến 100: đơn vị đạt từ mức này trở lên được xếp loại này.' },
    cell: (l) => l?.minScore ?? null,
  },
];

/** Table `KyBaoCao`: the reporting rounds (docs/rounds.md), right of the rating levels. */
export const ROUND_COLUMNS: readonly ColumnDef<Round>[] = [
  { key: 'code', header: 'Mã kỳ báo cáo', width: 10, style: { numberFormat: NUMBER_FORMAT.text, horizontal: 'center' }, cell: (r) => r?.code ?? null },
  { key: 'name', header: 'Tên kỳ báo cáo', width: 26, style: text, cell: (r) => r?.name ?? null },
  { key: 'cutOff', header: 'Số liệu đến ngày', width: 12, style: { numberFormat: NUMBER_FORMAT.date, horizontal: 'center' }, cell: (r) => (r ? isoToSerial(r.cutOff) : null) },
  { key: 'elapsed', header: 'Thời gian đã qua (%)', width: 11, style: { numberFormat: '0.0', horizontal: 'center' }, cell: (r) => r?.elapsed ?? null },
  { key: 'tolerance', header: 'Cho phép chậm (điểm %)', width: 11, style: { numberFormat: '0.0', horizontal: 'center' }, cell: (r) => r?.tolerance ?? null },
];

/** One empty column between the tables. */
export const RATING_FIRST_COL = UNIT_COLUMNS.length + 1;
export const ROUND_FIRST_COL = RATING_FIRST_COL + RATING_COLUMNS.length + 1;

export function unitsSheet(plan: Plan): SheetSpec {
  const parts = tableSheetParts({
    sheetName: SHEET.units,
    tableName: TABLE.units,
    title: 'DANH SÁCH ĐƠN VỊ BÁO CÁO',
    subtitle: plan.info.issuingBody,
    hint: 'Mỗi dòng một đơn vị trực thuộc; mã đơn vị ghi trên mẫu báo cáo. Bên phải: điểm tối thiểu của từng mức xếp loại, rồi các kỳ báo cáo (mã, tên, ngày chốt số liệu, phần thời gian đã qua, mức chậm cho phép) — đều sửa được.',
    columns: UNIT_COLUMNS,
    rows: plan.units,
  });
  const levels = plan.ratingLevels;
  const rows = Math.max(levels.length, 1);
  const header: CellContent[] = RATING_COLUMNS.map((c) => c.header);
  const data: CellContent[][] = Array.from({ length: rows }, (_, i) => RATING_COLUMNS.map((c) => c.cell(levels[i], FIRST_DATA_ROW + i)));
  const col = RATING_FIRST_COL;
  const rounds = planRounds(plan);
  const roundRows = Math.max(rounds.length, 1);
  const rcol = ROUND_FIRST_COL;
  const roundData: CellContent[][] = Array.from({ length: roundRows }, (_, i) => ROUND_COLUMNS.map((c) => c.cell(rounds[i], FIRST_DATA_ROW + i)));
  const widths = [...(parts.columnWidths ?? []), 2, ...RATING_COLUMNS.map((c) => c.width), 2, ...ROUND_COLUMNS.map((c) => c.width)];
  return {
    name: SHEET.units,
    tabColor: COLOR.tab,
    font: FONT,
    conditionalFills: [],
    print: a4Print('landscape', plan.info.issuingBody, HEADER_ROW),
    ...parts,
    columnWidths: widths,
    rowHeights: mergeHeights(parts.rowHeights ?? [], [
      ...levels.map((l, i) => ({ row: FIRST_DATA_ROW + i, height: rowHeightFor([l.name], [RATING_COLUMNS[0].width]) })),
      { row: HEADER_ROW, height: rowHeightFor(ROUND_COLUMNS.map((c) => c.header), ROUND_COLUMNS.map((c) => c.width), true) },
      ...rounds.map((r, i) => ({ row: FIRST_DATA_ROW + i, height: rowHeightFor([null, r.name], ROUND_COLUMNS.slice(0, 2).map((c) => c.width)) })),
    ]),
    blocks: [...parts.blocks, { at: { row: HEADER_ROW, col }, cells: [header, ...data] }, { at: { row: HEADER_ROW, col: rcol }, cells: [ROUND_COLUMNS.map((c) => c.header), ...roundData] }],
    styles: [
      ...parts.styles,
      { rect: { row: HEADER_ROW, col, rows: 1, cols: RATING_COLUMNS.length }, style: { bold: true, wrap: true, horizontal: 'center', vertical: 'center' } },
      { rect: { row: FIRST_DATA_ROW, col, rows, cols: 1 }, style: { ...text, vertical: 'top', borders: true } },
      { rect: { row: FIRST_DATA_ROW, col: col + 1, rows, cols: 1 }, style: { ...RATING_COLUMNS[1].style, vertical: 'top', borders: true } },
      { rect: { row: HEADER_ROW, col: rcol, rows: 1, cols: ROUND_COLUMNS.length }, style: { bold: true, wrap: true, horizontal: 'center', vertical: 'center' } },
      ...ROUND_COLUMNS.map((c, k) => ({ rect: { row: FIRST_DATA_ROW, col: rcol + k, rows: roundRows, cols: 1 }, style: { ...c.style, vertical: 'top' as const, borders: true } })),
    ],
    tables: [
      ...parts.tables,
      { name: TABLE.ratings, rect: { row: HEADER_ROW, col, rows: rows + 1, cols: RATING_COLUMNS.length }, style: TABLE_STYLE },
      { name: TABLE.rounds, rect: { row: HEADER_ROW, col: rcol, rows: roundRows + 1, cols: ROUND_COLUMNS.length }, style: TABLE_STYLE },
    ],
    validations: [
      ...parts.validations,
      { rect: { row: FIRST_DATA_ROW, col: col + 1, rows, cols: 1 }, rule: { kind: 'decimal', min: 0, max: 100 }, error: { title: 'Điểm tối thiểu', message: 'Điểm từ 0 đến 100.' } },
      { rect: { row: FIRST_DATA_ROW, col: rcol + 2, rows: roundRows, cols: 1 }, rule: { kind: 'date', min: isoToSerial('1990-01-01'), max: isoToSerial('2100-12-31') }, error: { title: 'Số liệu đến ngày', message: 'Nhập một ngày (ngày/tháng/năm) trong kỳ kế hoạch.' } },
      { rect: { row: FIRST_DATA_ROW, col: rcol + 3, rows: roundRows, cols: 2 }, rule: { kind: 'decimal', min: 0, max: 100 }, error: { title: 'Tỷ lệ %', message: 'Nhập một số từ 0 đến 100.' } },
    ],
  };
}

/** Rows shared by both tables take the taller of the two heights. */
function mergeHeights(a: readonly { row: number; height: number }[], b: readonly { row: number; height: number }[]): { row: number; height: number }[] {
  const out = new Map<number, number>();
  for (const h of [...a, ...b]) out.set(h.row, Math.max(out.get(h.row) ?? 0, h.height));
  return [...out].map(([row, height]) => ({ row, height }));
}
