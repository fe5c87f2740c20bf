import type { IsoDate } from '../domain/excelDate';
import type { Plan } from '../domain/plan';
import type { Consolidation } from '../domain/report/consolidate';
import { reportDocument, roman, type EditableText, type ReportChart, type ReportDocument, type ReportTable } from '../domain/report/reportDocument';
import { percentFigure, type ReportPrecision } from '../domain/report/resultText';
import { SHEET } from './names';
import type { CellContent, CellStyle, ChartSpec, Rect, SheetSpec, StyledRect, WorkbookSpec } from './spec';
import { COLOR } from './style';
import { columnPoints, styleOf, wrappedLines } from './textWidth';

export { reportNumber } from '../domain/report/reportDocument';
export type { EditableKey } from '../domain/report/reportDocument';

/*
 * `Báo cáo`: the summary report (domain/report/reportDocument.ts) laid out on A4 portrait in the
 * official format (docs/domain.md#official-format) — header block with the national motto, title, narrative, Bảng 1,
 * charts, closing and signature — and paginated here, since the columns print at 100 %: a table that
 * would split moves whole to the next page or repeats its header row; a chart, the signature block
 * and the closing with the text before it never split. Columns after the visible ones are hidden
 * bookkeeping: each editable cell's key and the text unionplan wrote there, so a later run can tell
 * which paragraphs the officer rewrote and keep them.
 */


/**
 * The column grid in pixels at 100 % (165 mm between 30 and 15 mm margins). Its edges are where the
 * header block needs them: the left block (A:D, 69 mm) and the right block (E:J, 96 mm, the motto's line in bold 12 pt); the short
 * rule under the issuing body is column C (30 mm, centred under it); the rule under "Độc lập - Tự do
 * - Hạnh phúc" is F:I, as long as that line in bold 13 pt and centred under it.
 */
const GRID_PX = [40, 35, 113, 74, 75, 39, 80, 74, 18, 75];
/** Excel widths: 7 pixels per character of the default font plus 5 of padding. */
export const REPORT_WIDTHS = GRID_PX.map((px) => Math.round(((px - 5) / 7) * 1000) / 1000);
const VISIBLE = GRID_PX.length;
const LEFT = { col: 0, cols: 4 };
const RIGHT = { col: 4, cols: VISIBLE - 4 };
const ISSUER_RULE = { col: 2, cols: 1 };
const MOTTO_RULE = { col: 5, cols: 4 };
/** Bảng 1's columns over the grid: TT | Chỉ tiêu | Kế hoạch | Kết quả | Mức đạt | Đánh giá. */
const TABLE_SPANS = [{ col: 0, cols: 1 }, { col: 1, cols: 3 }, { col: 4, cols: 2 }, { col: 6, cols: 1 }, { col: 7, cols: 1 }, { col: 8, cols: 2 }];
export const RIGHT_COL = RIGHT.col;
/** Hidden: the key, what was written in column A, what was written in the right column. */
export const KEY_COL = VISIBLE;
export const ORIGINAL_A_COL = VISIBLE + 1;
export const ORIGINAL_RIGHT_COL = VISIBLE + 2;
const WIDTH = VISIBLE + 3;

const BODY_SIZE = 13;
const TABLE_SIZE = 12;
const NOTE_SIZE = 10;
const FONT = { name: 'Times New Roman', size: BODY_SIZE };
/** Excel's tallest row. */
const MAX_ROW = 409;
/** Rows the Excel chart covers, and their height. */
const CHART_ROWS = 16;
const CHART_ROW_HEIGHT = 16;
/** Text bars where no chart can be drawn: a full block per 10 %, a half block for 5 more; at most 200 %. */
const BAR_STEP = 10;
const BAR_MAX = 200;
/**
 * The printable height of an A4 page between 20 mm margins, in points, less a twentieth for the
 * difference between hosts' rounding: breaks are placed where the page is surely not yet full.
 */
export const PAGE_POINTS = ((297 - 20 - 20) / 25.4) * 72 * 0.95;

