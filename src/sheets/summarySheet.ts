import { labelOf } from '../domain/choice';
import type { Finding } from '../domain/finding';
import { viNumber, viPercent } from '../domain/numberText';
import { periodLabel, type Period } from '../domain/period';
import { STATUS_WORDS, type UnitStatus } from '../domain/report/attainment';
import type { Consolidation, TargetResult, UnitResult } from '../domain/report/consolidate';
import { plannedText, resultText } from '../domain/report/resultText';
import { columnLetters, formulaString } from './a1';
import { findingsSheet } from './findingsSheet';
import { byUnitSheetName, SHEET, summarySheetName, TABLE } from './names';
import { dayMonthYear, type Round } from '../domain/round';
import { PROGRESS_WORDS, type ProgressStatus } from '../domain/report/progress';
import { changeText, changePercentText } from '../domain/report/compareText';
import { rowHeightFor } from './rowHeight';
import type { CellContent, ConditionalFillSpec, Rect, SheetSpec, StyledRect, WorkbookSpec } from './spec';
import { a4Print, COLOR, FONT, NUMBER_FORMAT, officialPageHeader, TITLE_SIZE } from './style';
import { FIRST_DATA_ROW, HEADER_ROW, tableSheetParts, type ColumnDef } from './tableLayout';

/*
 * The consolidation as sheets unionplan owns and rewrites on every refresh: `Tổng hợp` (one row per
 * target) and `Theo đơn vị` (units × targets, with score, rank and rating). Everything is a value
 * computed in the core — member data never becomes a formula. Status is a word and a colour.
 */

const STATUS_FILL: Record<UnitStatus, string> = {
  exceeded: '#A9D08E', met: '#C6EFCE', 'not-met': '#F8CBAD', na: '#EDEDED', 'not-reported': '#FFE699', reported: '#FFFFFF',
};
export const statusWord = (s: UnitStatus) => labelOf(STATUS_WORDS, s);
/** The statuses that get a colour ("reported" stays plain). */
const COLOURED = ['exceeded', 'met', 'not-met', 'na', 'not-reported'] as const;

export interface SummaryContext {
  orgName: string;
  period: Period;
  /** "22/11/2026 23:05": when the officer refreshed it. */
  at: string;
  /** The level above, for the official header of the first printed page. */
  superiorBody?: string;
  /** The round consolidated: the sheets are named after it and say its cut-off and progress. */
  round?: Round | null;
  /** Last year's summary the results were compared with, and this year's targets not found in it. */
  compared?: { file: string; unmatched: string[] } | null;
}

/** Printed like a document: the official header on the first page, the unit's name on the others. */
function summaryPrint(ctx: SummaryContext): ReturnType<typeof a4Print> {
  return { ...a4Print('landscape', ctx.orgName, HEADER_ROW), firstPageHeader: officialPageHeader(ctx.superiorBody ?? '', ctx.orgName) };
}


export const SUMMARY_COLUMNS: readonly ColumnDef<TargetResult & { expected: number }>[] = [
  { key: 'code', header: 'Mã', width: 8, style: { numberFormat: NUMBER_FORMAT.text, horizontal: 'center' }, cell: (t) => t?.code ?? null },
  { key: 'text', header: 'Chỉ tiêu', width: 40, style: { wrap: true }, cell: (t) => t?.text ?? null },
  { key: 'planned', header: 'Kế hoạch', width: 13, style: { horizontal: 'center', wrap: true }, cell: (t) => (t ? plannedText(t) : null) },
  { key: 'result', header: 'Kết quả', width: 13, style: { horizontal: 'right' }, cell: (t) => (t ? resultText(t) || null : null) },
  { key: 'numerator', header: 'Tử số (số đạt)', width: 11, style: { numberFormat: NUMBER_FORMAT.decimal }, cell: (t) => t?.numerator ?? null },
  { key: 'base', header: 'Mẫu số (tổng số)', width: 11, style: { numberFormat: NUMBER_FORMAT.decimal }, cell: (t) => t?.base ?? null },
  { key: 'attainment', header: 'Mức đạt so với chỉ tiêu (%)', width: 12, style: { numberFormat: '0.0' }, cell: (t) => (t?.attainment === null || t === undefined ? null : Math.round(t.attainment * 10) / 10) },
  { key: 'status', header: 'Đánh giá', width: 13, style: { horizontal: 'center', bold: true }, cell: (t) => (t ? statusWord(t.status) : null) },
  { key: 'reported', header: 'Đơn vị báo cáo', width: 10, style: { horizontal: 'center' }, cell: (t) => (t ? `${t.unitsReported}/${t.expected}` : null) },
  { key: 'meeting', header: 'Đơn vị đạt', width: 10, style: { horizontal: 'center' }, cell: (t) => t?.unitsMeeting ?? null },
];

