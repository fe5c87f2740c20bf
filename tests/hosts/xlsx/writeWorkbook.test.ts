import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { demoWardPlan } from '../../../src/demo/demoPlan';
import { loadWorkbook, readWorkbookValues } from '../../../src/files/readWorkbook';
import { writeWorkbook } from '../../../src/hosts/xlsx/writeWorkbook';
import { SHEET, TABLE } from '../../../src/sheets/names';
import { planWorkbook } from '../../../src/sheets/planWorkbook';
import { readPlan } from '../../../src/sheets/read/readPlan';
import { scheduleLayout } from '../../../src/sheets/scheduleSheet';
import { reportWorkbook } from '../../../src/sheets/reportSheet';
import { consolidatePlan } from '../../../src/domain/report/consolidate';
import { demoWardReports } from '../../../src/demo/demoReports';

describe('xlsx host', () => {
  let data: Uint8Array;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    data = await writeWorkbook(planWorkbook(demoWardPlan()));
    wb = await loadWorkbook(data);
  });

  it('round-trips the plan through a real .xlsx file', async () => {
    const { plan, findings } = readPlan(await readWorkbookValues(data));
    expect(findings).toEqual([]);
    expect(plan).toEqual(demoWardPlan());
  });

  it('writes the named tables over the header row', () => {
    const targets = wb.getWorksheet(SHEET.targets)!;
    const table = targets.getTable(TABLE.targets) as unknown as { table: { tableRef: string; name: string } };
    expect(table.table.name).toBe(TABLE.targets);
    expect(table.table.tableRef).toBe('A4:L11');
    expect(wb.getWorksheet(SHEET.tasks)!.getTable(TABLE.tasks)).toBeDefined();
  });

  it('puts dropdown lists on the choice columns', () => {
    const tasks = wb.getWorksheet(SHEET.tasks)!;
    const dv = tasks.getCell('I5').dataValidation;
    expect(dv.type).toBe('list');
    expect(dv.formulae[0]).toContain('Thường xuyên');
    expect(tasks.getCell('G5').dataValidation.type).toBe('date');
  });

  it('keeps formulas as formulas and text as text', () => {
    const calendar = wb.getWorksheet(SHEET.calendar)!;
    const mark = calendar.getCell('D5').value as ExcelJS.CellFormulaValue;
    expect(mark.formula).toContain("'Nhiệm vụ'!");
    const tasks = wb.getWorksheet(SHEET.tasks)!;
    expect(tasks.getCell('B5').value).toBe('1.1');
    expect(tasks.getCell('B5').numFmt).toBe('@');
  });

  it('sets A4 landscape, fit to width and repeated header on wide sheets', () => {
    const ws = wb.getWorksheet(SHEET.calendar)!;
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.printTitlesRow).toBe('4:4');
    expect(ws.headerFooter.oddFooter).toContain('&P');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4, xSplit: 3 });
  });

  it('prints the monthly schedule at 100 % with a page break before each month', async () => {
    const ws = wb.getWorksheet(SHEET.schedule)!;
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: false });
    const starts = scheduleLayout(demoWardPlan()).months.slice(1).map((m) => m.rect.row);
    // ExcelJS does not read breaks back, so the sheet XML is checked: only the schedule has them, and
    // a break after 1-based row r is a page starting at 0-based row r.
    const zip = await JSZip.loadAsync(data);
    const sheets = await Promise.all(Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')));
    const withBreaks = sheets.filter((x) => x.includes('<rowBreaks'));
    expect(withBreaks).toHaveLength(1);
    expect([...withBreaks[0].matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]))).toEqual(starts);
  });

  it('never turns text that looks like a formula into one', async () => {
    const plan = demoWardPlan();
    plan.tasks[0].content = '=HYPERLINK("http://x","y")';
    const back = readPlan(await readWorkbookValues(await writeWorkbook(planWorkbook(plan))));
    expect(back.plan!.tasks[0].content).toBe('=HYPERLINK("http://x","y")');
  });

  it('draws the report header\'s rules as top edges and prints the motto on the schedule\'s pages', async () => {
    const plan = demoWardPlan();
    const report = await loadWorkbook(await writeWorkbook(reportWorkbook({ plan, consolidation: consolidatePlan(plan, demoWardReports(plan)), date: '2027-01-05', drawsCharts: false })));
    const ws = report.getWorksheet(SHEET.report)!;
    const tops: string[] = [];
    ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => { if (cell.border?.top && !cell.border.left) tops.push(cell.address.replace(/\d+/, '')); }));
    expect(tops).toEqual(expect.arrayContaining(['C', 'F', 'G', 'H', 'I']));
    const schedule = wb.getWorksheet(SHEET.schedule)!;
    expect(schedule.headerFooter.oddHeader).toMatch(/&R.*CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n.*&UĐộc lập - Tự do - Hạnh phúc/);
  });
});

describe('writing a round onto an earlier summary', () => {
  it('replaces the same-named sheets, keeps the others as they were, and keeps every sheet marked', async () => {
    const { writeWorkbookOnto } = await import('../../../src/hosts/xlsx/writeWorkbook');
    const sheet = (name: string, text: string) => ({ sheets: [{ ...planWorkbook(demoWardPlan()).sheets[0], name, blocks: [{ at: { row: 0, col: 0 }, cells: [[text]] }], tables: [], validations: [], conditionalFills: [], merges: [], styles: [] }] });
    const first = await writeWorkbook({ sheets: [...sheet('Tổng hợp 6T', 'sáu tháng').sheets, ...sheet('Tiến độ', 'cũ').sheets] });
    const joined = await writeWorkbookOnto(first, { sheets: [...sheet('Tổng hợp CN', 'cả năm').sheets, ...sheet('Tiến độ', 'mới').sheets] });
    const values = await readWorkbookValues(joined);
    expect([...values.keys()].sort()).toEqual(['Tiến độ', 'Tổng hợp 6T', 'Tổng hợp CN']);
    expect(values.get('Tổng hợp 6T')![0][0]).toBe('sáu tháng');
    expect(values.get('Tiến độ')![0][0]).toBe('mới');
    const wb = await loadWorkbook(joined);
    const marked = wb.definedNames.model.filter((n) => n.name.startsWith('_unionplan_')).flatMap((n) => n.ranges).map((r) => r.replace(/!.*$/, '').replace(/'/g, '')).sort();
    expect(marked).toEqual(['Tiến độ', 'Tổng hợp 6T', 'Tổng hợp CN']);
  });
});
