import { isoToSerial } from '../domain/excelDate';
import type { PlanInfo } from '../domain/plan';
import { periodCode, periodLabel } from '../domain/period';
import { cellA1 } from './a1';
import { SHEET } from './names';
import type { CellContent, SheetSpec } from './spec';
import { rowHeightFor } from './rowHeight';
import { a4Print, COLOR, FONT, NUMBER_FORMAT, TITLE_SIZE } from './style';

/*
 * Sheet `Thông tin`: the plan's header facts as label/value pairs in columns A and B. Readers find
 * a field by its label, so the rows may be moved; other sheets and reports take these facts from here.
 */

export type InfoField =
  | 'superiorBody' | 'issuingBody' | 'number' | 'place' | 'date' | 'title' | 'period' | 'periodName'
  | 'signerOnBehalf' | 'signerTitle' | 'signerName' | 'recipients' | 'placeDateLine';

interface InfoRow {
  field: InfoField;
  label: string;
  value: (info: PlanInfo, rowOf: (f: InfoField) => number) => CellContent;
  numberFormat?: string;
}

export const INFO_TITLE_ROW = 0;
export const INFO_HEADER_ROW = 2;
export const INFO_FIRST_ROW = 3;

export const INFO_ROWS: readonly InfoRow[] = [
  { field: 'superiorBody', label: 'Đơn vị cấp trên', value: (i) => i.superiorBody || null, numberFormat: NUMBER_FORMAT.text },
  { field: 'issuingBody', label: 'Đơn vị ban hành', value: (i) => i.issuingBody, numberFormat: NUMBER_FORMAT.text },
  { field: 'number', label: 'Số, ký hiệu', value: (i) => i.number || null, numberFormat: NUMBER_FORMAT.text },
  { field: 'place', label: 'Địa danh', value: (i) => i.place || null, numberFormat: NUMBER_FORMAT.text },
  { field: 'date', label: 'Ngày ban hành', value: (i) => (i.date ? isoToSerial(i.date) : null), numberFormat: NUMBER_FORMAT.date },
  { field: 'title', label: 'Tên kế hoạch', value: (i) => i.title || null, numberFormat: NUMBER_FORMAT.text },
  { field: 'period', label: 'Kỳ kế hoạch', value: (i) => periodCode(i.period), numberFormat: NUMBER_FORMAT.text },
  { field: 'periodName', label: 'Diễn giải kỳ', value: (i) => periodLabel(i.period), numberFormat: NUMBER_FORMAT.text },
  { field: 'signerOnBehalf', label: 'Thay mặt', value: (i) => i.signerOnBehalf || null, numberFormat: NUMBER_FORMAT.text },
  { field: 'signerTitle', label: 'Chức vụ người ký', value: (i) => i.signerTitle || null, numberFormat: NUMBER_FORMAT.text },
  { field: 'signerName', label: 'Người ký', value: (i) => i.signerName || null, numberFormat: NUMBER_FORMAT.text },
  { field: 'recipients', label: 'Nơi nhận (mỗi dòng một nơi)', value: (i) => i.recipients.join('\n') || null, numberFormat: NUMBER_FORMAT.text },
  { field: 'placeDateLine', label: 'Dòng địa danh, ngày tháng', value: (_i, rowOf) => ({ formula: placeDateFormula(rowOf('place'), rowOf('date')) }) },
];

export function infoRowOf(field: InfoField): number {
  return INFO_FIRST_ROW + INFO_ROWS.findIndex((r) => r.field === field);
}

/** The official date line ("Hà Nội, ngày 05 tháng 01 năm 2026"), live from place and date. */
function placeDateFormula(placeRow: number, dateRow: number): string {
  const p = cellA1({ row: placeRow, col: 1 });
  const d = cellA1({ row: dateRow, col: 1 });
  return `=IF(${d}="",${p},${p}&", ngày "&IF(DAY(${d})<10,"0","")&DAY(${d})&" tháng "&IF(MONTH(${d})<3,"0","")&MONTH(${d})&" năm "&YEAR(${d}))`;
}

export function infoSheet(info: PlanInfo): SheetSpec {
  const body = INFO_ROWS.map((r) => [r.label, r.value(info, infoRowOf)]);
  const n = INFO_ROWS.length;
  return {
    name: SHEET.info,
    tabColor: COLOR.tab,
    columnWidths: [30, 70],
    rowHeights: body.map((line, i) => ({ row: INFO_FIRST_ROW + i, height: rowHeightFor(line.map((c) => (typeof c === 'string' ? c : null)), [30, 70]) })),
    font: FONT,
    blocks: [
      { at: { row: INFO_TITLE_ROW, col: 0 }, cells: [['THÔNG TIN KẾ HOẠCH', null], ['Các trang tính khác và báo cáo lấy thông tin từ đây; sửa ở cột B.', null]] },
      { at: { row: INFO_HEADER_ROW, col: 0 }, cells: [['Mục', 'Nội dung'], ...body] },
    ],
    merges: [
      { row: INFO_TITLE_ROW, col: 0, rows: 1, cols: 2 },
      { row: INFO_TITLE_ROW + 1, col: 0, rows: 1, cols: 2 },
    ],
    styles: [
      { rect: { row: INFO_TITLE_ROW, col: 0, rows: 1, cols: 2 }, style: { bold: true, fontSize: TITLE_SIZE, horizontal: 'center' } },
      { rect: { row: INFO_TITLE_ROW + 1, col: 0, rows: 1, cols: 2 }, style: { italic: true, fontColor: COLOR.hint } },
      { rect: { row: INFO_HEADER_ROW, col: 0, rows: 1, cols: 2 }, style: { bold: true, fill: COLOR.header, horizontal: 'center', borders: true } },
      { rect: { row: INFO_FIRST_ROW, col: 0, rows: n, cols: 1 }, style: { bold: true, fill: COLOR.label, vertical: 'top', borders: true } },
      { rect: { row: INFO_FIRST_ROW, col: 1, rows: n, cols: 1 }, style: { wrap: true, vertical: 'top', borders: true } },
      ...INFO_ROWS.flatMap((r, i) =>
        r.numberFormat ? [{ rect: { row: INFO_FIRST_ROW + i, col: 1, rows: 1, cols: 1 }, style: { numberFormat: r.numberFormat, horizontal: 'left' as const } }] : [],
      ),
    ],
    tables: [],
    validations: [
      {
        rect: { row: infoRowOf('date'), col: 1, rows: 1, cols: 1 },
        rule: { kind: 'date', min: isoToSerial('1990-01-01'), max: isoToSerial('2100-12-31') },
        error: { title: 'Ngày ban hành', message: 'Nhập một ngày có thật, dạng ngày/tháng/năm, ví dụ 05/01/2026.' },
      },
    ],
    conditionalFills: [],
    freeze: { rows: INFO_FIRST_ROW, cols: 0 },
    print: a4Print('portrait', info.issuingBody),
  };
}
