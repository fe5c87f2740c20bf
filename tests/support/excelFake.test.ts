import { FakeContext, SheetState, WorkbookState } from './excelFake';
import { typed } from './excelFakeTyping';

/**
 * The strict fake refuses what Excel refuses and changes what Excel changes (issue #17). Each rule
 * here failed on the old fake; the source of each is cited where the fake implements it
 * (excelFake.ts and its helpers) and in docs/excel-fake.md.
 */
type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any
const ws = (fake: FakeContext, name = 'Sheet1'): Any => fake.workbook.worksheets.getItem(name);

/** A sheet protected by unionplan's options, with B2:B3 unlocked for input. */
async function protectedSheet(): Promise<FakeContext> {
  const fake = new FakeContext();
  const sheet = ws(fake);
  sheet.getRange('A1:B3').values = [['Mã', 'Kết quả'], ['CT1', null], ['CT2', null]];
  sheet.tables.add('A1:B3', true).name = 'BaoCao';
  sheet.getRange('B2:B3').format.protection.locked = false;
  sheet.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
  await fake.sync();
  return fake;
}

async function refused(fake: FakeContext, queue: () => void, code = 'AccessDenied'): Promise<void> {
  queue();
  await expect(fake.sync()).rejects.toMatchObject({ code });
}

describe('the strict fake: protection', () => {
  it('takes values in unlocked cells and refuses them in locked ones', async () => {
    const fake = await protectedSheet();
    ws(fake).getRange('B2:B3').values = [[45], [50]];
    await fake.sync();
    expect(fake.state.sheet('Sheet1')!.value(1, 1)).toBe(45);
    await refused(fake, () => (ws(fake).getRange('A2:B2').values = [['CT9', 1]]));
    expect(fake.state.sheet('Sheet1')!.value(1, 0)).toBe('CT1');
  });

  it.each([
    ['a table rename', (f: FakeContext) => { const t = f.workbook.tables; t.load('items/name'); return () => (t.items[0].name = 'BaoCao_old'); }],
    ['tables.add', (f: FakeContext) => () => ws(f).tables.add('D1:E2', true)],
    ['a merge', (f: FakeContext) => () => ws(f).getRange('D1:E1').merge(false)],
    ['data validation', (f: FakeContext) => () => (ws(f).getRange('B2:B3').dataValidation.rule = { decimal: { operator: 'Between', formula1: 0, formula2: 9 } })],
    ['a conditional format', (f: FakeContext) => () => ws(f).getRange('B2:B3').conditionalFormats.add('Custom')],
    ['a chart', (f: FakeContext) => () => ws(f).charts.add('ColumnClustered', ws(f).getRange('A1:B3'), 'Columns')],
    ['page layout', (f: FakeContext) => () => (ws(f).pageLayout.orientation = 'Landscape')],
    ['a header', (f: FakeContext) => () => (ws(f).pageLayout.headersFooters.defaultForAllPages.centerHeader = 'x')],
    ['a page break', (f: FakeContext) => () => ws(f).horizontalPageBreaks.add('A3')],
    ['a font', (f: FakeContext) => () => (ws(f).getRange('B2').format.font.bold = true)],
    ['unlocking a cell', (f: FakeContext) => () => (ws(f).getRange('A2').format.protection.locked = false)],
  ])('refuses %s on a protected sheet with AccessDenied', async (_what, prepare) => {
    const fake = await protectedSheet();
    const queue = prepare(fake);
    await fake.sync();
    await refused(fake, queue);
  });

  it('allows what the protection options allow, and everything once unprotected', async () => {
    const fake = await protectedSheet();
    ws(fake).getRangeByIndexes(0, 1, 1, 1).format.columnWidth = 80;
    await fake.sync();
    const s = fake.state.sheet('Sheet1')!;
    expect(s.columnWidths.get(1)).toBe(80);
    ws(fake).protection.unprotect();
    ws(fake).getRange('A2:B2').values = [['CT9', 1]];
    ws(fake).protection.protect({ allowFormatColumns: true });
    await fake.sync();
    expect(s.protected).toBe(true);
    expect(s.value(1, 0)).toBe('CT9');
  });

  it('refuses to protect twice and to unprotect a sheet that is not protected', async () => {
    const fake = await protectedSheet();
    await refused(fake, () => ws(fake).protection.protect(), 'InvalidOperation');
    const plain = new FakeContext();
    await refused(plain, () => ws(plain).protection.unprotect());
  });

  it('loads protection state and options only when asked', async () => {
    const fake = await protectedSheet();
    const sheets: Any = fake.workbook.worksheets;
    sheets.load('items/name,items/protection/protected');
    await fake.sync();
    expect(sheets.items[0].protection.protected).toBe(true);
    expect(() => sheets.items[0].protection.options).toThrow(/not available/);
    sheets.load('items/name,items/protection/options');
    await fake.sync();
    expect(sheets.items[0].protection.options).toEqual({ allowFormatColumns: true, allowFormatRows: true });
  });
});

