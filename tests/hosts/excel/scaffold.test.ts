import { demoSchoolPlan, demoWardPlan } from '../../../src/demo/demoPlan';
import { ALL_CAPABILITIES } from '../../../src/hosts/excel/capabilities';
import { applyWorkbookSpec } from '../../../src/hosts/excel/writeWorkbookSpec';
import { UserError } from '../../../src/domain/userError';
import { PLAN_SHEETS, SHEET, TABLE } from '../../../src/sheets/names';
import { planWorkbook } from '../../../src/sheets/planWorkbook';
import { readPlan } from '../../../src/sheets/read/readPlan';
import type { Plan } from '../../../src/domain/plan';
import type { Task } from '../../../src/domain/task';
import { FakeContext, SheetState, WorkbookState } from '../../support/excelFake';

const ctxOf = (fake: FakeContext) => fake as unknown as Excel.RequestContext;
const options = { caps: ALL_CAPABILITIES, replace: false };

function bigPlan(tasks: number): Plan {
  const plan = demoWardPlan();
  const base = plan.tasks[2];
  plan.tasks = Array.from({ length: tasks }, (_, i): Task => ({ ...base, section: `${i + 1}`, content: `${base.content} — đợt ${i + 1}` }));
  return plan;
}

function valuesOf(s: SheetState): (string | number | boolean | null)[][] {
  let rows = 0, cols = 0;
  for (const k of s.cells.keys()) {
    const [r, c] = k.split(',').map(Number);
    rows = Math.max(rows, r + 1);
    cols = Math.max(cols, c + 1);
  }
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => {
    const v = s.value(r, c);
    return typeof v === 'string' && v.startsWith('=') ? null : v;
  }));
}

