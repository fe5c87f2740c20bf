import { demoWardPlan } from '../../src/demo/demoPlan';
import { demoWardReports } from '../../src/demo/demoReports';
import { viNumber } from '../../src/domain/numberText';
import { STATUS_RULE } from '../../src/domain/report/attainment';
import { percentFigure } from '../../src/domain/report/resultText';
import { consolidatePlan } from '../../src/domain/report/consolidate';
import { LISTED, reportNarrative } from '../../src/domain/report/narrative';
import { reportFigures } from '../../src/domain/report/reportFigures';
import type { Unit } from '../../src/domain/report/unit';
import { SHEET } from '../../src/sheets/names';
import { readReportEdits } from '../../src/sheets/read/readReportEdits';
import { readSummary } from '../../src/sheets/read/readSummary';
import { KEY_COL, PAGE_POINTS, reportNumber, reportSheet, RIGHT_COL, textBar } from '../../src/sheets/reportSheet';
import { textWidthPt } from '../../src/sheets/textWidth';
import { printedPages } from '../support/printedPages';
import { consolidationWorkbook } from '../../src/sheets/summarySheet';
import { sheetGrid, specValues } from '../support/specValues';

const ward = demoWardPlan();
const c = consolidatePlan(ward, demoWardReports(ward));
const ctx = { issuingBody: ward.info.issuingBody, periodLabel: 'năm 2026', byUnitSheet: SHEET.byUnit };
const input = { plan: ward, consolidation: c, date: '2027-01-05', drawsCharts: false };
const rowOf = (grid: unknown[][], key: string) => grid.findIndex((line) => line[KEY_COL] === key);

describe('report narrative', () => {
  const paragraphs = new Map(reportNarrative(reportFigures(c, ward.units, ward.ratingLevels), ctx).map((p) => [p.key, p.text]));

  it('states the counts of the consolidation, in Vietnamese number format', () => {
    const count = (s: string) => c.targets.filter((t) => t.status === s).length;
    const met = count('met') + count('exceeded');
    expect(paragraphs.get('targets')).toContain(`Có ${met}/${c.targets.length} chỉ tiêu đạt và vượt (${count('exceeded')} chỉ tiêu vượt, ${count('met')} chỉ tiêu đạt)`);
    expect(paragraphs.get('targets')).toContain(`${count('not-met')} chỉ tiêu chưa đạt`);
    expect(paragraphs.get('reporting')).toBe(`Có ${c.units.reported}/${c.units.expected} đơn vị đã gửi báo cáo (${percentFigure((100 * c.units.reported) / c.units.expected)} số đơn vị); 1 đơn vị chưa báo cáo: ${c.units.missingNames[0]}.`);
    for (const t of c.targets.filter((x) => x.status === 'not-met')) expect(paragraphs.get('targets-not-met')).toContain(`${t.code} – ${t.text}: `);
    for (const level of ward.ratingLevels) {
      expect(paragraphs.get('ratings')).toContain(`${level.name}: ${c.byUnit.filter((u) => u.rating === level.name).length} đơn vị`);
    }
  });

  it('names the weakest units below the leaders\' level first, and cuts long lists pointing at the full sheet', () => {
    const f = reportFigures(c, ward.units, ward.ratingLevels);
    const weakest = [...c.byUnit].filter((u) => u.reported && (u.score ?? 100) < f.basis.leaderLevel!.minScore).sort((a, b) => (a.score ?? 0) - (b.score ?? 0))[0];
    expect(paragraphs.get('attention')).toMatch(new RegExp(`^Các đơn vị cần quan tâm, hỗ trợ \\(xếp loại dưới mức Hoàn thành tốt nhiệm vụ\\): ${weakest.name}`));
    const many = demoWardPlan();
    many.units = Array.from({ length: 30 }, (_, i): Unit => ({ code: `U${i}`, name: `CĐCS số ${i}`, type: '', parent: '', contact: '' }));
    const none = consolidatePlan(many, []);
    const text = reportNarrative(reportFigures(none, many.units, many.ratingLevels), ctx).find((p) => p.key === 'reporting')!.text;
    expect(text).toContain(`30 đơn vị chưa báo cáo: CĐCS số 0, CĐCS số 1`);
    expect(text).toContain(`và ${30 - LISTED} đơn vị khác (xem trang ${SHEET.byUnit})`);
  });

  it('says a computed rating is not the units\' own evaluation a target counts, and writes the body in sentence case', () => {
    expect(paragraphs.get('ratings')).toContain('được tính từ tỷ lệ chỉ tiêu mỗi đơn vị đạt hoặc vượt');
    expect(paragraphs.get('ratings')).toContain('Hoàn thành tốt nhiệm vụ từ 70%');
    expect(paragraphs.get('ratings')).toContain('Không hoàn thành nhiệm vụ dưới 50%');
    expect(paragraphs.get('ratings')).toMatch(/không phải kết quả đánh giá, xếp loại mà các đơn vị báo cáo ở chỉ tiêu CT05 và CT06/);
    expect(paragraphs.get('closing')).toBe('Trên đây là báo cáo kết quả thực hiện các chỉ tiêu năm 2026 của Công đoàn phường An Khánh./.');
  });

  it('compares unit types by summed judged targets, never by averaging units', () => {
    const f = reportFigures(c, ward.units, ward.ratingLevels);
    expect(f.groups.map((g) => g.name)).toEqual(['CĐCS doanh nghiệp', 'CĐCS khu vực hành chính sự nghiệp']);
    for (const g of f.groups) {
      const members = c.byUnit.filter((u) => ward.units.find((x) => x.code === u.code)!.type === g.name);
      const judged = members.flatMap((u) => Object.values(u.statuses)).filter((s) => s === 'met' || s === 'exceeded' || s === 'not-met');
      expect(g.score).toBe(Math.round((1000 * judged.filter((s) => s !== 'not-met').length) / judged.length) / 10);
    }
  });
});

