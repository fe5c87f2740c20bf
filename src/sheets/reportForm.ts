import { choiceLabels, labelOf } from '../domain/choice';
import type { ReportLine } from '../domain/report/memberReport';
import { matchKey } from '../domain/text';
import type { Plan } from '../domain/plan';
import { periodCode, periodLabel, type Period } from '../domain/period';
import { dayMonthYear, periodStart, type Round } from '../domain/round';
import type { Unit } from '../domain/report/unit';
import { YES_NO, type Target } from '../domain/target';
import { SHEET, TABLE } from './names';
import { rowHeightFor } from './rowHeight';
import type { CellContent, Rect, SheetSpec, StyledRect, ValidationSpec, WorkbookSpec } from './spec';
import { a4Print, COLOR, FONT, NUMBER_FORMAT, officialPageHeader, TABLE_STYLE, TITLE_SIZE } from './style';
import type { ColumnDef } from './tableLayout';

/*
 * The report form a member unit fills (issue #6): its code, name and the period, locked; then Table
 * `BaoCao`, one row per target, where only Kết quả, Tổng số (for percentages and unit shares),
 * Không áp dụng and Ghi chú can be typed. The upper level reads it back with `readReport`.
 */

export const FORM_LABELS = { unitCode: 'Mã đơn vị', unitName: 'Tên đơn vị', period: 'Kỳ báo cáo', recipient: 'Gửi', round: 'Đợt báo cáo', cutOff: 'Số liệu đến ngày' } as const;
export const FORM_FIRST_LABEL_ROW = 2;
/** The table's header row on a form of the whole period; a round's form has two more label rows. */
export const FORM_HEADER_ROW = 7;
export const formHeaderRow = (round?: Round | null) => FORM_HEADER_ROW + (round ? 2 : 0);

/** What a round's form says of its figures: cumulative from the period's first day to the cut-off. */
export function cumulativeNote(period: Period, round: Round): string {
  return `Số liệu cộng dồn từ đầu kỳ (${dayMonthYear(periodStart(period))}) đến hết ngày ${dayMonthYear(round.cutOff)}, so với chỉ tiêu cả ${periodLabel(period)}.`;
}

/** What the unit types for each rule: a count, a part of a whole, or whether it meets the condition. */
export function formUnitText(t: Pick<Target, 'rule' | 'unit'>): string {
  switch (t.rule) {
    case 'ratio': return `${t.unit || 'người'}: số đạt / tổng số`;
    case 'unit-share': return 'Đơn vị đạt: 1 = đạt, 0 = chưa đạt (hoặc số đơn vị đạt / tổng số đơn vị)';
    case 'unit-count': return `Số ${t.unit || 'đơn vị'}`;
    default: return t.unit || 'Số lượng';
  }
}

export const needsBase = (t: Pick<Target, 'rule'>) => t.rule === 'ratio' || t.rule === 'unit-share';

const text = { numberFormat: NUMBER_FORMAT.text, wrap: true };
export const FORM_COLUMNS: readonly ColumnDef<Target>[] = [
  // Wide enough for the labels above the table ("Kỳ báo cáo" in bold).
  { key: 'code', header: 'Mã', width: 12, style: { numberFormat: NUMBER_FORMAT.text, horizontal: 'center' }, cell: (t) => t?.code ?? null },
  { key: 'text', header: 'Chỉ tiêu', width: 40, style: text, cell: (t) => t?.text ?? null },
  { key: 'unit', header: 'Đơn vị tính', width: 20, style: text, cell: (t) => (t ? formUnitText(t) : null) },
  { key: 'result', header: 'Kết quả', width: 11, style: { numberFormat: NUMBER_FORMAT.decimal }, cell: () => null },
  { key: 'base', header: 'Tổng số', width: 11, style: { numberFormat: NUMBER_FORMAT.decimal }, cell: () => null },
  { key: 'na', header: 'Không áp dụng', width: 11, style: { horizontal: 'center' }, cell: () => null },
  { key: 'note', header: 'Ghi chú', width: 24, style: text, cell: () => null },
];

const col = (key: string) => FORM_COLUMNS.findIndex((c) => c.key === key);

/**
 * `filled`: values already known (a roll-up of the level below), by target code. `round`: the
 * reporting round the form asks for (its name in the title, its code and cut-off in the locked head).
 */