const pt = (span: { col: number; cols: number }) => REPORT_WIDTHS.slice(span.col, span.col + span.cols).reduce((a, b) => a + columnPoints(b), 0);
const FULL = { col: 0, cols: VISIBLE };
/** Line height of Times New Roman as Excel and LibreOffice set it, with a little room. */
const lineHeight = (size: number) => Math.ceil(size * 1.3);
function heightOf(text: string, span: { col: number; cols: number }, size: number, style: CellStyle = {}): number {
  return Math.min(MAX_ROW, wrappedLines(text, pt(span), size, styleOf(style.bold, style.italic)) * lineHeight(size) + 4);
}

export interface ReportInput {
  plan: Plan;
  consolidation: Consolidation;
  /** The report's date, printed in the header. */
  date: IsoDate;
  /** Excel draws charts; ExcelJS cannot, so the .xlsx shows text bars. */
  drawsCharts: boolean;
  /** Text the officer rewrote in an earlier report, by key ("header@right" for the date beside the number). */
  kept?: ReadonlyMap<string, string>;
  /** Decimals of every computed percentage (default one). */
  precision?: ReportPrecision;
}

/** The content both the sheet and the Word document lay out. */
export function reportContent(input: ReportInput): ReportDocument {
  return reportDocument({ ...input, sheets: { byUnit: SHEET.byUnit, units: SHEET.units } });
}

/** A bar true to its value: █ per whole 10 %, ▌ for 5 % more, ░ up to 100 %, then the 100 % mark │. */
export function textBar(percent: number, mark100 = true): string {
  const v = Math.max(0, Math.min(BAR_MAX, percent));
  const full = Math.floor(v / BAR_STEP);
  const half = v - full * BAR_STEP >= BAR_STEP / 2 ? '▌' : '';
  const cells = 100 / BAR_STEP;
  const mark = mark100 ? '│' : '';
  if (full >= cells) return `${'█'.repeat(cells)}${mark}${'█'.repeat(full - cells)}${half}`;
  return `${'█'.repeat(full)}${half}${'░'.repeat(cells - full - (half ? 1 : 0))}${mark}`;
}

/** Builds the sheet row by row, placing manual page breaks as it goes. */
class Rows {
  grid: CellContent[][] = [];
  merges: Rect[] = [];
  styles: StyledRect[] = [];
  heights: { row: number; height: number }[] = [];
  breaks: number[] = [];
  private used = 0;

  get next(): number {
    return this.grid.length;
  }

  fits(height: number): boolean {
    return this.used + height <= PAGE_POINTS;
  }

  /** Starts a new page unless `height` more still fits on this one. */
  room(height: number): void {
    if (this.used > 0 && !this.fits(height)) this.pageBreak();
  }

  pageBreak(): void {
    if (this.next > 0 && this.breaks[this.breaks.length - 1] !== this.next) this.breaks.push(this.next);
    this.used = 0;
  }

  add(height: number): number {
    const row = this.grid.length;
    this.grid.push(Array<CellContent>(WIDTH).fill(null));
    const h = Math.min(MAX_ROW, height);
    this.heights.push({ row, height: h });
    this.used += h;
    return row;
  }

  put(row: number, span: { col: number; cols: number }, value: CellContent, style: CellStyle, rows = 1): void {
    this.grid[row][span.col] = value;
    if (span.cols > 1 || rows > 1) this.merges.push({ row, col: span.col, rows, cols: span.cols });
    this.styles.push({ rect: { row, col: span.col, rows, cols: span.cols }, style });
  }

  keep(row: number, t: EditableText, right?: EditableText): void {
    this.grid[row][KEY_COL] = t.key;
    this.grid[row][ORIGINAL_A_COL] = t.generated;
    this.grid[row][ORIGINAL_RIGHT_COL] = right ? right.generated : null;
  }
}

interface HeaderLine { text: string; size: number; style: CellStyle; rule?: { col: number; cols: number } }

/**
 * The header block (docs/domain.md#official-format): superior body over the bold issuing body and a short rule on the
 * left; the national motto over the bold tiêu ngữ and a rule as long as it on the right, both starting
 * on the first line; then "Số: …" under the left and the place and date in italics under the right.
 */
