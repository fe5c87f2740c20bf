import { choiceLabels, labelOf } from '../domain/choice';
import { monthToSerial } from '../domain/excelDate';
import type { Plan } from '../domain/plan';
import { periodLabel, type Period } from '../domain/period';
import { FREQUENCIES, TASK_STATUSES, type Task } from '../domain/task';
import { cellA1 } from './a1';
import { SHEET, TABLE } from './names';
import type { SheetSpec } from './spec';
import { a4Print, COLOR, FONT, NUMBER_FORMAT } from './style';
import { columnIndexOf, HEADER_ROW, tableSheetParts, type ColumnDef } from './tableLayout';

/* Sheet `Nhiệm vụ`: the plan's tasks as Table `NhiemVu`, with start and end months as real dates. */

const text = { numberFormat: NUMBER_FORMAT.text, wrap: true };
const month = { numberFormat: NUMBER_FORMAT.month, horizontal: 'center' as const };

function monthValidation(period: Period, what: string) {
  const from = monthToSerial(period.from);
  // Any day of the last month is accepted: users type the end of the month too.
  const to = monthToSerial(period.to) + 30;
  return {
    rule: { kind: 'date' as const, min: from, max: to },
    message: `${what}: nhập tháng trong kỳ kế hoạch (${periodLabel(period)}), dạng tháng/năm, ví dụ ${period.from.slice(5)}/${period.from.slice(0, 4)}.`,
  };
}

export function taskColumns(period: Period): ColumnDef<Task>[] {
  return [
    { key: 'no', header: 'STT', width: 5, style: { horizontal: 'center' }, cell: () => ({ formula: `=ROW()-ROW(${cellA1({ row: HEADER_ROW, col: 0 }, { row: true, col: true })})` }) },
    { key: 'section', header: 'Mục', width: 7, style: { numberFormat: NUMBER_FORMAT.text, horizontal: 'center' }, cell: (t) => t?.section || null },
    { key: 'content', header: 'Nội dung nhiệm vụ', width: 50, style: text, cell: (t) => t?.content ?? null },
    { key: 'responsible', header: 'Chủ trì', width: 16, style: text, cell: (t) => t?.responsible || null },
    { key: 'coordinating', header: 'Phối hợp', width: 16, style: text, cell: (t) => t?.coordinating || null },
    { key: 'timing', header: 'Thời gian', width: 16, style: text, cell: (t) => t?.timingText || null },
    { key: 'start', header: 'Bắt đầu', width: 10, style: month, validation: monthValidation(period, 'Bắt đầu'), cell: (t) => (t?.start ? monthToSerial(t.start) : null) },
    { key: 'end', header: 'Kết thúc', width: 10, style: month, validation: monthValidation(period, 'Kết thúc'), cell: (t) => (t?.end ? monthToSerial(t.end) : null) },
    {
      key: 'frequency', header: 'Tính chất', width: 14,
      validation: { rule: { kind: 'list', values: choiceLabels(FREQUENCIES) }, message: 'Chọn tính chất trong danh sách.' },
      cell: (t) => (t ? labelOf(FREQUENCIES, t.frequency) : null),
    },
    {
      key: 'status', header: 'Trạng thái', width: 16,
      validation: { rule: { kind: 'list', values: choiceLabels(TASK_STATUSES) }, message: 'Chọn trạng thái trong danh sách.' },
      cell: (t) => (t ? labelOf(TASK_STATUSES, t.status) : null),
    },
    { key: 'result', header: 'Kết quả', width: 22, style: text, cell: (t) => t?.result || null },
  ];
}

/** Column positions do not depend on the period; formulas on other sheets use them. */
const COLUMN_KEYS = taskColumns({ kind: 'year', from: '2000-01', to: '2000-12' });

export function taskColumn(key: string): number {
  return columnIndexOf(COLUMN_KEYS, key);
}

export function tasksSheet(plan: Plan): SheetSpec {
  const parts = tableSheetParts({
    sheetName: SHEET.tasks,
    tableName: TABLE.tasks,
    title: `NHIỆM VỤ, GIẢI PHÁP ${periodLabel(plan.info.period).toUpperCase()}`,
    subtitle: plan.info.issuingBody,
    hint: 'Bắt đầu/Kết thúc nhập dạng tháng/năm (09/2025). Nhiệm vụ "Thường xuyên" được đánh dấu ở mọi tháng trong trang Lịch tháng.',
    columns: taskColumns(plan.info.period),
    rows: plan.tasks,
  });
  return {
    name: SHEET.tasks,
    tabColor: COLOR.tab,
    font: FONT,
    conditionalFills: [],
    print: a4Print('landscape', plan.info.issuingBody, HEADER_ROW),
    ...parts,
  };
}
