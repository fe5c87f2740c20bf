import type { IsoDate } from '../domain/excelDate';
import { viPercent } from '../domain/numberText';
import { periodLabel } from '../domain/period';
import type { Plan } from '../domain/plan';
import type { Consolidation } from '../domain/report/consolidate';
import { reportNarrative, type Paragraph, type ParagraphKey } from '../domain/report/narrative';
import { reportFigures } from '../domain/report/reportFigures';
import { plannedText, resultText } from '../domain/report/resultText';
import { placeDateLine } from '../domain/vietnameseDate';
import { linesFor } from './rowHeight';
import { SHEET } from './names';
import type { CellContent, CellStyle, ChartSpec, Rect, SheetSpec, StyledRect, WorkbookSpec } from './spec';
import { statusWord } from './summarySheet';
import { COLOR } from './style';

/*
 * `Báo cáo`: the summary report in the official layout (docs/domain.md#official-format) — header block, title, the
 * generated narrative, the targets table, attainment charts, signature — on A4 portrait, numbered
 * from page 2. Columns G:I are hidden bookkeeping: each editable cell's key and the text unionplan
 * wrote there, so a later run can tell which paragraphs the officer rewrote and keep them.
 */

/** At 100 % these fill A4 portrait between 30 and 15 mm margins (165 mm): Excel honours manual breaks only unscaled. */
export const REPORT_WIDTHS = [5, 38, 11, 11, 9, 10];
const VISIBLE = REPORT_WIDTHS.length;
/** The header block and the signature are two columns: A:B on the left, C:F on the right. */
const HALF = 2;
export const RIGHT_COL = HALF;
/** Hidden: the key, what was written in column A, what was written in the right column (C). */
export const KEY_COL = VISIBLE;
export const ORIGINAL_A_COL = VISIBLE + 1;
export const ORIGINAL_RIGHT_COL = VISIBLE + 2;
const WIDTH = VISIBLE + 3;

const BODY_SIZE = 13;
const FONT = { name: 'Times New Roman', size: BODY_SIZE };
/** Points per printed line of 13 pt text, and characters of TNR 13 per character of column width. */
const LINE = 18;
const CHARS_PER_WIDTH = 0.85;
/** Excel's tallest row. */
const MAX_ROW = 409;
/** Rows the Excel chart covers. */
const CHART_ROWS = 16;
/** Text bars where no chart can be drawn: one block per 10 %, at most 200 %. */
const BAR_STEP = 10;
const BAR_MAX = 20;

export type EditableKey = ParagraphKey | 'header' | 'subject' | 'recipients';

export interface ReportInput {
  plan: Plan;
  consolidation: Consolidation;
  /** The report's date, printed in the header. */
  date: IsoDate;
  /** Excel draws charts; ExcelJS cannot, so the .xlsx shows text bars and says so. */
  drawsCharts: boolean;
  /** Text the officer rewrote in an earlier report, by key ("header@right" for the date beside the number). */
  kept?: ReadonlyMap<string, string>;
}

/** "…/BC-LĐLĐ" from the plan's "31/KH-LĐLĐ": the number itself is given by the office on sending. */
export function reportNumber(planNumber: string): string {
  const m = /\/\s*[^\s-/]+\s*-\s*(.+)$/.exec(planNumber.trim());
  return `Số: ……/BC-${m ? m[1].trim() : ''}`;
}

/** A bar for a percentage: █ up to the value, ░ up to 100 %, then the 100 % mark │. */
export function textBar(percent: number): string {
  const n = Math.max(0, Math.min(BAR_MAX, Math.round(percent / BAR_STEP)));
  const full = 100 / BAR_STEP;
  return n <= full ? `${'█'.repeat(n)}${'░'.repeat(full - n)}│` : `${'█'.repeat(full)}│${'█'.repeat(n - full)}`;
}

