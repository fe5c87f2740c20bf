import { demoWardPlan } from '../../src/demo/demoPlan';
import { loadWorkbook, readWorkbookValues } from '../../src/files/readWorkbook';
import { writeWorkbook } from '../../src/hosts/xlsx/writeWorkbook';
import { readReport, readReports } from '../../src/sheets/read/readReport';
import { FORM_COLUMNS, FORM_HEADER_ROW, formFileName, reportFormSheet, reportFormWorkbook } from '../../src/sheets/reportForm';
import { SHEET, TABLE } from '../../src/sheets/names';
import { sheetGrid } from '../support/specValues';
import type { CellValue } from '../../src/sheets/spec';

const plan = demoWardPlan();
const unit = plan.units[0];
const col = (key: string) => FORM_COLUMNS.findIndex((c) => c.key === key);
const first = FORM_HEADER_ROW + 1;

describe('report form', () => {
  it('names the unit and period and lists every target in Table BaoCao', () => {
    const sheet = reportFormSheet(plan, unit);
    expect(sheet.tables).toEqual([expect.objectContaining({ name: TABLE.form, rect: { row: FORM_HEADER_ROW, col: 0, rows: plan.targets.length + 1, cols: FORM_COLUMNS.length } })]);
    const grid = sheetGrid(sheet);
    expect(grid.slice(2, 5).map((r) => r.slice(0, 2))).toEqual([['Mã đơn vị', unit.code], ['Tên đơn vị', unit.name], ['Kỳ báo cáo', '2026']]);
    expect(grid.slice(first, first + plan.targets.length).map((r) => r[0])).toEqual(plan.targets.map((t) => t.code));
  });

  it('leaves only the inputs unlocked: a base only where a percentage needs one', async () => {
    const wb = await loadWorkbook(await writeWorkbook(reportFormWorkbook(plan, unit)));
    const ws = wb.getWorksheet(SHEET.form)!;
    expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    const locked = (r: number, c: number) => ws.getCell(r + 1, c + 1).protection?.locked !== false;
    plan.targets.forEach((t, i) => {
      expect(locked(first + i, col('code'))).toBe(true);
      expect(locked(first + i, col('result'))).toBe(false);
      expect(locked(first + i, col('na'))).toBe(false);
      expect(locked(first + i, col('base'))).toBe(!(t.rule === 'ratio' || t.rule === 'unit-share'));
    });
    expect(locked(2, 1)).toBe(true); // the unit code
  });

  it('gives ASCII file names that survive mail and zip tools', () => {
    expect(formFileName('ĐV-Số 1')).toBe('bao-cao-DV-So-1.xlsx');
  });
});

