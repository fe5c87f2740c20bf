import { demoWardPlan } from '../../src/demo/demoPlan';
import { demoWardReports } from '../../src/demo/demoReports';
import { viNumber, viPercent } from '../../src/domain/numberText';
import { consolidatePlan } from '../../src/domain/report/consolidate';
import { LISTED, reportNarrative } from '../../src/domain/report/narrative';
import { reportFigures } from '../../src/domain/report/reportFigures';
import type { Unit } from '../../src/domain/report/unit';
import { SHEET } from '../../src/sheets/names';
import { readReportEdits } from '../../src/sheets/read/readReportEdits';
import { readSummary } from '../../src/sheets/read/readSummary';
import { KEY_COL, pageStarts, reportNumber, reportSheet, RIGHT_COL, textBar } from '../../src/sheets/reportSheet';
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
    expect(paragraphs.get('reporting')).toBe(`Có ${c.units.reported}/${c.units.expected} đơn vị đã gửi báo cáo (${viPercent((100 * c.units.reported) / c.units.expected)}); 1 đơn vị chưa báo cáo: ${c.units.missingNames[0]}.`);
    for (const t of c.targets.filter((x) => x.status === 'not-met')) {
      expect(paragraphs.get('targets-not-met')).toContain(`${t.code} – ${t.text}: đạt `);
      expect(paragraphs.get('targets-not-met')).toContain(`bằng ${viPercent(t.attainment as number)} chỉ tiêu`);
    }
    for (const level of ward.ratingLevels) {
      expect(paragraphs.get('ratings')).toContain(`${level.name}: ${c.byUnit.filter((u) => u.rating === level.name).length} đơn vị`);
    }
  });

  it('names the units that missed targets, weakest first, and cuts long lists pointing at the full sheet', () => {
    const weakest = [...c.byUnit].filter((u) => u.reported && Object.values(u.statuses).includes('not-met')).sort((a, b) => (a.score ?? 0) - (b.score ?? 0))[0];
    expect(paragraphs.get('attention')).toMatch(new RegExp(`^Các đơn vị cần quan tâm, hỗ trợ: ${weakest.name}`));
    const many = demoWardPlan();
    many.units = Array.from({ length: 30 }, (_, i): Unit => ({ code: `U${i}`, name: `CĐCS số ${i}`, type: '', parent: '', contact: '' }));
    const none = consolidatePlan(many, []);
    const text = reportNarrative(reportFigures(none, many.units, many.ratingLevels), ctx).find((p) => p.key === 'reporting')!.text;
    expect(text).toContain(`30 đơn vị chưa báo cáo: CĐCS số 0, CĐCS số 1`);
    expect(text).toContain(`và ${30 - LISTED} đơn vị khác (xem trang ${SHEET.byUnit})`);
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

  it('lays out the official header: bodies and number on the left, place and date on the right', () => {
    expect(grid[0][0]).toBe('LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐÔNG NAM');
    expect(grid[1][0]).toBe('CÔNG ĐOÀN PHƯỜNG AN KHÁNH');
    expect(grid[2][0]).toBe('Số: ……/BC-CĐP');
    expect(grid[2][RIGHT_COL]).toBe('An Khánh, ngày 05 tháng 01 năm 2027');
    expect(grid[4][0]).toBe('BÁO CÁO');
    expect(grid[5][0]).toBe('Kết quả thực hiện các chỉ tiêu năm 2026');
    expect(spec.styles.some((s) => s.rect.row === 1 && s.style.bold)).toBe(true);
    expect(spec.styles.some((s) => s.rect.row === 2 && s.rect.col === RIGHT_COL && s.style.italic)).toBe(true);
    const last = grid.length - 1;
    expect(grid[last][RIGHT_COL]).toBe(ward.info.signerName);
    expect(grid.some((l) => l[RIGHT_COL] === 'TM. BAN THƯỜNG VỤ')).toBe(true);
    expect(grid.some((l) => l[0] === 'Nơi nhận:')).toBe(true);
  });

  it('prints A4 portrait with the official margins, numbered from page 2, hidden bookkeeping out of the print area', () => {
    expect(spec.print).toMatchObject({ orientation: 'portrait', margins: { top: 20, bottom: 20, left: 30, right: 15 }, firstPageHeader: {} });
    expect(spec.print.header?.center).toMatch(/&P$/);
    expect(spec.print.area).toEqual({ row: 0, col: 0, rows: grid.length, cols: KEY_COL });
    expect(spec.hiddenColumns).toEqual([KEY_COL, KEY_COL + 1, KEY_COL + 2]);
    expect(spec.font.name).toBe('Times New Roman');
  });

  it('lists every target with its result and status, and draws bars or a chart, never both', () => {
    for (const t of c.targets) expect(grid.some((l) => typeof l[1] === 'string' && l[1].startsWith(`${t.code}. `))).toBe(true);
    expect(spec.charts).toEqual([]);
    expect(grid.some((l) => typeof l[2] === 'string' && l[2].includes('│'))).toBe(true);
    const excel = reportSheet({ ...input, drawsCharts: true });
    expect(excel.charts!.map((ch) => ch.lines)).toEqual([[1], []]);
    expect(sheetGrid(excel).some((l) => typeof l[2] === 'string' && l[2].includes('│'))).toBe(false);
    expect(textBar(50)).toBe('█████░░░░░│');
    expect(textBar(130)).toBe('██████████│███');
    expect(textBar(0)).toBe('░░░░░░░░░░│');
  });

  it('keeps the paragraphs the officer rewrote and regenerates the others', () => {
    const edited = grid.map((l) => [...l]);
    const assessment = rowOf(edited, 'assessment');
    edited[assessment][0] = 'Phong trào thi đua được duy trì; công tác phát triển đoàn viên vượt kế hoạch.';
    edited[2][RIGHT_COL] = 'An Khánh, ngày 10 tháng 01 năm 2027';
    const kept = readReportEdits(edited);
    expect([...kept.keys()].sort()).toEqual(['assessment', 'header@right']);
    const again = sheetGrid(reportSheet({ ...input, kept }));
    expect(again[rowOf(again, 'assessment')][0]).toBe(edited[assessment][0]);
    expect(again[2][RIGHT_COL]).toBe('An Khánh, ngày 10 tháng 01 năm 2027');
    expect(again[rowOf(again, 'targets')][0]).toBe(grid[rowOf(grid, 'targets')][0]);
    // Kept again on the next run: the hidden original is still the generated text.
    expect(readReportEdits(again).get('assessment')).toBe(edited[assessment][0]);
  });

  it('keeps the closing and the signature on one page', () => {
    expect(pageStarts([300, 300, 300, 300])).toEqual([0, 2]);
    // The assessment and next steps the officer wrote, longer at each step, move the end of the report down the page.
    let broken = 0;
    for (let lines = 0; lines < 40; lines++) {
      const text = 'Đánh giá của ban thường vụ về phong trào trong năm. '.repeat(lines + 1);
      const kept = new Map([['assessment', text], ['next-steps', text]]);
      const s = reportSheet({ ...input, kept });
      const g = sheetGrid(s);
      const heights = new Map(s.rowHeights!.map((h) => [h.row, h.height]));
      const breaks = s.print.rowBreaks ?? [];
      if (breaks.length) broken++;
      // Pages as they flow with the manual break: a break starts a page, and rows fill from there.
      const flowing = g.map((_l, i) => heights.get(i) ?? 18);
      const starts = breaks.length ? [...pageStarts(flowing.slice(0, breaks[0])), ...pageStarts(flowing.slice(breaks[0])).map((x) => x + breaks[0])] : pageStarts(flowing);
      const pageOf = (row: number) => starts.filter((x) => x <= row).length;
      expect(pageOf(rowOf(g, 'closing'))).toBe(pageOf(g.length - 1));
    }
    expect(broken).toBeGreaterThan(0);
  });

  it('numbers a report after the plan: "…/BC-" and the plan\'s issuing office', () => {
    expect(reportNumber('12/KH-CĐP')).toBe('Số: ……/BC-CĐP');
    expect(reportNumber('31/KH- LĐLĐ')).toBe('Số: ……/BC-LĐLĐ');
    expect(reportNumber('')).toBe('Số: ……/BC-');
    expect(viNumber(1234.5, 1)).toBe('1.234,5');
  });
});
