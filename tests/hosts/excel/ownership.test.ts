import { demoWardPlan } from '../../../src/demo/demoPlan';
import { ALL_CAPABILITIES } from '../../../src/hosts/excel/capabilities';
import { calendar } from '../../../src/app/calendar';
import { check } from '../../../src/app/check';
import { SheetsNotOwned } from '../../../src/app/consent';
import { consolidate } from '../../../src/app/consolidate';
import { applyWorkbookSpec } from '../../../src/hosts/excel/writeWorkbookSpec';
import { inExcel } from '../../support/inExcel';
import { SHEET } from '../../../src/sheets/names';
import { MARK_DONE } from '../../../src/sheets/ownership';
import { planWorkbook } from '../../../src/sheets/planWorkbook';
import { FakeContext, SheetState, type WorkbookState } from '../../support/excelFake';

/**
 * Issue #9, ownership: unionplan rewrites only the sheets it made (a hidden name marks each), asks
 * before taking over a sheet of the user's that has the same name, never forces a protected one,
 * and a write that stops halfway is reported by `Kiểm tra`.
 */
const ctxOf = (f: FakeContext) => f as unknown as Excel.RequestContext;
const caps = ALL_CAPABILITIES;
const snapshot = (s: SheetState) => JSON.stringify({ cells: [...s.cells], formats: s.formats, tables: s.tables, protected: s.protected });
const marked = (state: WorkbookState) => state.names.filter((n) => state.sheets.includes(n.sheet)).map((n) => n.sheet.name).sort();

async function planWorkbookFake(): Promise<FakeContext> {
  const fake = new FakeContext();
  await applyWorkbookSpec(ctxOf(fake), planWorkbook(demoWardPlan()), { caps, replace: false });
  fake.syncCount = 0;
  return fake;
}

/** A sheet of the user's own, with their notes in it. */
function userSheet(fake: FakeContext, name: string): SheetState {
  const s = new SheetState(name);
  s.cells.set('0,0', { formula: 'Số liệu tự tổng hợp của tôi' });
  s.cells.set('1,1', { formula: 42 });
  fake.state.sheets.push(s);
  return s;
}

