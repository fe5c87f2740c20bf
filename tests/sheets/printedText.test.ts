import { demoSchoolPlan, demoWardPlan } from '../../src/demo/demoPlan';
import { demoWardReports } from '../../src/demo/demoReports';
import { consolidatePlan } from '../../src/domain/report/consolidate';
import { planWorkbook } from '../../src/sheets/planWorkbook';
import { reportFormSheet } from '../../src/sheets/reportForm';
import { reportSheet } from '../../src/sheets/reportSheet';
import { scheduleSheet } from '../../src/sheets/scheduleSheet';
import type { CellStyle, SheetSpec } from '../../src/sheets/spec';
import { consolidationWorkbook } from '../../src/sheets/summarySheet';
import { findingsSheet } from '../../src/sheets/findingsSheet';
import { columnPoints, styleOf, textWidthPt, wrappedLines } from '../../src/sheets/textWidth';
import { sheetGrid } from '../support/specValues';

/**
 * Issue #18: no label or header is cut at 100 % zoom. Every text cell of every sheet unionplan writes
 * is measured in Times New Roman against its column (or merged range): text that does not wrap must
 * fit on one line; wrapped text must fit the height its row is given (rows left to the host's own
 * height grow by themselves). Widths are LibreOffice's, the narrower of the two hosts.
 */
const ward = demoWardPlan();
const school = demoSchoolPlan();
const c = consolidationWorkbook(consolidatePlan(ward, demoWardReports(ward)), { orgName: ward.info.issuingBody, period: ward.info.period, at: '05/01/2027 08:00' });
const sheets: SheetSpec[] = [
  ...planWorkbook(ward).sheets,
  ...planWorkbook(school).sheets,
  scheduleSheet(school),
  reportFormSheet(ward, ward.units[0]),
  reportFormSheet(school, { code: 'GV', name: 'Tổ công đoàn Giáo viên' }),
  ...c.sheets,
  findingsSheet([{ severity: 'warning', code: 'report-value-over-base', sheet: 'bao-cao-DN01.xlsx › Báo cáo', cell: 'D11', vi: 'Chỉ tiêu "CT03": kết quả 11 lớn hơn tổng số 10; dòng này không được tổng hợp.', en: 'x', value: '11' }], ward.info.issuingBody, '05/01/2027 08:00'),
  reportSheet({ plan: ward, consolidation: consolidatePlan(ward, demoWardReports(ward)), date: '2027-01-05', drawsCharts: false }),
];
const lineHeight = (size: number) => size * 1.2;

function cellStyle(s: SheetSpec, row: number, col: number): CellStyle {
  return s.styles.filter((st) => st.rect.row <= row && row < st.rect.row + st.rect.rows && st.rect.col <= col && col < st.rect.col + st.rect.cols)
    .reduce((a, st) => ({ ...a, ...st.style }), {} as CellStyle);
}

function cut(s: SheetSpec): string[] {
  const grid = sheetGrid(s);
  const hidden = new Set(s.hiddenColumns ?? []);
  const heights = new Map((s.rowHeights ?? []).map((h) => [h.row, h.height]));
  const problems: string[] = [];
  grid.forEach((line, row) => line.forEach((v, col) => {
    if (typeof v !== 'string' || !v || hidden.has(col)) return;
    const merge = s.merges.find((m) => m.row <= row && row < m.row + m.rows && m.col <= col && col < m.col + m.cols);
    if (merge && (merge.row !== row || merge.col !== col)) return;
    const cols = merge ? merge.cols : 1;
    const rows = merge ? merge.rows : 1;
    const width = s.columnWidths.slice(col, col + cols).reduce((a, w) => a + columnPoints(w ?? 8.43), 0);
    const st = cellStyle(s, row, col);
    const size = st.fontSize ?? s.font.size;
    const style = styleOf(st.bold, st.italic);
    if (!st.wrap) {
      const longest = Math.max(...v.split('\n').map((l) => textWidthPt(l, size, style)));
      if (longest > width - 3) problems.push(`${s.name}!R${row + 1}C${col + 1} "${v.slice(0, 40)}" needs ${longest.toFixed(0)} pt, has ${width.toFixed(0)}`);
      return;
    }
    const set = Array.from({ length: rows }, (_, k) => heights.get(row + k));
    if (set.some((h) => h === undefined)) return;
    const height = set.reduce((a: number, h) => a + (h as number), 0);
    const need = wrappedLines(v, width, size, style) * lineHeight(size);
    if (need > height + 1) problems.push(`${s.name}!R${row + 1}C${col + 1} "${v.slice(0, 40)}" needs ${need.toFixed(0)} pt of height, has ${height}`);
  }));
  return problems;
}

describe('printed text fits its cells', () => {
  it.each(sheets.map((s, i) => [`${i}: ${s.name}`, s] as const))('%s', (_name, s) => {
    expect(cut(s)).toEqual([]);
  });
});