type SummaryRow = TargetResult & { expected: number };

/** Columns a round adds (progress against time) and a comparison adds (last year, change). */
export const ROUND_COLUMNS: readonly ColumnDef<SummaryRow>[] = [
  { key: 'progress', header: 'Tiến độ', width: 13, style: { horizontal: 'center', bold: true, wrap: true }, cell: (t) => (t?.progress ? labelOf(PROGRESS_WORDS, t.progress) : null) },
];
export const COMPARE_COLUMNS: readonly ColumnDef<SummaryRow>[] = [
  // A number (a share in percent), so a report made later reads it back exactly.
  { key: 'lastYear', header: 'Cùng kỳ năm trước', width: 12, style: { horizontal: 'right', numberFormat: NUMBER_FORMAT.decimal }, cell: (t) => (t?.lastYear ? Math.round(t.lastYear.value * 100) / 100 : null) },
  { key: 'change', header: 'Tăng/giảm', width: 13, style: { horizontal: 'right', wrap: true }, cell: (t) => (t?.lastYear ? changeText(t, t.lastYear) || null : null) },
  { key: 'changePercent', header: 'Tăng/giảm (%)', width: 10, style: { horizontal: 'right' }, cell: (t) => (t?.lastYear ? changePercentText(t.lastYear) || null : null) },
];

export function summaryColumns(ctx: Pick<SummaryContext, 'round' | 'compared'>): ColumnDef<SummaryRow>[] {
  return [...SUMMARY_COLUMNS, ...(ctx.round ? ROUND_COLUMNS : []), ...(ctx.compared ? COMPARE_COLUMNS : [])];
}

/** What a round's sheets say under the title: the cut-off, the time elapsed, the tolerance. */
export function roundNote(round: Round, period: Period): string {
  return `Đợt ${round.code} (${round.name}): số liệu cộng dồn từ đầu kỳ đến hết ngày ${dayMonthYear(round.cutOff)}, so với chỉ tiêu cả ${periodLabel(period)}; thời gian đã qua ${viNumber(round.elapsed, 1)}%. Tiến độ: Đúng tiến độ khi mức đạt không thấp hơn phần thời gian đã qua quá ${viNumber(round.tolerance, 1)} điểm %, Chậm tiến độ khi thấp hơn, Đã đạt cả năm khi chỉ tiêu số lượng đã đạt; Không xét tiến độ với chỉ tiêu mức trần, đếm đơn vị, một lần (tổ chức Đại hội…) hoặc ghi "không xét tiến độ".`;
}

/** The progress word's colour, beside the word itself (never colour alone). */
const PROGRESS_FILL: Record<ProgressStatus, string> = { done: STATUS_FILL.exceeded, 'on-track': STATUS_FILL.met, behind: STATUS_FILL['not-met'], na: STATUS_FILL.na };

function progressFills(col: number, rows: number): ConditionalFillSpec[] {
  if (col < 0) return [];
  const anchor = `$${columnLetters(col)}${FIRST_DATA_ROW + 1}`;
  return PROGRESS_WORDS.map((w) => ({ rect: { row: FIRST_DATA_ROW, col, rows, cols: 1 }, formula: `=${anchor}=${formulaString(w.vi)}`, fill: PROGRESS_FILL[w.code] }));
}

function statusFills(rect: Rect, anchor: string): ConditionalFillSpec[] {
  return COLOURED.map((s) => ({ rect, formula: `=${anchor}=${formulaString(statusWord(s))}`, fill: STATUS_FILL[s] }));
}