describe('reading the consolidation back from its sheets', () => {
  const sheets = specValues(consolidationWorkbook(c, { orgName: ward.info.issuingBody, period: ward.info.period, at: '05/01/2027 08:00' }));

  it('gives the same figures the consolidation wrote', () => {
    const { consolidation, findings } = readSummary(ward, sheets.get(SHEET.summary)!, sheets.get(SHEET.byUnit)!);
    expect(findings).toEqual([]);
    const pick = (x: typeof c) => ({
      units: x.units,
      targets: x.targets.map(({ code, result, numerator, base, attainment, status, unitsReported, unitsNa, unitsMeeting }) => ({ code, result, numerator, base, attainment, status, unitsReported, unitsNa, unitsMeeting })),
      byUnit: x.byUnit.map(({ code, name, reported, statuses, score, rank, rating }) => ({ code, name, reported, statuses, score, rank, rating })),
    });
    expect(pick(consolidation!)).toEqual(pick(c));
  });

  it('says what is wrong with a summary it cannot use, and where', () => {
    expect(readSummary(ward, null, null).findings.map((f) => f.code)).toEqual(['summary-missing']);
    const edited = sheets.get(SHEET.summary)!.map((l) => [...l]);
    edited[4][4] = 'nhiều';
    edited[5][0] = 'CT99';
    const { findings } = readSummary(ward, edited, sheets.get(SHEET.byUnit)!);
    expect(findings.map((f) => [f.code, f.cell])).toEqual([['summary-target-unknown', 'A6'], ['summary-unreadable', 'E5'], ['summary-target-missing', '']]);
  });
});