function recipientsOf(plan: Plan): string {
  const listed = plan.info.recipients.map((r) => (/^[-–+•]/.test(r) ? r : `- ${r}`));
  const lines = listed.length ? listed : [`- ${plan.info.superiorBody || 'Cấp trên'} (để báo cáo);`, '- Các đơn vị trực thuộc;', '- Lưu: VT.'];
  return lines.join('\n');
}

/** Builds the sheet row by row: every row spans the nine columns. */
class Rows {
  grid: CellContent[][] = [];
  merges: Rect[] = [];
  styles: StyledRect[] = [];
  heights: { row: number; height: number }[] = [];

  get next(): number {
    return this.grid.length;
  }

  add(cells: CellContent[], height?: number): number {
    const row = this.grid.length;
    this.grid.push([...cells, ...Array<CellContent>(WIDTH - cells.length).fill(null)]);
    if (height) this.heights.push({ row, height: Math.min(MAX_ROW, height) });
    return row;
  }

  span(row: number, col: number, cols: number, style: CellStyle): void {
    if (cols > 1) this.merges.push({ row, col, rows: 1, cols });
    this.styles.push({ rect: { row, col, rows: 1, cols }, style });
  }

  keep(row: number, key: EditableKey, originalA: string, originalRight: string | null = null): void {
    this.grid[row][KEY_COL] = key;
    this.grid[row][ORIGINAL_A_COL] = originalA;
    this.grid[row][ORIGINAL_RIGHT_COL] = originalRight;
  }
}

const fullWidth = REPORT_WIDTHS.reduce((a, b) => a + b, 0);
const textHeight = (text: string, widthChars = fullWidth, line = LINE, perWidth = CHARS_PER_WIDTH) => linesFor(text, widthChars * perWidth) * line + 4;
/** Capitals are wider: the header block's names wrap sooner. */
const CAPITALS_PER_WIDTH = 0.6;
/** The printable height of an A4 page between 20 mm margins, in points, with room for rounding between hosts. */
const PAGE_POINTS = ((297 - 20 - 20) / 25.4) * 72 * 0.95;

/** 0-based rows that start a page when rows of these heights flow onto A4 pages. */
export function pageStarts(heights: readonly number[], page = PAGE_POINTS): number[] {
  const starts = [0];
  let used = 0;
  heights.forEach((h, row) => {
    if (used + h > page && used > 0) {
      starts.push(row);
      used = 0;
    }
    used += h;
  });
  return starts;
}