describe('the strict fake: text is typed as in Excel', () => {
  it.each([
    ['001', 1, 'Double'], ['1.234', 1.234, 'Double'], ['45%', 0.45, 'Double'], ['10 ₫', 10, 'Double'], ['$5', 5, 'Double'],
    ['(5)', -5, 'Double'], ['1 1/2', 1.5, 'Double'], ['1e3', 1000, 'Double'], ['8:30', 8.5 / 24, 'Double'],
    ['TRUE', true, 'Boolean'], ['false', false, 'Boolean'], ['#N/A', '#N/A', 'Error'], ['#div/0!', '#DIV/0!', 'Error'],
    ['=A1', '=A1', 'Formula'], ['-x', '=-x', 'Formula'], ['@SUM(1)', '=@SUM(1)', 'Formula'],
    ["'001", '001', 'String'], ['Thường xuyên', 'Thường xuyên', 'String'], ['Quý II/2026', 'Quý II/2026', 'String'], ['-', '-', 'String'],
  ])('%s becomes %p (%s)', (input, value, type) => {
    expect(typed(input)).toEqual({ value, type });
  });

  it.each(['5-Jan', 'Jan-26', '20/10', '10/20/2026', '3/2026', '2026-05-01', 'Jan 5, 2026', '1/2/2026 8:30'])('%s becomes a date serial', (input) => {
    expect(typed(input).type).toBe('Double');
  });

  it('types what is written through values or formulas, keeps the apostrophe out of the value, and keeps text in @ cells', async () => {
    const fake = new FakeContext();
    const sheet = ws(fake);
    sheet.getRange('A1:A3').numberFormat = [['General'], ['General'], ['@']];
    sheet.getRange('A1:A3').values = [['5-Jan'], ["'5-Jan"], ['5-Jan']];
    await fake.sync();
    const s = fake.state.sheet('Sheet1')!;
    expect([0, 1, 2].map((r) => s.valueType(r, 0))).toEqual(['Double', 'String', 'String']);
    expect(s.value(1, 0)).toBe('5-Jan');
    const read: Any = sheet.getRange('A1:A3');
    read.load('values');
    await fake.sync();
    expect(read.values[0][0]).toEqual(expect.any(Number));
  });

  it('refuses numbers JSON cannot carry and text longer than a cell holds', async () => {
    const fake = new FakeContext();
    await refused(fake, () => (ws(fake).getRange('A1').values = [[NaN]]), 'InvalidArgument');
    await refused(fake, () => (ws(fake).getRange('A1').values = [['x'.repeat(32_768)]]), 'InvalidArgument');
  });
});

describe('the strict fake: calculation', () => {
  it('leaves formulas stale after a suspended write until a later request calculates', async () => {
    const fake = new FakeContext();
    fake.application.suspendApiCalculationUntilNextSync();
    ws(fake).getRange('A1:B1').formulas = [[1, '=A1*2']];
    // Asked for inside the suspended request, a calculation does not count.
    fake.application.calculate('Full');
    await fake.sync();
    expect(fake.state.calculationPending).toBe(true);
    ws(fake).getRange('A2').values = [[3]];
    await fake.sync();
    expect(fake.state.calculationPending).toBe(true);
    fake.application.calculate('Full');
    await fake.sync();
    expect(fake.state.calculationPending).toBe(false);
  });

  it('does not hold back a write that was not suspended', async () => {
    const fake = new FakeContext();
    ws(fake).getRange('A1').formulas = [['=1+1']];
    await fake.sync();
    expect(fake.state.calculationPending).toBe(false);
  });
});

