import { monthSchedule, type MonthPage } from '../domain/calendar/monthSchedule';
import type { YearMonth } from '../domain/month';
import type { Plan } from '../domain/plan';
import { periodLabel } from '../domain/period';
import { SHEET } from './names';
import { rowHeightFor } from './rowHeight';
import type { CellContent, Rect, SheetSpec, StyledRect, WorkbookSpec } from './spec';
import { COLOR, FONT, TITLE_SIZE, pageHeaderFooter } from './style';

/*
 * Sheet `Lịch công tác`: one printable block per month ("LỊCH CÔNG TÁC THÁNG 9/2026"), each starting
 * a new A4 page, listing the month's commemorations, tasks and continuous work. The content is
 * computed from the plan (it needs no formulas) and rebuilt by "Lịch tháng" after edits.
 */

const COLUMNS = [
  { header: 'STT', width: 5 },
  { header: 'Thời gian', width: 12 },
  { header: 'Nội dung công việc', width: 43 },
  { header: 'Người thực hiện', width: 15 },
  { header: 'Ghi chú', width: 13 },
] as const;
const WIDTH = COLUMNS.length;
const WIDTHS = COLUMNS.map((c) => c.width);
/** Title, unit line, column headers: the rows above a month's items. */
const HEAD_ROWS = 3;
const EMPTY_MONTH = 'Chưa có hoạt động nào trong kế hoạch cho tháng này.';

/** Where each month's block lies, so a host can print one month. */
export interface MonthBlock {
  month: YearMonth;
  title: string;
  rect: Rect;
}

export interface ScheduleLayout {
  sheet: SheetSpec;
  months: MonthBlock[];
}

/** All months (or `only` one); `printMonth` limits the print area to that month's block. */
export function scheduleLayout(plan: Plan, only?: YearMonth, printMonth?: YearMonth): ScheduleLayout {
  const pages = monthSchedule(plan.info.period, plan.tasks, plan.commemorations, only);
  const cells: CellContent[][] = [];
  const styles: StyledRect[] = [];
  const merges: Rect[] = [];
  const rowHeights: { row: number; height: number }[] = [];
  const months: MonthBlock[] = [];
  const rowBreaks: number[] = [];
  const pad = (s: string): CellContent[] => [s, ...Array<CellContent>(WIDTH - 1).fill(null)];
  const full = (row: number): Rect => ({ row, col: 0, rows: 1, cols: WIDTH });

  pages.forEach((page: MonthPage, p) => {
    const top = cells.length;
    if (p > 0) rowBreaks.push(top);
    cells.push(pad(page.title), pad(`${plan.info.issuingBody} — ${periodLabel(plan.info.period)}`), COLUMNS.map((c) => c.header));
    merges.push(full(top), full(top + 1));
    styles.push(
      { rect: full(top), style: { bold: true, fontSize: TITLE_SIZE, horizontal: 'center', vertical: 'center' } },
      { rect: full(top + 1), style: { italic: true, horizontal: 'center' } },
      { rect: full(top + 2), style: { bold: true, fill: COLOR.header, horizontal: 'center', vertical: 'center', wrap: true, borders: true } },
    );
    rowHeights.push({ row: top, height: 24 }, { row: top + 2, height: 33 });
    const rows: CellContent[][] = page.items.length
      ? page.items.map((it, i) => [i + 1, it.when, it.content, it.responsible || null, it.note || null])
      : [[null, null, EMPTY_MONTH, null, null]];
    const first = cells.length;
    rows.forEach((r, i) => {
      // Bold text (commemorations) runs about a tenth wider than the widths assume.
      const widths = page.items[i]?.kind === 'commemoration' ? WIDTHS.map((w) => w * 0.88) : WIDTHS;
      rowHeights.push({ row: cells.length, height: rowHeightFor(r.map((v) => (v === null ? null : String(v))), widths) });
      cells.push(r);
    });
    const body: Rect = { row: first, col: 0, rows: rows.length, cols: WIDTH };
    styles.push(
      { rect: body, style: { vertical: 'top', wrap: true, borders: true } },
      { rect: { row: first, col: 0, rows: rows.length, cols: 2 }, style: { horizontal: 'center' } },
    );
    // Commemorations in bold: they are the month's fixed points.
    page.items.forEach((it, i) => { if (it.kind === 'commemoration') styles.push({ rect: { row: first + i, col: 2, rows: 1, cols: 1 }, style: { bold: true } }); });
    months.push({ month: page.month, title: page.title, rect: { row: top, col: 0, rows: HEAD_ROWS + rows.length, cols: WIDTH } });
    cells.push(pad(''));
  });

  const area = months.find((m) => m.month === printMonth)?.rect;
  return {
    months,
    sheet: {
      name: SHEET.schedule,
      tabColor: COLOR.tab,
      columnWidths: [...WIDTHS],
      rowHeights,
      font: FONT,
      blocks: cells.length ? [{ at: { row: 0, col: 0 }, cells }] : [],
      merges,
      styles,
      tables: [],
      validations: [],
      conditionalFills: [],
      print: {
        orientation: 'portrait',
        fitToWidth: false,
        ...pageHeaderFooter(plan.info.issuingBody),
        margins: { top: 20, bottom: 20, left: 20, right: 15 },
        centerHorizontally: true,
        rowBreaks,
        ...(area ? { area } : {}),
      },
    },
  };
}

export function scheduleSheet(plan: Plan): SheetSpec {
  return scheduleLayout(plan).sheet;
}

/** The schedule alone as a workbook to print or send (CLI, standalone page). */
export function scheduleWorkbook(plan: Plan, only?: YearMonth): { spec: WorkbookSpec; months: MonthBlock[] } {
  const layout = scheduleLayout(plan, only);
  return { spec: { sheets: [layout.sheet], activeSheet: layout.sheet.name }, months: layout.months };
}