export function reportSheet(input: ReportInput): SheetSpec {
  const { plan, consolidation: c, kept } = input;
  const info = plan.info;
  const period = periodLabel(info.period);
  const figures = reportFigures(c, plan.units, plan.ratingLevels);
  const paragraphs = reportNarrative(figures, { issuingBody: info.issuingBody, periodLabel: period, byUnitSheet: SHEET.byUnit });
  const text = (key: string, generated: string) => kept?.get(key) ?? generated;
  const r = new Rows();
  const charts: ChartSpec[] = [];

  // Header block: superior and issuing bodies over the number on the left, place and date on the right.
  const half = 2;
  const leftWidth = REPORT_WIDTHS.slice(0, half).reduce((a, b) => a + b, 0);
  const top = r.add([info.superiorBody.toUpperCase()], textHeight(info.superiorBody, leftWidth, LINE, CAPITALS_PER_WIDTH));
  r.span(top, 0, half, { horizontal: 'center', wrap: true, fontSize: 12 });
  const body = r.add([info.issuingBody.toUpperCase()], textHeight(info.issuingBody, leftWidth, LINE, CAPITALS_PER_WIDTH));
  r.span(body, 0, half, { horizontal: 'center', bold: true, wrap: true, fontSize: 12 });
  const numberText = reportNumber(info.number);
  const dateText = placeDateLine(info.place || '…', input.date);
  const numberRow = r.add([text('header', numberText), null, text('header@right', dateText)], 24);
  r.span(numberRow, 0, half, { horizontal: 'center', vertical: 'bottom' });
  r.span(numberRow, half, VISIBLE - half, { horizontal: 'center', italic: true, vertical: 'bottom' });
  r.keep(numberRow, 'header', numberText, dateText);
  r.add([], 12);

  const title = r.add(['BÁO CÁO'], 22);
  r.span(title, 0, VISIBLE, { horizontal: 'center', bold: true, fontSize: 14 });
  const subject = `Kết quả thực hiện các chỉ tiêu ${period}`;
  const subjectRow = r.add([text('subject', subject)], textHeight(subject));
  r.span(subjectRow, 0, VISIBLE, { horizontal: 'center', bold: true, fontSize: 14, wrap: true });
  r.keep(subjectRow, 'subject', subject);
  r.add([], 12);

  const heading = (s: string) => r.span(r.add([s], LINE + 4), 0, VISIBLE, { bold: true });
  const paragraph = (p: Paragraph | undefined) => {
    if (!p) return;
    const shown = text(p.key, p.text);
    const row = r.add([shown], textHeight(shown));
    r.span(row, 0, VISIBLE, { wrap: true, vertical: 'top', horizontal: 'left' });
    r.keep(row, p.key, p.text);
  };
  const para = (key: ParagraphKey) => paragraph(paragraphs.find((p) => p.key === key));

  heading('I. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ');
  para('reporting');
  heading('II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU');
  para('targets');
  para('targets-not-met');

  const caption = (s: string) => r.span(r.add([s], LINE + 4), 0, VISIBLE, { italic: true, horizontal: 'center' });
  caption('Bảng 1. Kết quả thực hiện các chỉ tiêu');
  const headerRow = r.add(['TT', 'Chỉ tiêu', 'Kế hoạch', 'Kết quả', 'Mức đạt', 'Đánh giá'], 40);
  r.styles.push({ rect: { row: headerRow, col: 0, rows: 1, cols: VISIBLE }, style: { bold: true, horizontal: 'center', vertical: 'center', wrap: true, fill: COLOR.header, borders: true } });
  const firstTarget = r.next;
  c.targets.forEach((t, i) => {
    const label = `${t.code}. ${t.text}`;
    const cells = [i + 1, label, plannedText(t), resultText(t) || '–', t.attainment === null ? '–' : viPercent(t.attainment), statusWord(t.status)];
    r.add(cells, Math.max(LINE + 4, textHeight(label, REPORT_WIDTHS[1], LINE - 1)));
  });
  if (c.targets.length) {
    const rows = c.targets.length;
    r.styles.push(
      { rect: { row: firstTarget, col: 0, rows, cols: VISIBLE }, style: { borders: true, vertical: 'top', wrap: true, fontSize: 12 } },
      { rect: { row: firstTarget, col: 0, rows, cols: 1 }, style: { horizontal: 'center' } },
      { rect: { row: firstTarget, col: 2, rows, cols: 4 }, style: { horizontal: 'center' } },
    );
  }
  r.add([], 10);

  const bars = (title: string, items: { label: string; value: number }[], mark100: boolean, valueTitle: string) => {
    if (!items.length) return;
    caption(title);
    if (input.drawsCharts) {
      // The figures the chart draws, printed beside it so the chart can be checked.
      const head = r.add([null, 'Số liệu biểu đồ', valueTitle, ...(mark100 ? ['Mốc 100%'] : [])], LINE + 4);
      r.styles.push({ rect: { row: head, col: 1, rows: 1, cols: mark100 ? 3 : 2 }, style: { bold: true, horizontal: 'center', fontSize: 11, borders: true, wrap: true } });
      for (const it of items) r.add([null, it.label, Math.round(it.value * 10) / 10, ...(mark100 ? [100] : [])], LINE);
      const data: Rect = { row: head, col: 1, rows: items.length + 1, cols: mark100 ? 3 : 2 };
      r.styles.push({ rect: { row: head + 1, col: 1, rows: items.length, cols: data.cols }, style: { fontSize: 11, borders: true, numberFormat: '0.0' } });
      const from = r.next;
      for (let k = 0; k < CHART_ROWS; k++) r.add([], LINE);
      charts.push({ title, data, lines: mark100 ? [1] : [], anchor: { row: from, col: 0, rows: CHART_ROWS, cols: VISIBLE }, valueAxisTitle: '%' });
    } else {
      for (const it of items) {
        const row = r.add([null, it.label, mark100 ? textBar(it.value) : textBar(it.value).replace('│', ''), null, null, viPercent(it.value)], LINE);
        r.merges.push({ row, col: 2, rows: 1, cols: 3 });
        r.styles.push({ rect: { row, col: 2, rows: 1, cols: 3 }, style: { fontSize: 10, vertical: 'center', fontColor: '#1F4E79' } }, { rect: { row, col: 5, rows: 1, cols: 1 }, style: { horizontal: 'right' } });
      }
      const note = `(Biểu đồ dạng thanh: mỗi ô █ là ${BAR_STEP}%${mark100 ? '; vạch │ là mốc 100% chỉ tiêu' : ''}. Tệp .xlsx không vẽ được biểu đồ Excel; tạo báo cáo từ ô tác vụ trong Excel để có biểu đồ.)`;
      const row = r.add([note], textHeight(note, fullWidth, 15));
      r.span(row, 0, VISIBLE, { italic: true, wrap: true, fontSize: 10, fontColor: COLOR.hint });
    }
    r.add([], 10);
  };
  bars('Biểu đồ 1. Mức đạt so với chỉ tiêu (%)', c.targets.filter((t) => t.attainment !== null).map((t) => ({ label: t.code, value: t.attainment as number })), true, 'Mức đạt (%)');

  if (c.units.expected > 0) {
    heading('III. KẾT QUẢ THEO ĐƠN VỊ');
    para('ratings');
    para('leaders');
    para('attention');
    para('groups');
    bars('Biểu đồ 2. Tỷ lệ chỉ tiêu đạt theo loại hình đơn vị (%)', figures.groups.filter((g) => g.score !== null).map((g) => ({ label: g.name || 'Chưa phân loại', value: g.score as number })), false, 'Đạt (%)');
  }
  const more = c.units.expected > 0 ? ['IV', 'V'] : ['III', 'IV'];
  heading(`${more[0]}. ĐÁNH GIÁ CHUNG`);
  para('assessment');
  heading(`${more[1]}. PHƯƠNG HƯỚNG, KIẾN NGHỊ`);
  para('next-steps');
  const closing = r.next;
  para('closing');
  r.add([], 12);

  // Signature block: recipients on the left, the signer on the right with room to sign.
  const sign = r.add(['Nơi nhận:', null, info.signerOnBehalf || 'TM. BAN THƯỜNG VỤ'], LINE + 2);
  r.span(sign, 0, half, { bold: true, italic: true, fontSize: 12 });
  r.span(sign, half, VISIBLE - half, { bold: true, horizontal: 'center' });
  const recipients = text('recipients', recipientsOf(plan));
  const recRow = r.add([recipients, null, info.signerTitle || 'CHỦ TỊCH'], Math.max(96, recipients.split('\n').length * 15 + 6));
  r.span(recRow, 0, half, { fontSize: 11, wrap: true, vertical: 'top' });
  r.span(recRow, half, VISIBLE - half, { bold: true, horizontal: 'center', vertical: 'top' });
  r.keep(recRow, 'recipients', recipientsOf(plan));
  const nameRow = r.add([null, null, info.signerName], LINE + 4);
  r.span(nameRow, half, VISIBLE - half, { bold: true, horizontal: 'center' });

  // The closing sentence and the signature block stay on one page: if they would straddle a break,
  // they start the next page.
  const heightOf = new Map(r.heights.map((h) => [h.row, h.height]));
  const starts = pageStarts(Array.from({ length: r.next }, (_, row) => heightOf.get(row) ?? LINE));
  const pageOf = (row: number) => starts.filter((s0) => s0 <= row).length;
  const rowBreaks = pageOf(closing) !== pageOf(nameRow) ? [closing] : [];

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
      rowBreaks,
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