describe('the strict fake: names', () => {
  it('finds a sheet ignoring case only: no trimming, no Unicode normalisation', async () => {
    const fake = new FakeContext(new WorkbookState(['Thông tin']));
    const found: Any = fake.workbook.worksheets.getItem('THÔNG TIN');
    found.load('name');
    await fake.sync();
    expect(found.name).toBe('Thông tin');
    for (const other of ['Thông tin ', 'Thông  tin', 'Thông tin'.normalize('NFD')]) {
      await refused(fake, () => fake.workbook.worksheets.getItem(other).activate(), 'ItemNotFound');
    }
    // And a sheet whose name differs only in those ways may be added beside it.
    fake.workbook.worksheets.add('Thông tin'.normalize('NFD'));
    await fake.sync();
    expect(fake.state.sheets).toHaveLength(2);
  });

  it.each(['A1', 'xfd1048576', 'R1C1', 'r', 'C', 'RC', '1Bang', 'Bảng 1', 'a-b', ''])('refuses the table name %p with InvalidArgument', async (name) => {
    const fake = new FakeContext();
    const t = ws(fake).tables.add('A1:B2', true);
    await fake.sync();
    await refused(fake, () => (t.name = name), 'InvalidArgument');
  });

  it('accepts Vietnamese table names and refuses a name taken by a table or a defined name, with InvalidArgument', async () => {
    const fake = new FakeContext(new WorkbookState(['Sheet1', 'Sheet2']));
    const t: Any = ws(fake).tables.add('A1:B2', true);
    t.name = 'Bảng_Chỉ_tiêu';
    const u: Any = ws(fake, 'Sheet2').tables.add('A1:B2', true);
    fake.workbook.names.add('ChiTieu', ws(fake).getRange('D1') as never);
    await fake.sync();
    expect(fake.state.sheets[0].tables[0].name).toBe('Bảng_Chỉ_tiêu');
    await refused(fake, () => (u.name = 'BẢNG_CHỈ_TIÊU'), 'InvalidArgument');
    await refused(fake, () => (u.name = 'chitieu'), 'InvalidArgument');
  });
});

describe('the strict fake: load', () => {
  it('gives each object only the properties loaded', async () => {
    const fake = new FakeContext(new WorkbookState(['Sheet1']));
    const sheet = ws(fake);
    sheet.getRange('A1:B2').values = [['a', 1], ['b', 2]];
    sheet.tables.add('A1:B2', true).name = 'T';
    fake.workbook.names.add('_mark', sheet.getRange('A1') as never, 'ghi chú');
    await fake.sync();
    const tables: Any = fake.workbook.tables;
    const names: Any = fake.workbook.names;
    const range: Any = sheet.getRange('A1:B2');
    const used: Any = sheet.getUsedRangeOrNullObject(true);
    tables.load('items/name');
    names.load('items/name,items/formula');
    range.load('values');
    used.load('rowIndex');
    await fake.sync();
    expect(tables.items[0].name).toBe('T');
    expect(() => tables.items[0].worksheet.name).toThrow(/not available/);
    expect(names.items[0].formula).toBe('=Sheet1!$A$1');
    expect(() => names.items[0].comment).toThrow(/not available/);
    expect(range.values).toEqual([['a', 1], ['b', 2]]);
    expect(() => range.rowCount).toThrow(/not available/);
    expect(used.rowIndex).toBe(0);
    expect(() => used.rowCount).toThrow(/not available/);
    expect(() => used.values).toThrow(/not available/);
  });

  it('gives nothing before the sync that runs the load', () => {
    const fake = new FakeContext();
    const range: Any = ws(fake).getRange('A1');
    range.load('values');
    expect(() => range.values).toThrow(/not available/);
  });
});