export function summarySheet(c: Consolidation, ctx: SummaryContext): SheetSpec {
  const rows = c.targets.map((t) => ({ ...t, expected: c.units.expected }));
  const columns = summaryColumns(ctx);
  const round = ctx.round ?? null;
  const name = summarySheetName(round?.code);
  const parts = tableSheetParts({
    sheetName: name,
    // Table names are unique in a workbook: each round's summary has its own.
    tableName: round ? `${TABLE.summary}_${tableSafe(round.code)}` : TABLE.summary,
    title: `TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU ${(round ? round.name : periodLabel(ctx.period)).toLocaleUpperCase('vi')}`,
    subtitle: `${ctx.orgName} — ${round ? `số liệu đến ${dayMonthYear(round.cutOff)} — ` : ''}${c.units.reported}/${c.units.expected} đơn vị đã báo cáo (tổng hợp lúc ${ctx.at})`,
    hint: `${round ? `${roundNote(round, ctx.period)} ` : ''}${ctx.compared ? `Cùng kỳ năm trước: tệp ${ctx.compared.file}; tỷ lệ so sánh bằng điểm %, số lượng bằng số và %. ` : ''}Tỷ lệ tính bằng tổng số đạt chia tổng số của các đơn vị (không lấy trung bình); đơn vị không áp dụng hoặc chưa báo cáo không tính là 0. Đánh giá: Vượt khi mức đạt trên 100%, Đạt khi bằng 100%, Không đạt khi chưa đạt điều kiện của chỉ tiêu (như nhau cho mọi chỉ tiêu). Trang này được ghi lại mỗi lần tổng hợp.`,
    columns,
    rows,
  });
  const statusCol = columns.findIndex((k) => k.key === 'status');
  const dataRows = Math.max(rows.length, 1);
  const after = FIRST_DATA_ROW + dataRows + 1;
  const width = columns.length;
  const missing = [
    c.units.missing.length
      ? `Chưa báo cáo (${c.units.missing.length}): ${c.units.missing.map((code, i) => `${c.units.missingNames[i] || code} (${code})`).join('; ')}.`
      : 'Tất cả đơn vị đã báo cáo.',
    ...(ctx.compared?.unmatched.length ? [` Không có trong tổng hợp năm trước nên không so sánh (${ctx.compared.unmatched.length}): ${ctx.compared.unmatched.join('; ')}.`] : []),
  ].join('');
  const widths = columns.map((k) => k.width);
  return {
    name,
    tabColor: COLOR.tab,
    font: FONT,
    ...parts,
    rowHeights: [...(parts.rowHeights ?? []), { row: HEADER_ROW, height: 48 }, { row: after, height: rowHeightFor([missing], [widths.reduce((a, b) => a + b, 0)]) }],
    blocks: [...parts.blocks, { at: { row: after, col: 0 }, cells: [[missing, ...Array<CellContent>(width - 1).fill(null)]] }],
    merges: [...parts.merges, { row: after, col: 0, rows: 1, cols: width }],
    styles: [...parts.styles, { rect: { row: after, col: 0, rows: 1, cols: width }, style: { italic: true, wrap: true, vertical: 'top' } }],
    conditionalFills: [
      ...statusFills({ row: FIRST_DATA_ROW, col: statusCol, rows: dataRows, cols: 1 }, `$${columnLetters(statusCol)}${FIRST_DATA_ROW + 1}`),
      ...progressFills(columns.findIndex((k) => k.key === 'progress'), dataRows),
    ],
    print: summaryPrint(ctx),
  };
}

/** A rectangle that holds at least one cell; an empty one would be written as a reversed range ("C5:B5"). */
const hasCells = (r: Rect) => r.rows > 0 && r.cols > 0;

/** The headers of `Theo đơn vị` besides the target codes; readers find the columns by them. */
export const BY_UNIT_HEADERS = { code: 'Mã đơn vị', name: 'Tên đơn vị', score: 'Điểm', rank: 'Xếp hạng', rating: 'Xếp loại' } as const;
/** The last row's label: the whole union. */
export const BY_UNIT_TOTAL = 'Toàn đơn vị';
/** Between a unit's status word and its figure: "Đạt · 95,5%". */
export const FIGURE_SEPARATOR = ' · ';

/** A unit's cell: the word, and the unit's own share or count where there is one. */
function unitCell(u: UnitResult, code: string): CellContent {
  const s = u.statuses[code];
  const v = u.values[code];
  if (s === 'reported') return v.result;
  if (s === 'na' || s === 'not-reported') return statusWord(s);
  const figure = v.share !== null ? viPercent(v.share) : v.result !== null ? viNumber(v.result, 2) : '';
  return figure ? `${statusWord(s)}${FIGURE_SEPARATOR}${figure}` : statusWord(s);
}

/** A round's code as part of a table name: letters and digits only. */
function tableSafe(code: string): string {
  return code.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'D').replace(/[^A-Za-z0-9]+/g, '') || 'Ky';
}