export function reportFormSheet(plan: Plan, unit: Pick<Unit, 'code' | 'name'>, filled?: ReadonlyMap<string, ReportLine>, round?: Round | null): SheetSpec {
  const width = FORM_COLUMNS.length;
  const pad = (s: CellContent): CellContent[] => [s, ...Array<CellContent>(width - 1).fill(null)];
  const label = (l: string, v: string): CellContent[] => [l, v, ...Array<CellContent>(width - 2).fill(null)];
  const targets = plan.targets;
  const rows = Math.max(targets.length, 1);
  const headerRow = formHeaderRow(round);
  const labelRows = round ? 6 : 4;
  const hintRow = headerRow - 1;
  const first = headerRow + 1;
  const full = (row: number): Rect => ({ row, col: 0, rows: 1, cols: width });
  const dataCol = (key: string): Rect => ({ row: first, col: col(key), rows, cols: 1 });
  const head: CellContent[][] = [
    pad(`BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU ${(round ? round.name : periodLabel(plan.info.period)).toLocaleUpperCase('vi')}`),
    pad(plan.info.issuingBody ? `Kế hoạch của ${plan.info.issuingBody}` : ''),
    label(FORM_LABELS.unitCode, unit.code),
    label(FORM_LABELS.unitName, unit.name),
    label(FORM_LABELS.period, periodCode(plan.info.period)),
    label(FORM_LABELS.recipient, plan.info.issuingBody),
    ...(round ? [label(FORM_LABELS.round, round.code), label(FORM_LABELS.cutOff, dayMonthYear(round.cutOff))] : []),
    pad(`${round ? `${cumulativeNote(plan.info.period, round)} ` : ''}Chỉ nhập ở các cột Kết quả, Tổng số, Không áp dụng, Ghi chú. Tỷ lệ: Kết quả là số đạt, Tổng số là tổng số (45 trên 50). Không có đối tượng: chọn "Có" ở Không áp dụng, đừng ghi 0.`),
  ];
  const data: CellContent[][] = Array.from({ length: rows }, (_, i) => {
    const line = targets[i] ? filled?.get(matchKey(targets[i].code)) : undefined;
    const own: Record<string, CellContent> = line ? { result: line.result, base: line.base, na: line.na ? labelOf(YES_NO, 'yes') : null, note: line.note || null } : {};
    return FORM_COLUMNS.map((c) => (c.key in own ? own[c.key] : c.cell(targets[i], first + i)));
  });
  const noBase = targets.map((t, i) => ({ t, i })).filter(({ t }) => !needsBase(t));
  const styles: StyledRect[] = [
    { rect: full(0), style: { bold: true, fontSize: TITLE_SIZE, horizontal: 'center' } },
    { rect: full(1), style: { italic: true, horizontal: 'center' } },
    { rect: { row: FORM_FIRST_LABEL_ROW, col: 0, rows: labelRows, cols: 1 }, style: { bold: true, fill: COLOR.label } },
    { rect: { row: FORM_FIRST_LABEL_ROW, col: 1, rows: labelRows, cols: 1 }, style: { numberFormat: NUMBER_FORMAT.text } },
    { rect: full(hintRow), style: { italic: true, fontSize: FONT.size - 2, fontColor: COLOR.hint, wrap: true } },
    { rect: full(headerRow), style: { bold: true, wrap: true, horizontal: 'center', vertical: 'center' } },
    { rect: { row: first, col: 0, rows, cols: width }, style: { vertical: 'top', borders: true } },
    ...FORM_COLUMNS.flatMap((c) => (c.style ? [{ rect: dataCol(c.key), style: c.style }] : [])),
    // No base for counts: greyed and locked, so nobody types one.
    ...noBase.map(({ i }) => ({ rect: { row: first + i, col: col('base'), rows: 1, cols: 1 }, style: { fill: COLOR.label } })),
  ];
  const validations: ValidationSpec[] = [
    { rect: dataCol('result'), rule: { kind: 'decimal', min: 0, max: 1e9 }, error: { title: 'Kết quả', message: 'Nhập một số không âm (không ghi chữ, không ghi %).' } },
    { rect: dataCol('base'), rule: { kind: 'decimal', min: 0, max: 1e9 }, error: { title: 'Tổng số', message: 'Nhập tổng số (không âm) cho chỉ tiêu tỷ lệ.' } },
    { rect: dataCol('na'), rule: { kind: 'list', values: choiceLabels(YES_NO) }, error: { title: 'Không áp dụng', message: 'Chọn "Có" nếu đơn vị không có đối tượng của chỉ tiêu này.' } },
  ];
  const unlocked: Rect[] = [dataCol('result'), dataCol('na'), dataCol('note'), ...targets.map((t, i) => ({ t, i })).filter(({ t }) => needsBase(t)).map(({ i }) => ({ row: first + i, col: col('base'), rows: 1, cols: 1 }))];
  const widths = FORM_COLUMNS.map((c) => c.width);
  return {
    name: SHEET.form,
    tabColor: COLOR.tab,
    columnWidths: widths,
    rowHeights: [
      { row: hintRow, height: rowHeightFor([String(head[hintRow][0])], [widths.reduce((a, b) => a + b, 0) * 1.15]) },
      { row: headerRow, height: 33 },
      ...targets.map((t, i) => ({ row: first + i, height: rowHeightFor([null, t.text, formUnitText(t)], widths) })),
    ],
    font: FONT,
    blocks: [{ at: { row: 0, col: 0 }, cells: [...head, FORM_COLUMNS.map((c) => c.header), ...data] }],
    merges: [full(0), full(1), full(hintRow), ...Array.from({ length: labelRows }, (_, k) => ({ row: FORM_FIRST_LABEL_ROW + k, col: 1, rows: 1, cols: 3 }))],
    styles,
    tables: [{ name: TABLE.form, rect: { row: headerRow, col: 0, rows: rows + 1, cols: width }, style: TABLE_STYLE }],
    validations,
    conditionalFills: [],
    freeze: { rows: first, cols: 0 },
    // The unit sends it up as its own document: its name under the level above, and the motto.
    print: { ...a4Print('landscape', unit.name, headerRow), firstPageHeader: officialPageHeader(plan.info.issuingBody, unit.name) },
    protection: { unlocked },
  };
}

export function reportFormWorkbook(plan: Plan, unit: Pick<Unit, 'code' | 'name'>, filled?: ReadonlyMap<string, ReportLine>, round?: Round | null): WorkbookSpec {
  return { sheets: [reportFormSheet(plan, unit, filled, round)], activeSheet: SHEET.form };
}

const ascii = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');

/** "bao-cao-DN01.xlsx", "bao-cao-DN01-6T.xlsx" for a round: ASCII, so it survives every mail client and zip tool. */
export function formFileName(unitCode: string, roundCode?: string): string {
  const round = roundCode ? ascii(roundCode) : '';
  return `bao-cao-${ascii(unitCode) || 'don-vi'}${round ? `-${round}` : ''}.xlsx`;
}