function headerBlock(r: Rows, doc: ReportDocument): void {
  const h = doc.header;
  const left: HeaderLine[] = [
    ...(h.superiorBody ? [{ text: h.superiorBody, size: 12, style: {} }] : []),
    { text: h.issuingBody, size: 12, style: { bold: true }, rule: ISSUER_RULE },
  ];
  const right: HeaderLine[] = [
    { text: h.motto, size: 12, style: { bold: true } },
    { text: h.mottoSubtitle, size: 13, style: { bold: true }, rule: MOTTO_RULE },
  ];
  const line = lineHeight(13);
  const place = (lines: HeaderLine[], span: { col: number; cols: number }) => {
    const out: { row: number; rows: number; line: HeaderLine }[] = [];
    let row = 0;
    for (const l of lines) {
      const rows = wrappedLines(l.text, pt(span), l.size, styleOf(l.style.bold));
      out.push({ row, rows, line: l });
      row += rows + (l.rule ? 1 : 0);
    }
    return { out, rows: row };
  };
  const l = place(left, LEFT);
  const rt = place(right, RIGHT);
  const top = r.next;
  const rows = Math.max(l.rows, rt.rows);
  for (let k = 0; k < rows; k++) r.add(line);
  for (const [side, span] of [[l, LEFT], [rt, RIGHT]] as const) {
    for (const { row, rows: n, line: hl } of side.out) {
      r.put(top + row, span, hl.text, { ...hl.style, fontSize: hl.size, horizontal: 'center', vertical: 'top', wrap: true }, n);
      if (hl.rule) r.styles.push({ rect: { row: top + row + n, col: hl.rule.col, rows: 1, cols: hl.rule.cols }, style: { topRule: true } });
    }
  }
  const numberRow = r.add(24);
  r.put(numberRow, LEFT, h.number.text, { horizontal: 'center', vertical: 'bottom' });
  r.put(numberRow, RIGHT, h.placeDate.text, { horizontal: 'center', vertical: 'bottom', italic: true });
  r.keep(numberRow, h.number, h.placeDate);
}

function paragraphRow(r: Rows, t: EditableText): void {
  const row = r.add(heightOf(t.text, FULL, BODY_SIZE));
  r.put(row, FULL, t.text, { wrap: true, vertical: 'top', horizontal: 'left' });
  r.keep(row, t);
}

const captionHeight = lineHeight(BODY_SIZE) + 4;
function caption(r: Rows, text: string): void {
  r.put(r.add(captionHeight), FULL, text, { italic: true, horizontal: 'center' });
}

function tableRowHeight(cells: readonly string[], bold = false): number {
  return Math.max(...cells.map((c, i) => heightOf(c, TABLE_SPANS[i], TABLE_SIZE, { bold })));
}

function noteHeight(text: string): number {
  return heightOf(text, FULL, NOTE_SIZE, { italic: true });
}

/** Lines of a table that must stay with its header on the page where it starts. */
const SPLIT_MIN_ROWS = 3;

/** The first rows of a table that must share a page: caption, header and the first lines. */
function tableHead(t: ReportTable, rows = 1): number {
  return captionHeight + tableRowHeight(t.columns, true) + t.rows.slice(0, rows).reduce((n, row) => n + tableRowHeight(row), 0);
}

function tableHeight(t: ReportTable): number {
  return captionHeight + tableRowHeight(t.columns, true) + t.rows.reduce((n, row) => n + tableRowHeight(row), 0) + (t.note ? noteHeight(t.note) : 0);
}

function table(r: Rows, t: ReportTable): void {
  const total = tableHeight(t);
  // Whole on this page if it fits; else it starts here when its caption, header and first lines do,
  // and every page it runs onto starts with its header row; else it starts on the next page.
  const split = !r.fits(total);
  r.room(split ? tableHead(t, SPLIT_MIN_ROWS) : total);
  caption(r, t.caption);
  const header = () => {
    const row = r.add(tableRowHeight(t.columns, true));
    t.columns.forEach((c, i) => r.put(row, TABLE_SPANS[i], c, { bold: true, horizontal: 'center', vertical: 'center', wrap: true, fill: COLOR.header, borders: true, fontSize: TABLE_SIZE }));
  };
  header();
  const heights = t.rows.map((cells) => tableRowHeight(cells));
  const note = t.note ? noteHeight(t.note) : 0;
  const n = t.rows.length;
  t.rows.forEach((cells, k) => {
    const h = heights[k];
    // The last line never goes over alone: the last two lines (and the note) share a page.
    const need = k === n - 2 ? h + heights[n - 1] + note : k === n - 1 ? h + note : h;
    if (split && !r.fits(need)) {
      r.pageBreak();
      header();
    }
    const row = r.add(h);
    cells.forEach((c, i) => r.put(row, TABLE_SPANS[i], c, {
      borders: true, vertical: 'top', wrap: true, fontSize: TABLE_SIZE, horizontal: t.centred.includes(i) ? 'center' : 'left',
    }));
  });
  if (t.note) r.put(r.add(noteHeight(t.note)), FULL, t.note, { italic: true, wrap: true, vertical: 'top', fontSize: NOTE_SIZE });
  r.add(8);
}

