import { choiceLabels, labelOf } from '../domain/choice';
import type { Plan } from '../domain/plan';
import { periodLabel } from '../domain/period';
import { AGGREGATION_RULES, COMPARATORS, TARGET_KINDS, YES_NO, type Target } from '../domain/target';
import { cellA1, formulaString } from './a1';
import { SHEET, TABLE } from './names';
import type { SheetSpec } from './spec';
import { a4Print, COLOR, FONT, NUMBER_FORMAT } from './style';
import { columnIndexOf, HEADER_ROW, tableSheetParts, type ColumnDef } from './tableLayout';

/* Sheet `Chỉ tiêu`: the plan's targets as Table `ChiTieu`, one row per target. */

const text = { numberFormat: NUMBER_FORMAT.text, wrap: true };
const list = (values: string[], message: string) => ({ rule: { kind: 'list' as const, values }, message });
const MAX_VALUE = 1e9;

/** The column order is the reading order of a target: "≥ 90 % CĐCS, tổng hợp theo tỷ lệ đơn vị đạt". */
export const TARGET_COLUMNS: readonly ColumnDef<Target>[] = [
  { key: 'code', header: 'Mã', width: 8, style: { numberFormat: NUMBER_FORMAT.text, horizontal: 'center' }, cell: (t) => t?.code ?? null },
  { key: 'group', header: 'Nhóm', width: 14, style: text, cell: (t) => t?.group || null },
  { key: 'text', header: 'Nội dung chỉ tiêu', width: 46, style: text, cell: (t) => t?.text ?? null },
  {
    key: 'comparator', header: 'So sánh', width: 8, style: { horizontal: 'center' },
    validation: list(choiceLabels(COMPARATORS), 'Chọn một phép so sánh trong danh sách: ≥ > ≤ < ='),
    cell: (t) => (t ? labelOf(COMPARATORS, t.comparator) : null),
  },
  {
    key: 'value', header: 'Giá trị', width: 10, style: { numberFormat: NUMBER_FORMAT.decimal, horizontal: 'center' },
    validation: { rule: { kind: 'decimal', min: 0, max: MAX_VALUE }, message: 'Nhập một số không âm. Với chỉ tiêu tỷ lệ, nhập 90 cho 90%.' },
    cell: (t) => t?.value ?? null,
  },
  {
    key: 'kind', header: 'Loại', width: 11, style: { horizontal: 'center' },
    validation: list(choiceLabels(TARGET_KINDS), 'Chọn "Số lượng" hoặc "Tỷ lệ %".'),
    cell: (t) => (t ? labelOf(TARGET_KINDS, t.kind) : null),
  },
  { key: 'unit', header: 'Đơn vị tính', width: 14, style: text, cell: (t) => t?.unit || null },
  {
    key: 'base', header: 'Tổng số (cơ sở)', width: 11, style: { numberFormat: NUMBER_FORMAT.decimal },
    validation: { rule: { kind: 'decimal', min: 0, max: MAX_VALUE }, message: 'Tổng số (cơ sở) là một số không âm; để trống nếu kế hoạch không nêu.' },
    cell: (t) => t?.base ?? null,
  },
  {
    key: 'rule', header: 'Cách tổng hợp', width: 15,
    validation: list(choiceLabels(AGGREGATION_RULES), 'Chọn cách tổng hợp trong danh sách.'),
    cell: (t) => (t ? labelOf(AGGREGATION_RULES, t.rule) : null),
  },
  {
    key: 'lowerIsBetter', header: 'Càng thấp càng tốt', width: 12, style: { horizontal: 'center' },
    validation: list(choiceLabels(YES_NO), 'Chọn "Có" hoặc "Không".'),
    cell: (t) => (t ? labelOf(YES_NO, t.lowerIsBetter ? 'yes' : 'no') : null),
  },
  { key: 'summary', header: 'Diễn giải', width: 22, style: { wrap: true }, cell: (_t, row) => ({ formula: summaryFormula(row) }) },
  { key: 'note', header: 'Ghi chú', width: 18, style: text, cell: (t) => t?.note || null },
];

const col = (key: string) => columnIndexOf(TARGET_COLUMNS, key);

/**
 * "≥ 90%", "≥ 106 đoàn viên": the target in a few characters, computed live from the row so it
 * follows the user's edits. `targetSummary` is the same rule in TypeScript.
 */
function summaryFormula(row: number): string {
  const ref = (key: string) => cellA1({ row, col: col(key) }, { col: true });
  const [cmp, value, kind, unit] = [ref('comparator'), ref('value'), ref('kind'), ref('unit')];
  const percent = formulaString(labelOf(TARGET_KINDS, 'percent'));
  return `=IF(OR(${cmp}="",${value}=""),"",${cmp}&" "&${value}&IF(${kind}=${percent},"%",IF(${unit}="",""," "&${unit})))`;
}

export function targetSummary(t: Target): string {
  const unit = t.kind === 'percent' ? '%' : t.unit ? ` ${t.unit}` : '';
  return `${labelOf(COMPARATORS, t.comparator)} ${t.value}${unit}`;
}

export function targetsSheet(plan: Plan): SheetSpec {
  const parts = tableSheetParts({
    sheetName: SHEET.targets,
    tableName: TABLE.targets,
    title: `CHỈ TIÊU KẾ HOẠCH ${periodLabel(plan.info.period).toUpperCase()}`,
    subtitle: plan.info.issuingBody,
    hint: 'Mỗi dòng một chỉ tiêu. Tỷ lệ nhập 90 cho 90%. Cột "Diễn giải" tự tính; thêm dòng bằng phím Tab ở ô cuối bảng.',
    columns: TARGET_COLUMNS,
    rows: plan.targets,
  });
  return {
    name: SHEET.targets,
    tabColor: COLOR.tab,
    font: FONT,
    conditionalFills: [],
    print: a4Print('landscape', plan.info.issuingBody, HEADER_ROW),
    ...parts,
  };
}
