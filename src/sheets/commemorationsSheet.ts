import { choiceLabels, labelOf } from '../domain/choice';
import type { Commemoration } from '../domain/calendar/commemoration';
import type { Plan } from '../domain/plan';
import { YES_NO } from '../domain/target';
import { SHEET, TABLE } from './names';
import type { SheetSpec } from './spec';
import { a4Print, COLOR, FONT, NUMBER_FORMAT } from './style';
import { HEADER_ROW, tableSheetParts, type ColumnDef } from './tableLayout';

/*
 * Sheet `Ngày lễ`: the days the monthly schedules mark, as Table `NgayLe`. Prefilled with the days
 * every plan carries; the user adds their sector's own (1/8 ngành Tuyên giáo) or lunar days.
 */

const text = { numberFormat: NUMBER_FORMAT.text, wrap: true };

export const COMMEMORATION_COLUMNS: readonly ColumnDef<Commemoration>[] = [
  {
    key: 'day', header: 'Ngày', width: 7, style: { horizontal: 'center' },
    validation: { rule: { kind: 'whole', min: 1, max: 31 }, message: 'Ngày là số từ 1 đến 31 (âm lịch: 1 đến 30).' },
    cell: (c) => c?.day ?? null,
  },
  {
    key: 'month', header: 'Tháng', width: 7, style: { horizontal: 'center' },
    validation: { rule: { kind: 'whole', min: 1, max: 12 }, message: 'Tháng là số từ 1 đến 12.' },
    cell: (c) => c?.month ?? null,
  },
  {
    key: 'foundingYear', header: 'Năm bắt đầu', width: 10, style: { horizontal: 'center', numberFormat: '0' },
    validation: { rule: { kind: 'whole', min: 1000, max: 2100 }, message: 'Năm của sự kiện gốc (ví dụ 1929), để tính số năm kỷ niệm; để trống nếu không kỷ niệm theo năm.' },
    cell: (c) => c?.foundingYear ?? null,
  },
  { key: 'name', header: 'Tên ngày lễ, kỷ niệm', width: 52, style: text, cell: (c) => c?.name ?? null },
  {
    key: 'lunar', header: 'Âm lịch', width: 9, style: { horizontal: 'center' },
    validation: { rule: { kind: 'list', values: choiceLabels(YES_NO) }, message: 'Chọn "Có" nếu ngày tính theo âm lịch.' },
    cell: (c) => (c ? labelOf(YES_NO, c.lunar ? 'yes' : 'no') : null),
  },
  { key: 'note', header: 'Ghi chú', width: 30, style: text, cell: (c) => c?.note || null },
];

export function commemorationsSheet(plan: Plan): SheetSpec {
  const parts = tableSheetParts({
    sheetName: SHEET.commemorations,
    tableName: TABLE.commemorations,
    title: 'NGÀY LỄ, NGÀY KỶ NIỆM TRONG NĂM',
    subtitle: plan.info.issuingBody,
    hint: 'Lịch công tác tự ghi "Kỷ niệm … năm" từ Năm bắt đầu. Thêm ngày của ngành, đơn vị mình ở cuối bảng; ngày âm lịch chọn "Có".',
    columns: COMMEMORATION_COLUMNS,
    rows: plan.commemorations,
  });
  return {
    name: SHEET.commemorations,
    tabColor: COLOR.tab,
    font: FONT,
    conditionalFills: [],
    print: a4Print('portrait', plan.info.issuingBody, HEADER_ROW),
    ...parts,
  };
}