function chartHeight(c: ReportChart, drawsCharts: boolean): number {
  const bars = c.items.length * (c.previous ? 2 : 1);
  return captionHeight + (drawsCharts ? 20 + c.items.length * 16 + CHART_ROWS * CHART_ROW_HEIGHT : bars * 18 + noteHeight(barLegend(c))) + 8;
}

const barLegend = (c: ReportChart) => `Mỗi ô █ là ${BAR_STEP}%, ô ▌ là ${BAR_STEP / 2}%${c.mark100 ? '; vạch │ là mốc 100% chỉ tiêu' : ''}.`;

function chart(r: Rows, c: ReportChart, drawsCharts: boolean, precision: ReportPrecision | undefined, charts: ChartSpec[]): void {
  r.room(chartHeight(c, drawsCharts));
  caption(r, c.caption);
  const step = 10 ** (precision?.percentDecimals ?? 1);
  if (drawsCharts) {
    // The figures the chart draws, printed beside it so the chart can be checked.
    const head = r.add(20);
    const series = [c.valueTitle, ...(c.previous ? [c.previous.name] : [])];
    const cols = 1 + series.length + (c.mark100 ? 1 : 0);
    const names = ['Số liệu biểu đồ', ...series, ...(c.mark100 ? ['Mốc 100%'] : [])];
    names.forEach((n, i) => { r.grid[head][1 + i] = n; });
    r.styles.push({ rect: { row: head, col: 1, rows: 1, cols }, style: { bold: true, horizontal: 'center', fontSize: 11, borders: true, wrap: true } });
    c.items.forEach((it, k) => {
      const row = r.add(16);
      r.grid[row][1] = it.label;
      r.grid[row][2] = Math.round(it.value * step) / step;
      if (c.previous) r.grid[row][3] = Math.round(c.previous.values[k] * step) / step;
      if (c.mark100) r.grid[row][1 + series.length + 1] = 100;
    });
    const data: Rect = { row: head, col: 1, rows: c.items.length + 1, cols };
    r.styles.push({ rect: { row: head + 1, col: 1, rows: c.items.length, cols }, style: { fontSize: 11, borders: true, numberFormat: '0.0' } });
    const from = r.next;
    for (let k = 0; k < CHART_ROWS; k++) r.add(CHART_ROW_HEIGHT);
    charts.push({ title: c.caption, data, lines: c.mark100 ? [series.length] : [], anchor: { row: from, col: 0, rows: CHART_ROWS, cols: VISIBLE }, valueAxisTitle: '%' });
  } else {
    c.items.forEach((it, k) => {
      const bars: [string, number, string][] = [[it.label, it.value, '#1F4E79'], ...(c.previous ? [[`${it.label} (năm trước)`, c.previous.values[k], '#7F7F7F'] as [string, number, string]] : [])];
      for (const [label, value, colour] of bars) {
        const row = r.add(18);
        r.put(row, { col: 0, cols: 4 }, label, { horizontal: 'right', vertical: 'center', fontSize: 11 });
        r.put(row, { col: 4, cols: 5 }, textBar(value, c.mark100), { fontSize: 10, vertical: 'center', fontColor: colour });
        r.put(row, { col: 9, cols: 1 }, percentFigure(value, precision), { horizontal: 'right', vertical: 'center', fontSize: 11 });
      }
    });
    r.put(r.add(noteHeight(barLegend(c))), FULL, barLegend(c), { italic: true, wrap: true, fontSize: NOTE_SIZE, fontColor: COLOR.hint });
  }
  r.add(8);
}

function signatureHeight(doc: ReportDocument): number {
  return 12 + lineHeight(BODY_SIZE) + 2 + Math.max(96, doc.signature.recipients.text.split('\n').length * 15 + 6) + lineHeight(BODY_SIZE) + 4;
}