describe('the strict fake: limits', () => {
  it.each([
    ['an error title over 32 characters', { errorAlert: { showAlert: true, style: 'Stop', title: 'x'.repeat(33), message: '' } }],
    ['an error message over 225 characters', { errorAlert: { showAlert: true, style: 'Stop', title: '', message: 'x'.repeat(226) } }],
    ['a list source over 255 characters', { rule: { list: { inCellDropDown: true, source: Array(70).fill('Mục').join(',') } } }],
  ])('refuses %s', async (_what, set) => {
    const fake = new FakeContext();
    const dv: Any = ws(fake).getRange('A1:A5').dataValidation;
    for (const [k, v] of Object.entries(set)) dv[k] = v;
    await refused(fake, () => undefined, 'InvalidArgument');
  });

  it('takes the longest texts Excel takes', async () => {
    const fake = new FakeContext();
    const dv: Any = ws(fake).getRange('A1:A5').dataValidation;
    dv.rule = { list: { inCellDropDown: true, source: 'x'.repeat(255) } };
    dv.errorAlert = { showAlert: true, style: 'Stop', title: 'x'.repeat(32), message: 'x'.repeat(225) };
    ws(fake).pageLayout.headersFooters.defaultForAllPages.centerHeader = 'x'.repeat(255);
    await fake.sync();
    expect(fake.state.sheets[0].validations).toHaveLength(1);
  });

  it.each([
    ['a header over 255 characters', (p: Any) => (p.headersFooters.defaultForAllPages.leftHeader = 'x'.repeat(256))],
    ['a first-page footer over 255 characters', (p: Any) => (p.headersFooters.firstPage.centerFooter = 'x'.repeat(256))],
    ['a print scale under 10 %', (p: Any) => (p.zoom = { scale: 5 })],
    ['a print scale over 400 %', (p: Any) => (p.zoom = { scale: 401 })],
    ['a negative fit to pages', (p: Any) => (p.zoom = { horizontalFitToPages: -1 })],
    ['an empty zoom', (p: Any) => (p.zoom = {})],
    ['a negative margin', (p: Any) => (p.topMargin = -1)],
  ])('refuses %s', async (_what, set) => {
    const fake = new FakeContext();
    set(ws(fake).pageLayout);
    await refused(fake, () => undefined, 'InvalidArgument');
  });
});

describe('the strict fake: charts', () => {
  it('finds the series in the data: a first column of numbers is a series, not the categories', async () => {
    const fake = new FakeContext();
    const sheet = ws(fake);
    sheet.getRange('A1:C3').values = [['', 'Tỷ lệ', 'Mốc'], ['CT1', 90, 100], ['CT2', 80, 100]];
    sheet.getRange('E1:G3').values = [['Mã', 'Tỷ lệ', 'Mốc'], ['1', 90, 100], ['2', 80, 100]];
    const labelled = sheet.charts.add('ColumnClustered', sheet.getRange('A1:C3'), 'Columns');
    const numbered = sheet.charts.add('ColumnClustered', sheet.getRange('E1:G3'), 'Columns');
    await fake.sync();
    expect(fake.state.sheets[0].charts.map((c) => c.seriesCount)).toEqual([2, 3]);
    numbered.series.getItemAt(2).chartType = 'Line';
    await fake.sync();
    await refused(fake, () => (labelled.series.getItemAt(2).chartType = 'Line'), 'ItemNotFound');
  });
});

describe('the strict fake: payload', () => {
  it('measures a request as Office.js builds it: every range and action costs, not only the values', async () => {
    const oneBlock = new FakeContext();
    ws(oneBlock).getRange('A1:A500').values = Array.from({ length: 500 }, () => [1]);
    await oneBlock.sync();
    const cellByCell = new FakeContext();
    for (let r = 0; r < 500; r++) ws(cellByCell).getRangeByIndexes(r, 0, 1, 1).values = [[1]];
    await cellByCell.sync();
    expect(cellByCell.maxRequestBytes).toBeGreaterThan(oneBlock.maxRequestBytes + 500 * 100);
  });

  it('refuses a response over 5 MB and a read over 5,000,000 cells', async () => {
    const fake = new FakeContext();
    const s = fake.state.sheets[0];
    for (let r = 0; r < 3000; r++) s.cells.set(`${r},0`, { formula: `'${'x'.repeat(2000)}` });
    const big: Any = ws(fake).getRange('A1:A3000');
    await refused(fake, () => big.load('values'), 'ResponsePayloadSizeLimitExceeded');
    const huge: Any = ws(fake).getRange('A:E');
    await refused(fake, () => huge.load('values'), 'RangeExceedsLimit');
  });
});

it('keeps SheetState usable for set-ups: a cell set directly is read as typed by the user', () => {
  const s = new SheetState('x');
  s.cells.set('0,0', { formula: '20/10' });
  s.cells.set('0,1', { formula: "'20/10" });
  expect([s.valueType(0, 0), s.value(0, 1)]).toEqual(['Double', '20/10']);
});