describe('Excel host: applyWorkbookSpec', () => {
  it('scaffolds the plan sheets in two syncs', async () => {
    const fake = new FakeContext();
    const result = await applyWorkbookSpec(ctxOf(fake), planWorkbook(demoWardPlan()), options);
    expect(result.status).toBe('done');
    expect(fake.syncCount).toBe(2);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(['Sheet1', ...PLAN_SHEETS]);
    expect(fake.state.active).toBe(SHEET.info);
    const tables = fake.state.sheets.flatMap((s) => s.tables.map((t) => t.name));
    expect(tables).toEqual([TABLE.targets, TABLE.tasks, TABLE.commemorations, TABLE.units, TABLE.ratings, TABLE.rounds]);
  });

  it('costs the same two syncs for a plan fifty times larger', async () => {
    const fake = new FakeContext();
    await applyWorkbookSpec(ctxOf(fake), planWorkbook(bigPlan(500)), options);
    expect(fake.syncCount).toBe(2);
  });

  it('writes what the readers read back as the same plan', async () => {
    const fake = new FakeContext();
    await applyWorkbookSpec(ctxOf(fake), planWorkbook(demoWardPlan()), options);
    const values = new Map(fake.state.sheets.map((s) => [s.name, valuesOf(s)]));
    const { plan, findings } = readPlan(values);
    expect(findings).toEqual([]);
    expect(plan).toEqual(demoWardPlan());
  });

  it('asks before replacing a sheet that exists, and writes nothing', async () => {
    const state = new WorkbookState(['Sheet1', 'nhiệm VỤ']);
    state.sheets[1].cells.set('0,0', { formula: 'my notes' });
    const fake = new FakeContext(state);
    const result = await applyWorkbookSpec(ctxOf(fake), planWorkbook(demoWardPlan()), options);
    expect(result).toEqual({ status: 'needs-consent', existing: ['nhiệm VỤ'], foreign: ['nhiệm VỤ'] });
    expect(fake.syncCount).toBe(1);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(['Sheet1', 'nhiệm VỤ']);
    expect(fake.state.sheets[1].get(0, 0)).toBe('my notes');
  });

  it('replaces an existing sheet with consent, still in two syncs, and leaves other sheets alone', async () => {
    const state = new WorkbookState(['Thông tin', 'Của tôi']);
    state.sheets[1].cells.set('0,0', { formula: 'giữ nguyên' });
    const fake = new FakeContext(state);
    const result = await applyWorkbookSpec(ctxOf(fake), planWorkbook(demoWardPlan()), { ...options, replace: true });
    expect(result).toMatchObject({ status: 'done', replaced: ['Thông tin'] });
    expect(fake.syncCount).toBe(2);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(['Của tôi', ...PLAN_SHEETS]);
    expect(fake.state.sheets[0].get(0, 0)).toBe('giữ nguyên');
  });

  it('scaffolds again over its own sheets with consent: the old tables give up their names', async () => {
    const fake = new FakeContext();
    await applyWorkbookSpec(ctxOf(fake), planWorkbook(demoWardPlan()), options);
    const again = await applyWorkbookSpec(ctxOf(fake), planWorkbook(demoSchoolPlan()), { ...options, replace: true });
    expect(again.status).toBe('done');
    const tables = fake.state.sheets.flatMap((s) => s.tables.map((t) => t.name));
    expect(tables.sort()).toEqual([TABLE.targets, TABLE.tasks, TABLE.commemorations, TABLE.units, TABLE.ratings, TABLE.rounds].sort());
    expect(fake.state.sheets.some((s) => s.name.startsWith('~unionplan-old-'))).toBe(false);
  });

  it('refuses, before writing, when a user\'s own table has a name unionplan needs', async () => {
    const fake = new FakeContext(new WorkbookState(['Của tôi']));
    fake.state.sheets[0].tables.push({ name: 'ChiTieu', rect: { row: 0, col: 0, rows: 2, cols: 2 } });
    const err = await applyWorkbookSpec(ctxOf(fake), planWorkbook(demoWardPlan()), options).catch((e) => e);
    expect((err as UserError).code).toBe('table-name-taken');
    expect((err as UserError).vi).toContain('Của tôi');
    expect(fake.syncCount).toBe(1);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(['Của tôi']);
  });

  it('refuses, before writing, when a name the user defined is a table name unionplan needs (one namespace in Excel)', async () => {
    const fake = new FakeContext(new WorkbookState(['Của tôi']));
    fake.state.names.push({ name: 'nhiemvu', sheet: fake.state.sheets[0], cell: 'A1', comment: '', visible: true });
    const err = await applyWorkbookSpec(ctxOf(fake), planWorkbook(demoWardPlan()), options).catch((e) => e);
    expect(err).toMatchObject({ code: 'table-name-taken', vi: expect.stringContaining('"nhiemvu"') });
    expect(fake.syncCount).toBe(1);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(['Của tôi']);
  });

  it('retires replaced sheets under a name no other sheet has', async () => {
    const fake = new FakeContext(new WorkbookState(['Chỉ tiêu', '~unionplan-old-1']));
    const result = await applyWorkbookSpec(ctxOf(fake), planWorkbook(demoWardPlan()), { ...options, replace: true });
    expect(result.status).toBe('done');
    expect(fake.state.sheets.map((s) => s.name)).toEqual(['~unionplan-old-1', ...PLAN_SHEETS]);
  });

  it('splits a very large scaffold into requests under the limit', async () => {
    const fake = new FakeContext();
    const budget = 96 * 1024;
    fake.requestLimit = budget + 16 * 1024;
    const result = await applyWorkbookSpec(ctxOf(fake), planWorkbook(bigPlan(1200)), { ...options, budget });
    expect(result.status).toBe('done');
    expect(fake.syncCount).toBeGreaterThan(2);
    expect(fake.maxRequestBytes).toBeLessThanOrEqual(fake.requestLimit);
  });

  it('estimates request bytes no lower than the fake measures them', async () => {
    const fake = new FakeContext();
    const budget = 64 * 1024;
    fake.requestLimit = budget;
    await applyWorkbookSpec(ctxOf(fake), planWorkbook(bigPlan(300)), { ...options, budget });
    expect(fake.maxRequestBytes).toBeLessThanOrEqual(budget);
  });

  it('skips validation and page layout on old Excel and reports it', async () => {
    const fake = new FakeContext();
    const caps = { dataValidation: false, pageLayout: false, insertWorksheets: false, cellEditWait: false };
    const result = await applyWorkbookSpec(ctxOf(fake), planWorkbook(demoWardPlan()), { caps, replace: false });
    if (result.status !== 'done') throw new Error(result.status);
    expect(result.skipped.map((s) => s.feature)).toEqual(['dataValidation', 'pageLayout']);
    expect(fake.state.sheets.every((s) => s.validations.length === 0 && Object.keys(s.pageLayout).length === 0)).toBe(true);
  });

  it('sets dropdowns, print layout, freeze panes and the calendar fill', async () => {
    const fake = new FakeContext();
    await applyWorkbookSpec(ctxOf(fake), planWorkbook(demoWardPlan()), options);
    const tasks = fake.state.sheet(SHEET.tasks)!;
    const freq = tasks.validations.find((v) => v.address === 'I5:I14')!;
    expect(freq.rule).toEqual({ list: { inCellDropDown: true, source: 'Thường xuyên,Theo tháng,Định kỳ,Đột xuất,Theo sự kiện,Chưa xác định' } });
    const cal = fake.state.sheet(SHEET.calendar)!;
    expect(cal.pageLayout).toMatchObject({ orientation: 'Landscape', paperSize: 'A4', printTitleRows: '$4:$4' });
    expect(cal.freeze).toEqual({ rows: 4, cols: 3 });
    expect(cal.conditionalFormats[0]).toMatchObject({ type: 'Custom', formula: '=D5="■"' });
    // Stored with the apostrophe Excel hides: a section number is text, never the number 1.1.
    expect(tasks.cells.get('4,1')).toMatchObject({ formula: "'1.1", numberFormat: '@' });
    expect(tasks.typed(4, 1)).toEqual({ value: '1.1', type: 'String' });
  });

  it('turns Excel errors into Vietnamese messages', async () => {
    const fake = new FakeContext();
    fake.sync = async () => { throw Object.assign(new Error('x'), { code: 'AccessDenied' }); };
    await expect(applyWorkbookSpec(ctxOf(fake), planWorkbook(demoWardPlan()), options)).rejects.toMatchObject({
      code: 'excel-AccessDenied',
      vi: expect.stringContaining('Excel từ chối ghi'),
    });
    await expect(applyWorkbookSpec(ctxOf(fake), planWorkbook(demoWardPlan()), options)).rejects.toBeInstanceOf(UserError);
  });
});

describe('the strict fake itself', () => {
  it('throws on reading a property that was not loaded', async () => {
    const fake = new FakeContext();
    const sheets = fake.workbook.worksheets;
    expect(() => sheets.items).toThrow(/not available/);
    const r = sheets.getItem('Sheet1').getRange('A1:B2');
    expect(() => r.values).toThrow(/not available/);
    r.load('values');
    await fake.sync();
    // Excel gives empty cells as "", not null.
    expect(r.values).toEqual([['', ''], ['', '']]);
  });
  it('rejects arrays of the wrong shape at sync', async () => {
    const fake = new FakeContext();
    fake.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').values = [[1, 2]];
    await expect(fake.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
  it('rejects invalid and duplicate sheet names', async () => {
    const fake = new FakeContext();
    fake.workbook.worksheets.add('a/b');
    await expect(fake.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    fake.workbook.worksheets.add('SHEET1');
    await expect(fake.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  });
});