function signature(r: Rows, doc: ReportDocument): void {
  const s = doc.signature;
  r.add(12);
  const sign = r.add(lineHeight(BODY_SIZE) + 2);
  r.put(sign, LEFT, 'Nơi nhận:', { bold: true, italic: true, fontSize: 12 });
  r.put(sign, RIGHT, s.onBehalf, { bold: true, horizontal: 'center' });
  const recRow = r.add(Math.max(96, s.recipients.text.split('\n').length * 15 + 6));
  r.put(recRow, LEFT, s.recipients.text, { fontSize: 11, wrap: true, vertical: 'top' });
  r.put(recRow, RIGHT, s.title, { bold: true, horizontal: 'center', vertical: 'top' });
  r.keep(recRow, s.recipients);
  const nameRow = r.add(lineHeight(BODY_SIZE) + 4);
  r.put(nameRow, RIGHT, s.name, { bold: true, horizontal: 'center' });
}

export function reportSheet(input: ReportInput): SheetSpec {
  const doc = reportContent(input);
  const r = new Rows();
  const charts: ChartSpec[] = [];

  headerBlock(r, doc);
  r.add(12);
  r.put(r.add(22), FULL, doc.title, { horizontal: 'center', bold: true, fontSize: 14 });
  const subjectRow = r.add(heightOf(doc.subject.text, FULL, 14, { bold: true }));
  r.put(subjectRow, FULL, doc.subject.text, { horizontal: 'center', bold: true, fontSize: 14, wrap: true });
  r.keep(subjectRow, doc.subject);
  r.add(12);

  const headingHeight = lineHeight(BODY_SIZE) + 5;
  const firstHeight = (b: ReportDocument['sections'][number]['blocks'][number] | undefined) =>
    !b ? 0 : b.kind === 'paragraph' ? heightOf(b.paragraph.text, FULL, BODY_SIZE) : b.kind === 'table' ? tableHead(b) : chartHeight(b, input.drawsCharts);
  const last = doc.sections.length - 1;
  doc.sections.forEach((section, i) => {
    if (i === last) {
      // The last section, the closing and the signature share a page: the signer never signs a page
      // holding nothing else, and no page is left nearly empty before one that holds only them.
      const tail = headingHeight + section.blocks.reduce((n, b) => n + firstHeight(b), 0) + heightOf(doc.closing.text, FULL, BODY_SIZE) + signatureHeight(doc);
      r.room(tail);
    } else {
      // A heading is never the last line of a page.
      r.room(headingHeight + firstHeight(section.blocks[0]));
    }
    r.put(r.add(headingHeight), FULL, `${roman(i + 1)}. ${section.heading}`, { bold: true, vertical: 'center' });
    for (const b of section.blocks) {
      if (b.kind === 'paragraph') {
        r.room(heightOf(b.paragraph.text, FULL, BODY_SIZE));
        paragraphRow(r, b.paragraph);
      } else if (b.kind === 'table') table(r, b);
      else chart(r, b, input.drawsCharts, doc.precision, charts);
    }
  });
  r.room(heightOf(doc.closing.text, FULL, BODY_SIZE) + signatureHeight(doc));
  paragraphRow(r, doc.closing);
  signature(r, doc);

  const font = `&"${FONT.name},Regular"&${BODY_SIZE}`;
  return {
    name: SHEET.report,
    tabColor: COLOR.tab,
    columnWidths: [...REPORT_WIDTHS, 12, 12, 12],
    rowHeights: r.heights,
    font: FONT,
    blocks: [{ at: { row: 0, col: 0 }, cells: r.grid }],
    merges: r.merges,
    styles: r.styles,
    tables: [],
    validations: [],
    conditionalFills: [],
    hiddenColumns: [KEY_COL, ORIGINAL_A_COL, ORIGINAL_RIGHT_COL],
    charts,
    print: {
      orientation: 'portrait',
      fitToWidth: false,
      rowBreaks: r.breaks,
      header: { center: `${font}&P` },
      firstPageHeader: {},
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
      area: { row: 0, col: 0, rows: r.next, cols: VISIBLE },
    },
  };
}

export function reportWorkbook(input: ReportInput): WorkbookSpec {
  return { sheets: [reportSheet(input)], activeSheet: SHEET.report };
}