describe('report sheet', () => {
  const spec = reportSheet(input);
  const grid = sheetGrid(spec);
  const numberRow = rowOf(grid, 'header');

  it('lays out the official header: bodies, rule and number on the left, motto, tiêu ngữ, rule, place and date on the right', () => {
    expect(grid[0][0]).toBe('LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐÔNG NAM');
    expect(grid[0][RIGHT_COL]).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(grid[1][RIGHT_COL]).toBe('Độc lập - Tự do - Hạnh phúc');
    const issuing = grid.findIndex((l) => l[0] === 'CÔNG ĐOÀN PHƯỜNG AN KHÁNH');
    expect(issuing).toBeGreaterThan(0);
    expect(grid[numberRow][0]).toBe('Số: ……/BC-CĐP');
    expect(grid[numberRow][RIGHT_COL]).toBe('An Khánh, ngày 05 tháng 01 năm 2027');
    const styleAt = (row: number, col: number) => spec.styles.filter((st) => st.rect.row <= row && row < st.rect.row + st.rect.rows && st.rect.col <= col && col < st.rect.col + st.rect.cols).reduce((a, st) => ({ ...a, ...st.style }), {} as Record<string, unknown>);
    expect(styleAt(issuing, 0)).toMatchObject({ bold: true, fontSize: 12 });
    expect(styleAt(0, RIGHT_COL)).toMatchObject({ bold: true });
    expect(styleAt(1, RIGHT_COL)).toMatchObject({ bold: true, fontSize: 13 });
    expect(styleAt(numberRow, RIGHT_COL)).toMatchObject({ italic: true });
    // Two rules: a short one under the issuing body (inside the left block), one under the tiêu ngữ.
    const rules = spec.styles.filter((st) => st.style.topRule);
    expect(rules).toHaveLength(2);
    const [left, right] = [...rules].sort((a, b) => a.rect.col - b.rect.col);
    const merged = spec.merges.find((m) => m.row <= issuing && issuing < m.row + m.rows && m.col === 0)!;
    expect(left.rect.row).toBe(merged.row + merged.rows);
    expect(left.rect.col + left.rect.cols).toBeLessThanOrEqual(RIGHT_COL);
    expect(right.rect.row).toBe(2);
    expect(right.rect.col).toBeGreaterThanOrEqual(RIGHT_COL);
    expect(grid[rowOf(grid, 'subject') - 1][0]).toBe('BÁO CÁO');
    const last = grid.length - 1;
    expect(grid[last][RIGHT_COL]).toBe(ward.info.signerName);
    expect(grid.some((l) => l[RIGHT_COL] === 'TM. BAN THƯỜNG VỤ')).toBe(true);
    expect(grid.some((l) => l[0] === 'Nơi nhận:')).toBe(true);
  });

  it('draws the rule under the tiêu ngữ as long as the line and centred under it', () => {
    const right = spec.styles.filter((st) => st.style.topRule).sort((a, b) => b.rect.col - a.rect.col)[0].rect;
    // Excel's geometry: 7 pixels per character plus 5, at 96 pixels per inch.
    const widths = spec.columnWidths.map((w) => Math.trunc(w * 7 + 5) * 0.75);
    const x = (col: number) => widths.slice(0, col).reduce((a, b) => a + b, 0);
    const line = textWidthPt('Độc lập - Tự do - Hạnh phúc', 13, 'bold');
    const [from, to] = [x(right.col), x(right.col + right.cols)];
    expect(Math.abs(to - from - line)).toBeLessThan(8);
    const blockCentre = (x(RIGHT_COL) + x(KEY_COL)) / 2;
    expect(Math.abs((from + to) / 2 - blockCentre)).toBeLessThan(6);
  });

  it('prints A4 portrait with the official margins, numbered from page 2, hidden bookkeeping out of the print area', () => {
    expect(spec.print).toMatchObject({ orientation: 'portrait', margins: { top: 20, bottom: 20, left: 30, right: 15 }, firstPageHeader: {} });
    expect(spec.print.header?.center).toMatch(/&P$/);
    expect(spec.print.area).toEqual({ row: 0, col: 0, rows: grid.length, cols: KEY_COL });
    expect(spec.hiddenColumns).toEqual([KEY_COL, KEY_COL + 1, KEY_COL + 2]);
    expect(spec.font.name).toBe('Times New Roman');
    // Columns at 100 % fill the 165 mm between the margins.
    const mm = spec.columnWidths.slice(0, KEY_COL).reduce((a, w) => a + (Math.trunc(w * 7 + 5) * 25.4) / 96, 0);
    expect(mm).toBeGreaterThan(160);
    expect(mm).toBeLessThanOrEqual(165.5);
  });

  it('lists every target with its result and status, states the status rule under Bảng 1, and draws bars or a chart, never both', () => {
    for (const t of c.targets) expect(grid.some((l) => typeof l[1] === 'string' && l[1].startsWith(`${t.code}. `))).toBe(true);
    expect(grid.some((l) => l[0] === STATUS_RULE.vi)).toBe(true);
    expect(spec.charts).toEqual([]);
    expect(grid.some((l) => typeof l[4] === 'string' && l[4].includes('│'))).toBe(true);
    const excel = reportSheet({ ...input, drawsCharts: true });
    expect(excel.charts!.map((ch) => ch.lines)).toEqual([[1], []]);
    expect(sheetGrid(excel).some((l) => l.some((v) => typeof v === 'string' && v.includes('│')))).toBe(false);
  });

  it('prints no note about the software in the document', () => {
    const text = grid.flat().filter((v) => typeof v === 'string').join(' ');
    expect(text).not.toMatch(/\.xlsx|Excel|ô tác vụ|unionplan/i);
  });

  it('keeps the paragraphs the officer rewrote and regenerates the others', () => {
    const edited = grid.map((l) => [...l]);
    const assessment = rowOf(edited, 'assessment');
    edited[assessment][0] = 'Phong trào thi đua được duy trì; công tác phát triển đoàn viên vượt kế hoạch.';
    edited[numberRow][RIGHT_COL] = 'An Khánh, ngày 10 tháng 01 năm 2027';
    const kept = readReportEdits(edited);
    expect([...kept.keys()].sort()).toEqual(['assessment', 'header@right']);
    const again = sheetGrid(reportSheet({ ...input, kept }));
    expect(again[rowOf(again, 'assessment')][0]).toBe(edited[assessment][0]);
    expect(again[rowOf(again, 'header')][RIGHT_COL]).toBe('An Khánh, ngày 10 tháng 01 năm 2027');
    expect(again[rowOf(again, 'targets')][0]).toBe(grid[rowOf(grid, 'targets')][0]);
    // Kept again on the next run: the hidden original is still the generated text.
    expect(readReportEdits(again).get('assessment')).toBe(edited[assessment][0]);
  });

  it('keeps the edits of a report made by the earlier, narrower layout (bookkeeping in G:I)', () => {
    const old = [
      ['X', null, null, null, null, null, null, null, null],
      ['Số: ……/BC-CĐP', null, 'An Khánh, ngày 09 tháng 01 năm 2027', null, null, null, 'header', 'Số: ……/BC-CĐP', 'An Khánh, ngày 05 tháng 01 năm 2027'],
      ['Kết quả', null, null, null, null, null, 'subject', 'Kết quả', null],
      ['Đã sửa.', null, null, null, null, null, 'assessment', '[Đánh giá]', null],
    ];
    expect([...readReportEdits(old)].sort()).toEqual([['assessment', 'Đã sửa.'], ['header@right', 'An Khánh, ngày 09 tháng 01 năm 2027']]);
  });

  it('paginates: a table repeats its header on every page it runs onto, charts and the signature never split', () => {
    const many = demoWardPlan();
    many.targets = Array.from({ length: 45 }, (_, i) => ({ ...ward.targets[i % ward.targets.length], code: `CT${i + 1}` }));
    const big = consolidatePlan(many, demoWardReports(ward).map((r) => ({ ...r, lines: r.lines.map((l, k) => ({ ...l, code: `CT${k + 1}` })) })));
    for (const drawsCharts of [false, true]) {
      const s = reportSheet({ plan: many, consolidation: big, date: '2027-01-05', drawsCharts });
      const g = sheetGrid(s);
      const pages = printedPages(s);
      expect(pages.length).toBeGreaterThan(2);
      for (const p of pages) expect(p.height).toBeLessThanOrEqual(PAGE_POINTS);
      const pageOf = (row: number) => pages.findIndex((p) => p.first <= row && row <= p.last);
      const headerRows = g.map((l, i) => (l[0] === 'TT' && l[1] === 'Chỉ tiêu' ? i : -1)).filter((i) => i >= 0);
      const targetRows = g.map((l, i) => (typeof l[1] === 'string' && /^CT\d+\. /.test(l[1]) ? i : -1)).filter((i) => i >= 0);
      expect(targetRows).toHaveLength(45);
      for (const row of targetRows) {
        // The rows above it on its page include a header row.
        expect(headerRows.some((h) => h < row && pageOf(h) === pageOf(row))).toBe(true);
      }
      expect(headerRows.length).toBe(new Set(targetRows.map(pageOf)).size);
      for (const ch of s.charts ?? []) expect(pageOf(ch.anchor.row)).toBe(pageOf(ch.anchor.row + ch.anchor.rows - 1));
      const caption = g.findIndex((l) => l[0] === 'Biểu đồ 1. Mức đạt so với chỉ tiêu (%)');
      const legendOrEnd = drawsCharts ? s.charts![0].anchor.row + s.charts![0].anchor.rows - 1 : g.findIndex((l, i) => i > caption && typeof l[0] === 'string' && l[0].startsWith('Mỗi ô'));
      expect(pageOf(caption)).toBe(pageOf(legendOrEnd));
      expect(pageOf(rowOf(g, 'closing'))).toBe(pageOf(g.length - 1));
      expect(pageOf(rowOf(g, 'next-steps'))).toBe(pageOf(g.length - 1));
    }
  });

  it('keeps the closing and the signature on one page however long the officer\'s paragraphs', () => {
    let pagesSeen = new Set<number>();
    for (let lines = 0; lines < 40; lines++) {
      const text = 'Đánh giá của ban thường vụ về phong trào trong năm. '.repeat(lines + 1);
      const s = reportSheet({ ...input, kept: new Map([['assessment', text], ['next-steps', text]]) });
      const g = sheetGrid(s);
      const pages = printedPages(s);
      pagesSeen.add(pages.length);
      const pageOf = (row: number) => pages.findIndex((p) => p.first <= row && row <= p.last);
      expect(pageOf(rowOf(g, 'closing'))).toBe(pageOf(g.length - 1));
      for (const p of pages) expect(p.height).toBeLessThanOrEqual(PAGE_POINTS);
    }
    expect(pagesSeen.size).toBeGreaterThan(1);
    pagesSeen = new Set();
  });

  it('draws text bars true to the value', () => {
    expect(textBar(50)).toBe('█████░░░░░│');
    expect(textBar(98)).toBe('█████████▌│');
    expect(textBar(98)).not.toBe(textBar(100));
    expect(textBar(100)).toBe('██████████│');
    expect(textBar(130)).toBe('██████████│███');
    expect(textBar(0)).toBe('░░░░░░░░░░│');
    expect(textBar(66.7, false)).toBe('██████▌░░░');
    for (let v = 0; v <= 200; v += 0.5) {
      const filled = [...textBar(v)].reduce((n, ch) => n + (ch === '█' ? 10 : ch === '▌' ? 5 : 0), 0);
      expect(filled).toBeLessThanOrEqual(v);
      expect(v - filled).toBeLessThan(5);
    }
  });

  it('numbers a report after the plan: "…/BC-" and the plan\'s issuing office', () => {
    expect(reportNumber('12/KH-CĐP')).toBe('Số: ……/BC-CĐP');
    expect(reportNumber('31/KH- LĐLĐ')).toBe('Số: ……/BC-LĐLĐ');
    expect(reportNumber('')).toBe('Số: ……/BC-');
    expect(viNumber(1234.5, 1)).toBe('1.234,5');
  });
});
