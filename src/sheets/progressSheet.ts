import { labelOf } from '../domain/choice';
import { viNumber } from '../domain/numberText';
import { periodLabel, type Period } from '../domain/period';
import { STATUS_WORDS } from '../domain/report/attainment';
import type { TargetResult } from '../domain/report/consolidate';
import { PROGRESS_WORDS } from '../domain/report/progress';
import { plannedText, resultText } from '../domain/report/resultText';
import { dayMonthYear, type Round } from '../domain/round';
import { matchKey } from '../domain/text';
import { SHEET } from './names';
import { rowHeightFor } from './rowHeight';
import type { CellContent, Rect, SheetSpec } from './spec';
import { a4Print, COLOR, FONT, TITLE_SIZE } from './style';

/*
 * `Tiến độ`: each target across the rounds consolidated so far (docs/rounds.md), in the order of
 * their cut-offs: the result to date, the attainment against the whole period's target, the status
 * and the progress against time. Rebuilt from the rounds' own summary sheets at every consolidation.
 */

/** A round's four cells per target (by matchKey of the code): from this consolidation, or carried from the last `Tiến độ`. */
export interface RoundColumns {
  round: Round;
  cells: ReadonlyMap<string, readonly CellContent[]>;
}

/** The four cells of one target at a round. */
export function progressCells(r: TargetResult): CellContent[] {
  return [resultText(r) || null, r.attainment === null ? null : Math.round(r.attainment * 10) / 10, labelOf(STATUS_WORDS, r.status), r.progress ? labelOf(PROGRESS_WORDS, r.progress) : null];
}

export function roundColumns(round: Round, targets: readonly TargetResult[]): RoundColumns {
  return { round, cells: new Map(targets.map((t) => [matchKey(t.code), progressCells(t)])) };
}

const LEAD = ['Mã', 'Chỉ tiêu', 'Kế hoạch cả kỳ'];
const PER_ROUND = 4;
export const progressHeaders = (r: Round) => [`${r.code}: kết quả đến ${dayMonthYear(r.cutOff)}`, `${r.code}: mức đạt (%)`, `${r.code}: đánh giá`, `${r.code}: tiến độ`];

export function progressSheet(targets: readonly Pick<TargetResult, 'code' | 'text' | 'comparator' | 'target' | 'percent' | 'unit' | 'rule'>[], rounds: readonly RoundColumns[], ctx: { orgName: string; period: Period; at: string }): SheetSpec {
  const width = LEAD.length + rounds.length * PER_ROUND;
  const pad = (s: string): CellContent[] => [s, ...Array<CellContent>(width - 1).fill(null)];
  const header: CellContent[] = [...LEAD, ...rounds.flatMap((r) => progressHeaders(r.round))];
  const body: CellContent[][] = targets.map((t) => [
    t.code, t.text, plannedText({ ...t, result: null }),
    ...rounds.flatMap((r) => {
      const cells = r.cells.get(matchKey(t.code));
      return cells && cells.length === PER_ROUND ? [...cells] : [null, null, null, null];
    }),
  ]);
  const head = 3;
  const widths = [8, 40, 13, ...rounds.flatMap(() => [13, 10, 12, 13])];
  const full = (row: number): Rect => ({ row, col: 0, rows: 1, cols: width });
  const rowsN = Math.max(body.length, 1);
  const note = rounds.length
    ? `Các kỳ đã tổng hợp: ${rounds.map((r) => `${r.round.code} – ${r.round.name}, số liệu đến ${dayMonthYear(r.round.cutOff)} (thời gian đã qua ${viNumber(r.round.elapsed, 1)}%)`).join('; ')}. Số liệu mỗi kỳ cộng dồn từ đầu kỳ, mức đạt so với chỉ tiêu cả ${periodLabel(ctx.period)}. Trang này được ghi lại mỗi lần tổng hợp một kỳ.`
    : 'Chưa tổng hợp kỳ báo cáo nào.';
  return {
    name: SHEET.progress,
    tabColor: COLOR.tab,
    columnWidths: widths,
    rowHeights: [
      { row: 2, height: rowHeightFor([note], [widths.reduce((a, b) => a + b, 0)], false, FONT.size - 2) },
      { row: head, height: rowHeightFor(header.map((h) => String(h)), widths, true) },
      ...body.map((line, i) => ({ row: head + 1 + i, height: rowHeightFor(line.map((v) => (typeof v === 'string' ? v : null)), widths) })),
    ],
    font: FONT,
    blocks: [
      { at: { row: 0, col: 0 }, cells: [pad(`TIẾN ĐỘ THỰC HIỆN CHỈ TIÊU ${periodLabel(ctx.period).toLocaleUpperCase('vi')} QUA CÁC KỲ BÁO CÁO`), pad(`${ctx.orgName} — cập nhật lúc ${ctx.at}`), pad(note)] },
      { at: { row: head, col: 0 }, cells: [header, ...(body.length ? body : [Array<CellContent>(width).fill(null)])] },
    ],
    merges: [full(0), full(1), full(2)],
    styles: [
      { rect: full(0), style: { bold: true, fontSize: TITLE_SIZE, horizontal: 'center' } },
      { rect: full(1), style: { italic: true, horizontal: 'center' } },
      { rect: full(2), style: { italic: true, fontSize: FONT.size - 2, fontColor: COLOR.hint, wrap: true, vertical: 'top' } },
      { rect: full(head), style: { bold: true, fill: COLOR.header, horizontal: 'center', vertical: 'center', wrap: true, borders: true } },
      { rect: { row: head + 1, col: 0, rows: rowsN, cols: width }, style: { vertical: 'top', borders: true, wrap: true } },
      { rect: { row: head + 1, col: 0, rows: rowsN, cols: 1 }, style: { numberFormat: '@', horizontal: 'center' } },
      ...rounds.map((_r, k) => ({ rect: { row: head + 1, col: LEAD.length + k * PER_ROUND + 1, rows: rowsN, cols: 1 }, style: { numberFormat: '0.0', horizontal: 'center' as const } })),
    ],
    tables: [],
    validations: [],
    conditionalFills: [],
    freeze: { rows: head + 1, cols: 2 },
    print: a4Print('landscape', ctx.orgName, head),
  };
}