describe('Excel host: ownership of sheets', () => {
  it('marks every sheet it creates with a hidden name referring to the sheet, complete', async () => {
    const fake = await planWorkbookFake();
    const plan = planWorkbook(demoWardPlan()).sheets.map((s) => s.name);
    expect(marked(fake.state)).toEqual([...plan].sort());
    for (const n of fake.state.names) {
      expect(n.name).toMatch(/^_unionplan_\d+$/);
      expect(n.visible).toBe(false);
      expect(n.comment).toBe(MARK_DONE);
      expect(fake.state.formulaOf(n)).toBe(`='${n.sheet.name}'!$A$1`);
    }
  });

  it('rebuilds its own sheets without asking and leaves no stale marks behind', async () => {
    const fake = await planWorkbookFake();
    const before = fake.state.names.length;
    await inExcel(fake, (wb) => calendar(wb, { month: null }));
    await inExcel(fake, (wb) => calendar(wb, { month: null }));
    expect(fake.state.names).toHaveLength(before);
    expect(fake.state.names.every((n) => fake.state.sheets.includes(n.sheet))).toBe(true);
  });

  it('asks before taking over a user sheet with the same name, and changes nothing until told', async () => {
    const fake = await planWorkbookFake();
    const mine = userSheet(fake, 'tổng HỢP');
    const snap = snapshot(mine);
    const sheetsBefore = fake.state.sheets.map((s) => s.name);
    const asked = inExcel(fake, (wb) => consolidate(wb, { memberFiles: [] }));
    await expect(asked).rejects.toBeInstanceOf(SheetsNotOwned);
    await expect(inExcel(fake, (wb) => consolidate(wb, { memberFiles: [] }))).rejects.toMatchObject({ code: 'sheet-not-owned', sheets: ['tổng HỢP'], vi: expect.stringContaining('do bạn tạo') });
    expect(fake.state.sheets.map((s) => s.name)).toEqual(sheetsBefore);
    expect(snapshot(fake.state.sheet('tổng HỢP')!)).toBe(snap);

    await inExcel(fake, (wb) => consolidate(wb, { memberFiles: [], takeOver: true }));
    expect(fake.state.sheet(SHEET.summary)).not.toBe(mine);
    expect(marked(fake.state)).toContain(SHEET.summary);
    // Once taken over with consent, the sheet is unionplan's: the next refresh does not ask.
    await expect(inExcel(fake, (wb) => consolidate(wb, { memberFiles: [] }))).resolves.toMatchObject({ sheets: [SHEET.summary, SHEET.byUnit] });
  });

  it('follows a rename: the renamed sheet stays the user\'s, a new sheet with the old name is theirs too', async () => {
    const fake = await planWorkbookFake();
    await inExcel(fake, (wb) => consolidate(wb, { memberFiles: [] }));
    fake.state.sheet(SHEET.summary)!.name = 'Tổng hợp quý 3';
    const kept = JSON.stringify([...fake.state.sheet('Tổng hợp quý 3')!.cells]);
    userSheet(fake, SHEET.summary);
    await expect(inExcel(fake, (wb) => consolidate(wb, { memberFiles: [] }))).rejects.toMatchObject({ sheets: [SHEET.summary] });
    // Without a same-named sheet, the refresh makes a new one and leaves the renamed copy alone.
    fake.state.sheets = fake.state.sheets.filter((s) => s.name !== SHEET.summary);
    await inExcel(fake, (wb) => consolidate(wb, { memberFiles: [] }));
    const copy = fake.state.sheet('Tổng hợp quý 3')!;
    expect(JSON.stringify([...copy.cells])).toBe(kept);
    // Its table gives the name back to the new summary and keeps a numbered one.
    expect(copy.tables.map((t) => t.name)).toEqual(['TongHop_2']);
    expect(fake.state.sheet(SHEET.summary)!.tables.map((t) => t.name)).toEqual(['TongHop']);
  });

  it('never forces a protected sheet it did not make, even with consent', async () => {
    const fake = await planWorkbookFake();
    const mine = userSheet(fake, SHEET.check);
    mine.protected = true;
    const snap = snapshot(mine);
    await expect(inExcel(fake, (wb) => check(wb, { takeOver: true }))).rejects.toMatchObject({ code: 'sheet-protected', vi: expect.stringContaining('đang được bảo vệ') });
    expect(snapshot(fake.state.sheet(SHEET.check)!)).toBe(snap);
  });

  it('says so when the workbook structure is protected, before writing anything', async () => {
    const fake = await planWorkbookFake();
    fake.state.structureProtected = true;
    const before = fake.state.sheets.map(snapshot);
    await expect(inExcel(fake, (wb) => calendar(wb, { month: null }))).rejects.toMatchObject({ code: 'workbook-protected' });
    expect(fake.state.sheets.map(snapshot)).toEqual(before);
  });

  it('a write cut off halfway leaves its sheets marked unfinished, and Kiểm tra reports them and the old copy', async () => {
    const fake = await planWorkbookFake();
    const real = fake.sync.bind(fake);
    let n = 0;
    // The pane closes after the third request: the rest never reaches Excel.
    fake.sync = async () => {
      if (++n > 3) throw Object.assign(new Error('the add-in was closed'), { code: 'GeneralException' });
      return real();
    };
    await expect(inExcel(fake, (wb) => calendar(wb, { month: null }), { budget: 40_000 })).rejects.toBeDefined();
    fake.sync = real;
    const names = fake.state.sheets.map((s) => s.name);
    expect(names.filter((s) => s.startsWith('~unionplan-old-')).length).toBeGreaterThan(0);

    const { findings } = await inExcel(fake, (wb) => check(wb));
    const left = findings.filter((f) => f.code === 'sheet-incomplete' || f.code === 'sheet-retired');
    expect(left.map((f) => f.code)).toEqual(expect.arrayContaining(['sheet-incomplete', 'sheet-retired']));
    expect(left.find((f) => f.code === 'sheet-incomplete')!.vi).toContain('chưa được ghi xong');
    // Running the action again finishes the job: the half-written sheets were unionplan's, no question asked.
    await inExcel(fake, (wb) => calendar(wb, { month: null }));
    const again = await inExcel(fake, (wb) => check(wb));
    expect(again.findings.filter((f) => f.code === 'sheet-incomplete')).toEqual([]);
  });
});

describe('Excel host: conditions Excel raises', () => {
  it('waits out the user typing in a cell and then writes the same sheets', async () => {
    const fake = new FakeContext();
    fake.cellEditFor = 2;
    const waited: number[] = [];
    const sleep = async (ms: number) => { waited.push(ms); };
    const result = await applyWorkbookSpec(ctxOf(fake), planWorkbook(demoWardPlan()), { caps, replace: false, request: { sleep } });
    expect(result.status).toBe('done');
    expect(waited).toEqual([1000, 2000]);
    const clean = await planWorkbookFake();
    expect(fake.state.sheets.map(snapshot)).toEqual(clean.state.sheets.map(snapshot));
  });

  it('gives up with the Vietnamese cell-edit message when the user stays in the cell', async () => {
    const fake = new FakeContext();
    fake.cellEditFor = 100;
    const sleep = async () => undefined;
    await expect(applyWorkbookSpec(ctxOf(fake), planWorkbook(demoWardPlan()), { caps, replace: false, request: { sleep } })).rejects.toMatchObject({
      code: 'excel-InvalidOperationInCellEditMode', vi: expect.stringContaining('chế độ sửa ô'),
    });
    expect(fake.state.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  it('cuts a request Excel finds too large into halves and sends them again, ending with the same sheets', async () => {
    const fake = new FakeContext();
    // Excel on the web with a smaller limit than the budget assumes.
    fake.requestLimit = 60_000;
    const result = await applyWorkbookSpec(ctxOf(fake), planWorkbook(demoWardPlan()), { caps, replace: false });
    expect(result.status).toBe('done');
    expect(fake.requestBytes.some((b) => b > 60_000)).toBe(true);
    const clean = await planWorkbookFake();
    expect(fake.state.sheets.map(snapshot)).toEqual(clean.state.sheets.map(snapshot));
    expect(marked(fake.state)).toEqual(marked(clean.state));
  });
});