export function byUnitSheet(c: Consolidation, ctx: SummaryContext): SheetSpec {
  const codes = c.targets.map((t) => t.code);
  const lead = 2;
  const tail = [BY_UNIT_HEADERS.score, BY_UNIT_HEADERS.rank, BY_UNIT_HEADERS.rating];
  const width = lead + codes.length + tail.length;
  const pad = (s: string): CellContent[] => [s, ...Array<CellContent>(width - 1).fill(null)];
  const header: CellContent[] = [BY_UNIT_HEADERS.code, BY_UNIT_HEADERS.name, ...codes, ...tail];
  const body: CellContent[][] = c.byUnit.map((u) => [u.code, u.name, ...codes.map((code) => unitCell(u, code)), u.score, u.rank, u.rating ?? (u.reported ? null : statusWord('not-reported'))]);
  const total: CellContent[] = ['', BY_UNIT_TOTAL, ...c.targets.map((t) => (t.result === null ? statusWord(t.status) : `${statusWord(t.status)} · ${resultText(t)}`)), null, null, null];
  const rows = [header, ...body, total];
  const grid: Rect = { row: FIRST_DATA_ROW, col: lead, rows: body.length + 1, cols: codes.length };
  const widths = [11, 34, ...codes.map(() => 14), 8, 9, 26];
  const totalRow = FIRST_DATA_ROW + body.length;
  const full = (row: number): Rect => ({ row, col: 0, rows: 1, cols: width });
  return {
    name: byUnitSheetName(ctx.round?.code),
    tabColor: COLOR.tab,
    columnWidths: widths,
    rowHeights: [{ row: HEADER_ROW, height: 33 }, ...[...body, total].map((line, i) => ({ row: FIRST_DATA_ROW + i, height: rowHeightFor(line.map((v) => (typeof v === 'string' ? v : null)), widths.map((w) => w * 0.9)) }))],
    font: FONT,
    blocks: [
      { at: { row: 0, col: 0 }, cells: [
        pad(`KẾT QUẢ THỰC HIỆN CHỈ TIÊU THEO ĐƠN VỊ ${(ctx.round ? ctx.round.name : periodLabel(ctx.period)).toLocaleUpperCase('vi')}`),
        pad(`${ctx.orgName} — ${ctx.round ? `số liệu đến ${dayMonthYear(ctx.round.cutOff)} — ` : ''}tổng hợp lúc ${ctx.at}`),
        pad(`Điểm: tỷ lệ chỉ tiêu được đánh giá mà đơn vị đạt hoặc vượt (chỉ tiêu cộng dồn không đánh giá riêng từng đơn vị). Xếp loại theo ngưỡng điểm ở trang ${SHEET.units}. Mỗi ô được đánh giá theo cùng quy tắc với trang ${SHEET.summary}, trên số liệu của chính đơn vị.`),
      ] },
      { at: { row: HEADER_ROW, col: 0 }, cells: rows },
    ],
    merges: [full(0), full(1), full(2)],
    styles: ([
      { rect: full(0), style: { bold: true, fontSize: TITLE_SIZE, horizontal: 'center' } },
      { rect: full(1), style: { italic: true, horizontal: 'center' } },
      { rect: full(2), style: { italic: true, fontSize: FONT.size - 2, fontColor: COLOR.hint, wrap: true } },
      { rect: full(HEADER_ROW), style: { bold: true, fill: COLOR.header, horizontal: 'center', vertical: 'center', wrap: true, borders: true } },
      { rect: { row: FIRST_DATA_ROW, col: 0, rows: body.length + 1, cols: width }, style: { vertical: 'top', borders: true, wrap: true } },
      { rect: { row: FIRST_DATA_ROW, col: 0, rows: body.length + 1, cols: 1 }, style: { numberFormat: NUMBER_FORMAT.text, horizontal: 'center' } },
      { rect: grid, style: { horizontal: 'center' } },
      { rect: { row: FIRST_DATA_ROW, col: lead + codes.length, rows: body.length, cols: 1 }, style: { horizontal: 'center', numberFormat: '0.0' } },
      { rect: { row: FIRST_DATA_ROW, col: lead + codes.length + 1, rows: body.length, cols: 1 }, style: { horizontal: 'center', numberFormat: '0' } },
      { rect: full(totalRow), style: { bold: true } },
    ] satisfies StyledRect[]).filter((s) => hasCells(s.rect)),
    tables: [],
    validations: [],
    // A plan without targets has no grid: no range is named for it (Excel refuses a reversed one).
    conditionalFills: hasCells(grid) ? COLOURED.map((s) => {
      const word = statusWord(s);
      return { rect: grid, formula: `=LEFT(${columnLetters(lead)}${FIRST_DATA_ROW + 1},${word.length})=${formulaString(word)}`, fill: STATUS_FILL[s] };
    }) : [],
    freeze: { rows: FIRST_DATA_ROW, cols: lead },
    print: summaryPrint(ctx),
  };
}

/** The consolidated workbook: the two result sheets, `extra` (a round's `Tiến độ`) and, when reports had problems, `Kiểm tra`. */
export function consolidationWorkbook(c: Consolidation, ctx: SummaryContext, findings: readonly Finding[] = c.findings, extra: readonly SheetSpec[] = []): WorkbookSpec {
  const sheets = [summarySheet(c, ctx), byUnitSheet(c, ctx), ...extra];
  if (findings.length) sheets.push(findingsSheet(findings, ctx.orgName, ctx.at));
  return { sheets, activeSheet: summarySheetName(ctx.round?.code) };
}
