import { monthSchedule, yearSchedule, type MonthPage } from '../domain/calendar/monthSchedule';
import type { YearMonth } from '../domain/month';
import type { Plan } from '../domain/plan';
import { periodLabel } from '../domain/period';
import { SHEET } from './names';
import { rowHeightFor } from './rowHeight';
import { PAGE_POINTS } from './reportSheet';
import type { CellContent, Rect, SheetSpec, StyledRect, WorkbookSpec } from './spec';
import { COLOR, FONT, TITLE_SIZE, officialPageHeader, pageHeaderFooter } from './style';

/*
 * Sheet `Lịch công tác`: one printable block per month ("LỊCH CÔNG TÁC THÁNG 9/2026"), each starting
 * a new A4 page, listing the month's commemorations, tasks and continuous work; a congress term gets
 * one block per year unless a year or month is asked for. A block longer than a page continues on
 * the next under "… (tiếp)" and the column headers again. Every page carries the official header
 * (issuing body, national motto) in its page header. The content is computed from the plan (it needs
 * no formulas) and rebuilt by "Lịch tháng" after edits.
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

const TITLE_HEIGHT = 24;
const HEADER_HEIGHT = 33;

/**
 * All months (or `only` one month, or the months of one year of a term); `printMonth` limits the
 * print area to that month's block. A congress term without either prints one block per year.
 */
export function scheduleLayout(plan: Plan, only?: string, printMonth?: string): ScheduleLayout {
  const period = plan.info.period;
  const yearly = period.kind === 'term' && !only && !printMonth;
  const pages = yearly
    ? yearSchedule(period, plan.tasks, plan.commemorations)
    : monthSchedule(period, plan.tasks, plan.commemorations, only ?? (period.kind === 'term' && printMonth ? printMonth.slice(0, 4) : undefined));
  const cells: CellContent[][] = [];
  const styles: StyledRect[] = [];
  const merges: Rect[] = [];
  const rowHeights: { row: number; height: number }[] = [];
  const months: MonthBlock[] = [];
  const rowBreaks: number[] = [];
  const pad = (s: string): CellContent[] => [s, ...Array<CellContent>(WIDTH - 1).fill(null)];
  const full = (row: number): Rect => ({ row, col: 0, rows: 1, cols: WIDTH });
  let used = 0;
  const add = (line: CellContent[], height: number) => {
    rowHeights.push({ row: cells.length, height });
    cells.push(line);
    used += height;
  };
  // Styles are pushed after the body's (`later`) on continuation pages, so they win over it.
  const later: StyledRect[] = [];
  const title = (text: string, top = true) => {
    merges.push(full(cells.length));
    (top ? styles : later).push({ rect: full(cells.length), style: { bold: true, fontSize: TITLE_SIZE, horizontal: 'center', vertical: 'center' } });
    add(pad(text), TITLE_HEIGHT);
  };
  const columnHeaders = (top = true) => {
    (top ? styles : later).push({ rect: full(cells.length), style: top ? { bold: true, fill: COLOR.header, horizontal: 'center', vertical: 'center', wrap: true, borders: true } : { bold: true, fill: COLOR.header, horizontal: 'center', vertical: 'center' } });
    add(COLUMNS.map((c) => c.header), HEADER_HEIGHT);
  };
  const newPage = () => {
    if (cells.length) rowBreaks.push(cells.length);
    used = 0;
  };

  pages.forEach((page: MonthPage) => {
    newPage();
    const top = cells.length;
    title(page.title);
    merges.push(full(cells.length));
    styles.push({ rect: full(cells.length), style: { italic: true, horizontal: 'center' } });
    add(pad(`${plan.info.issuingBody} — ${periodLabel(period)}`), 18);
    columnHeaders();
    const rows: CellContent[][] = page.items.length
      ? page.items.map((it, i) => [i + 1, it.when, it.content, it.responsible || null, it.note || null])
      : [[null, null, EMPTY_MONTH, null, null]];
    // One body style for the month's rows, continuation pages included (whose "(tiếp)" title then
    // sits in a framed row): a term of a thousand tasks stays within a few requests.
    const first = cells.length;
    rows.forEach((r, i) => {
      // Bold text (commemorations) runs about a tenth wider than the widths assume.
      const bold = page.items[i]?.kind === 'commemoration';
      const widths = bold ? WIDTHS.map((w) => w * 0.9) : WIDTHS;
      const height = rowHeightFor(r.map((v) => (v === null ? null : String(v))), widths);
      if (used + height > PAGE_POINTS) {
        // The month goes on over the page: its title, marked "(tiếp)", and the column headers again.
        newPage();
        title(`${page.title} (tiếp)`, false);
        columnHeaders(false);
      }
      // Commemorations in bold: they are the month's fixed points.
      if (bold) styles.push({ rect: { row: cells.length, col: 2, rows: 1, cols: 1 }, style: { bold: true } });
      add(r, height);
    });
    styles.push(
      { rect: { row: first, col: 0, rows: cells.length - first, cols: WIDTH }, style: { vertical: 'top', wrap: true, borders: true } },
      { rect: { row: first, col: 0, rows: cells.length - first, cols: 2 }, style: { horizontal: 'center' } },
    );
    styles.push(...later.splice(0));
    months.push({ month: page.month, title: page.title, rect: { row: top, col: 0, rows: cells.length - top, cols: WIDTH } });
    add(pad(''), 16);
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
        header: officialPageHeader(plan.info.superiorBody, plan.info.issuingBody),
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
export function scheduleWorkbook(plan: Plan, only?: string): { spec: WorkbookSpec; months: MonthBlock[] } {
  const layout = scheduleLayout(plan, only);
  return { spec: { sheets: [layout.sheet], activeSheet: layout.sheet.name }, months: layout.months };
}