describe('readReport', () => {
  const grid = (): CellValue[][] => sheetGrid(reportFormSheet(plan, unit)).map((r) => r.slice());

  it('reads values by header, even with columns moved, and the unit by its label', () => {
    const g = grid();
    g[first][col('result')] = 12;
    g[first + 2][col('result')] = 3;
    g[first + 2][col('base')] = 4;
    g[first + 3][col('na')] = 'Có';
    const moved = g.map((r) => [r[0], r[1], ...r.slice(2).reverse()]);
    const { report, findings } = readReport(moved, { file: 'a.xlsx', sheet: SHEET.form });
    expect(findings).toEqual([]);
    expect(report).toMatchObject({ unitCode: unit.code, unitName: unit.name, periodCode: '2026' });
    expect(report!.lines.slice(0, 4).map((l) => [l.code, l.result, l.base, l.na])).toEqual([
      [plan.targets[0].code, 12, null, false], [plan.targets[1].code, null, null, false], [plan.targets[2].code, 3, 4, false], [plan.targets[3].code, null, null, true],
    ]);
  });

  it('tells a form left as made (no report yet) from one whose every entry was unreadable (a report with errors)', () => {
    expect(readReport(grid(), { file: 'dn01.xlsx', sheet: SHEET.form }).report!.blank).toBe(true);
    const words = grid();
    words[first][col('result')] = 'chưa có';
    const read = readReport(words, { file: 'dn01.xlsx', sheet: SHEET.form });
    expect(read.report!.blank).toBeUndefined();
    expect(read.findings.map((f) => f.code)).toEqual(['cell-unreadable']);
    const noted = grid();
    noted[first][col('note')] = 'Đơn vị chưa tổ chức';
    expect(readReport(noted, { file: 'dn01.xlsx', sheet: SHEET.form }).report!.blank).toBeUndefined();
  });

  it('refuses "1.234" typed as text and words in a number cell, naming file, sheet and cell', () => {
    const g = grid();
    g[first][col('result')] = '1.234';
    g[first + 1][col('result')] = 'ba mươi';
    const { report, findings } = readReport(g, { file: 'dn01.xlsx', sheet: SHEET.form });
    expect(findings.map((f) => [f.code, f.severity, f.sheet, f.cell])).toEqual([
      ['number-separator-ambiguous', 'error', `dn01.xlsx › ${SHEET.form}`, `D${first + 1}`],
      ['cell-unreadable', 'error', `dn01.xlsx › ${SHEET.form}`, `D${first + 2}`],
    ]);
    expect(report!.lines.map((l) => l.code)).not.toContain(plan.targets[0].code);
  });

  it('reads a member\'s formula as its value, never as a formula', async () => {
    const wb = await loadWorkbook(await writeWorkbook(reportFormWorkbook(plan, unit)));
    const ws = wb.getWorksheet(SHEET.form)!;
    ws.getCell(first + 1, col('result') + 1).value = { formula: 'WEBSERVICE("http://x")', result: 7 } as never;
    ws.getCell(first + 2, col('result') + 1).value = '=HYPERLINK("http://x","y")';
    const values = await readWorkbookValues(new Uint8Array(await wb.xlsx.writeBuffer()));
    const { reports, findings } = readReports(values, 'dn01.xlsx');
    expect(reports[0].lines[0].result).toBe(7);
    expect(findings.map((f) => f.code)).toEqual(['cell-unreadable']);
  });

  it('says when a file holds no form', () => {
    const { reports, findings } = readReports(new Map([['Sheet1', [['x']]]]), 'khac.xlsx');
    expect(reports).toEqual([]);
    expect(findings.map((f) => [f.code, f.sheet])).toEqual([['report-unreadable', 'khac.xlsx']]);
  });
});

describe('report form of a round', () => {
  const round = plan.rounds![0];

  it('names the round and its cut-off in the locked head and says the figures are cumulative', () => {
    const sheet = reportFormSheet(plan, unit, undefined, round);
    const grid = sheetGrid(sheet);
    expect(grid[0][0]).toBe('BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2026');
    expect(grid.slice(2, 8).map((l) => [l[0], l[1]])).toContainEqual(['Đợt báo cáo', '6T']);
    expect(grid.slice(2, 8).map((l) => [l[0], l[1]])).toContainEqual(['Số liệu đến ngày', '31/05/2026']);
    expect(String(grid[8][0])).toContain('cộng dồn từ đầu kỳ (01/01/2026) đến hết ngày 31/05/2026');
    // The head is locked: only the data columns below the header row are unlocked.
    expect(sheet.protection?.unlocked.every((r) => r.row > 9)).toBe(true);
    expect(sheet.tables[0].rect.row).toBe(9);
  });

  it('is read back with its round, the whole-period form without one', async () => {
    const read = (spec: ReturnType<typeof reportFormWorkbook>) => writeWorkbook(spec).then((bytes) => readWorkbookValues(bytes));
    const withRound = await read(reportFormWorkbook(plan, unit, undefined, round));
    const without = await read(reportFormWorkbook(plan, unit));
    expect(readReport(withRound.get(SHEET.form)!, { file: 'a.xlsx', sheet: SHEET.form }).report?.roundCode).toBe('6T');
    expect(readReport(without.get(SHEET.form)!, { file: 'b.xlsx', sheet: SHEET.form }).report?.roundCode).toBe('');
  });

  it('gives each round its own file name', () => {
    expect(formFileName('DN01', '6T')).toBe('bao-cao-DN01-6T.xlsx');
    expect(formFileName('DN01')).toBe('bao-cao-DN01.xlsx');
  });
});
