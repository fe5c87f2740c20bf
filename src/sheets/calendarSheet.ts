import { labelOf } from '../domain/choice';
import { monthToSerial } from '../domain/excelDate';
import type { Plan } from '../domain/plan';
import { periodLabel, periodMonths, periodYears, type Period } from '../domain/period';
import { FREQUENCIES, taskMonths, type Task } from '../domain/task';
import { cellA1, formulaString, sheetRef } from './a1';
import { SHEET } from './names';
import type { CellContent, SheetSpec } from './spec';
import { rowHeightFor } from './rowHeight';
import { a4Print, COLOR, FONT, NUMBER_FORMAT, TITLE_SIZE } from './style';
import { FIRST_DATA_ROW, HEADER_ROW, HINT_ROW, SUBTITLE_ROW, TITLE_ROW } from './tableLayout';
import { taskColumn } from './tasksSheet';

/*
 * Sheet `Lịch tháng`, the year at a glance: one row per task of `Nhiệm vụ` (same row numbers), one
 * column per month of the period (per year for a congress term). Every cell is a live formula over
 * the task's start, end and frequency, so editing a task updates the grid; a mark plus a fill keeps
 * it readable in black and white.
 */

export const MARK = '■';
/** Empty rows kept below the tasks so that a few added tasks show without a rebuild. */
export const SPARE_ROWS = 10;
const LEAD_COLS = 3; // STT, content, responsible

export type Granularity = 'month' | 'year';

export function calendarGranularity(p: Period): Granularity {
  return p.kind === 'term' ? 'year' : 'month';
}

/** The column headings: first-of-month serials, or years. */
export function calendarBuckets(p: Period): number[] {
  return calendarGranularity(p) === 'year' ? periodYears(p) : periodMonths(p).map(monthToSerial);
}

/** What the grid's formulas compute, in TypeScript: one row of marks per task. */
export function calendarMarks(tasks: readonly Task[], p: Period): boolean[][] {
  const byYear = calendarGranularity(p) === 'year';
  const buckets = byYear ? periodYears(p).map(String) : periodMonths(p);
  return tasks.map((t) => {
    const months = taskMonths(t, p);
    const active = new Set(byYear ? months.map((m) => m.slice(0, 4)) : months);
    return buckets.map((b) => active.has(b));
  });
}

function markFormula(row: number, col: number, granularity: Granularity): string {
  const task = (key: string) => sheetRef(SHEET.tasks, { row, col: taskColumn(key) }, { col: true });
  const [content, start, end, freq] = [task('content'), task('start'), task('end'), task('frequency')];
  const head = cellA1({ row: HEADER_ROW, col }, { row: true });
  const last = `IF(${end}="",${start},${end})`;
  const within = granularity === 'year'
    ? `AND(${start}<>"",YEAR(${start})<=${head},YEAR(${last})>=${head})`
    : `AND(${start}<>"",${start}<=${head},${last}>=${head})`;
  const continuous = formulaString(labelOf(FREQUENCIES, 'continuous'));
  return `=IF(${content}="","",IF(OR(${freq}=${continuous},${within}),"${MARK}",""))`;
}

export function calendarSheet(plan: Plan): SheetSpec {
  const p = plan.info.period;
  const granularity = calendarGranularity(p);
  const buckets = calendarBuckets(p);
  const width = LEAD_COLS + buckets.length;
  const rows = plan.tasks.length + SPARE_ROWS;
  const pad = (s: string): CellContent[] => [s, ...Array<CellContent>(width - 1).fill(null)];
  const header: CellContent[] = ['STT', 'Nội dung nhiệm vụ', 'Chủ trì', ...buckets];

  const body: CellContent[][] = Array.from({ length: rows }, (_, i) => {
    const row = FIRST_DATA_ROW + i;
    const content = sheetRef(SHEET.tasks, { row, col: taskColumn('content') }, { col: true });
    const responsible = sheetRef(SHEET.tasks, { row, col: taskColumn('responsible') }, { col: true });
    return [
      { formula: `=IF(${content}="","",${i + 1})` },
      { formula: `=IF(${content}="","",${content})` },
      { formula: `=IF(${responsible}="","",${responsible})` },
      ...buckets.map((_b, j) => ({ formula: markFormula(row, LEAD_COLS + j, granularity) })),
    ];
  });

  const widths = [5, 44, 16, ...buckets.map(() => (granularity === 'year' ? 8 : 8.5))];
  const grid = { row: FIRST_DATA_ROW, col: LEAD_COLS, rows, cols: buckets.length };
  const fullRow = (row: number) => ({ row, col: 0, rows: 1, cols: width });
  return {
    name: SHEET.calendar,
    tabColor: COLOR.tab,
    columnWidths: widths,
    rowHeights: [
      { row: HEADER_ROW, height: 33 },
      ...plan.tasks.map((t, i) => ({ row: FIRST_DATA_ROW + i, height: rowHeightFor([null, t.content, t.responsible], widths) })),
    ],
    font: FONT,
    blocks: [
      {
        at: { row: TITLE_ROW, col: 0 },
        cells: [
          pad(`LỊCH CÔNG TÁC ${periodLabel(p).toUpperCase()}`),
          pad(plan.info.issuingBody),
          pad(`${MARK} : ${granularity === 'year' ? 'năm' : 'tháng'} thực hiện (tính từ Bắt đầu, Kết thúc, Tính chất ở trang ${SHEET.tasks}).`),
        ],
      },
      { at: { row: HEADER_ROW, col: 0 }, cells: [header, ...body] },
    ],
    merges: [fullRow(TITLE_ROW), fullRow(SUBTITLE_ROW), fullRow(HINT_ROW)],
    styles: [
      { rect: fullRow(TITLE_ROW), style: { bold: true, fontSize: TITLE_SIZE, horizontal: 'center' } },
      { rect: fullRow(SUBTITLE_ROW), style: { italic: true, horizontal: 'center' } },
      { rect: fullRow(HINT_ROW), style: { italic: true, fontSize: FONT.size - 2, fontColor: COLOR.hint } },
      { rect: fullRow(HEADER_ROW), style: { bold: true, fill: COLOR.header, horizontal: 'center', vertical: 'center', wrap: true, borders: true } },
      { rect: { row: HEADER_ROW, col: LEAD_COLS, rows: 1, cols: buckets.length }, style: { numberFormat: granularity === 'year' ? '0' : NUMBER_FORMAT.month } },
      { rect: { row: FIRST_DATA_ROW, col: 0, rows, cols: width }, style: { vertical: 'top', borders: true } },
      { rect: { row: FIRST_DATA_ROW, col: 1, rows, cols: 2 }, style: { wrap: true } },
      { rect: { row: FIRST_DATA_ROW, col: 0, rows, cols: 1 }, style: { horizontal: 'center' } },
      { rect: grid, style: { horizontal: 'center', vertical: 'center' } },
    ],
    tables: [],
    validations: [],
    conditionalFills: [{ rect: grid, formula: `=${cellA1(grid)}="${MARK}"`, fill: COLOR.mark }],
    freeze: { rows: FIRST_DATA_ROW, cols: LEAD_COLS },
    print: a4Print('landscape', plan.info.issuingBody, HEADER_ROW),
  };
}
