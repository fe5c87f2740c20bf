import { demoWardPlan } from '../../../src/demo/demoPlan';
import { ALL_CAPABILITIES } from '../../../src/hosts/excel/capabilities';
import { check } from '../../../src/app/check';
import { selectCell } from '../../../src/hosts/excel/excelHost';
import { dateTimeStamp as checkedAt } from '../../../src/domain/vietnameseDate';
import { applyWorkbookSpec } from '../../../src/hosts/excel/writeWorkbookSpec';
import { SHEET, TABLE } from '../../../src/sheets/names';
import { planWorkbook } from '../../../src/sheets/planWorkbook';
import { FakeContext, type SheetState } from '../../support/excelFake';
import { formSheetState } from '../../support/formSheets';
import { inExcel } from '../../support/inExcel';

const ctxOf = (f: FakeContext) => f as unknown as Excel.RequestContext;
const snapshot = (s: SheetState) => JSON.stringify({ cells: [...s.cells], formats: s.formats, tables: s.tables });

async function scaffolded(): Promise<FakeContext> {
  const fake = new FakeContext();
  await applyWorkbookSpec(ctxOf(fake), planWorkbook(demoWardPlan()), { caps: ALL_CAPABILITIES, replace: false });
  fake.syncCount = 0;
  return fake;
}

describe('Excel host: check', () => {
  it('reads, checks and rewrites only Kiểm tra, in two syncs without report sheets', async () => {
    const fake = await scaffolded();
    fake.state.sheet(SHEET.targets)!.cells.set('5,4', { formula: 'ba' });
    const before = fake.state.sheets.map((s) => [s.name, snapshot(s)]);
    const result = await inExcel(fake, (wb) => check(wb, { now: new Date(2026, 10, 22, 23, 5) }));
    expect(fake.syncCount).toBe(2);
    expect(result.syncs).toBe(2);
    expect(result.findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([['cell-unreadable', SHEET.targets, 'E6']]);
    for (const [name, snap] of before) expect(snapshot(fake.state.sheet(name)!)).toBe(snap);
    const sheet = fake.state.sheet(SHEET.check)!;
    expect(sheet.tables.map((t) => t.name)).toEqual([TABLE.check]);
    expect(sheet.get(4, 0)).toBe('Lỗi');
    expect(sheet.get(4, 3)).toBe('=HYPERLINK("#\'Chỉ tiêu\'!E6","E6")');
    expect(fake.state.active).toBe(SHEET.check);
  });

  it('replaces the last check\'s sheet on the next run', async () => {
    const fake = await scaffolded();
    await inExcel(fake, (wb) => check(wb, { now: new Date(2026, 10, 22, 8, 0) }));
    await inExcel(fake, (wb) => check(wb, { now: new Date(2026, 10, 23, 9, 30) }));
    expect(fake.state.sheets.filter((s) => s.name === SHEET.check)).toHaveLength(1);
    expect(String(fake.state.sheet(SHEET.check)!.get(1, 0))).toContain('kiểm tra lúc 23/11/2026 09:30: Không phát hiện lỗi nào.');
  });

  it('checks 200 member report sheets in four syncs, naming each bad one', async () => {
    const plan = demoWardPlan();
    plan.units = Array.from({ length: 200 }, (_, i) => ({ code: `U${i + 1}`, name: `CĐCS ${i + 1}`, type: '', parent: '', contact: '' }));
    const fake = new FakeContext();
    await applyWorkbookSpec(ctxOf(fake), planWorkbook(plan), { caps: ALL_CAPABILITIES, replace: false });
    plan.units.forEach((u, i) => fake.state.sheets.push(formSheetState(plan, u, `BC ${u.code}`, `BaoCao${i + 1}`, { [plan.targets[0].code]: { result: 3 } })));
    // Two mistakes members make: a unit code not in the list, and a second report for the same unit.
    fake.state.sheet('BC U7')!.cells.set('2,1', { formula: 'U999' });
    fake.state.sheet('BC U8')!.cells.set('2,1', { formula: 'U9' });
    fake.syncCount = 0;
    const result = await inExcel(fake, (wb) => check(wb));
    expect(fake.syncCount).toBe(4);
    expect(result.findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([
      ['report-unit-unknown', 'BC U7', 'B3'],
      ['report-unit-duplicate', 'BC U9', 'B3'],
    ]);
  });

  it('goes to a finding\'s cell in one sync', async () => {
    const fake = await scaffolded();
    await selectCell(ctxOf(fake), SHEET.targets, 'E6');
    expect(fake.syncCount).toBe(1);
    expect(fake.state.selection).toEqual({ sheet: SHEET.targets, address: 'E6:E6' });
  });

  it('says a sheet deleted since the check is gone, in words', async () => {
    const fake = await scaffolded();
    const gone = await selectCell(ctxOf(fake), 'Đã xóa', 'A1').catch((e: unknown) => e);
    expect(gone).toMatchObject({ code: 'excel-ItemNotFound', vi: expect.stringMatching(/^Không tìm thấy trang tính/) });
  });

  it('stamps the check with the user\'s local time', () => {
    expect(checkedAt(new Date(2026, 10, 2, 9, 5))).toBe('02/11/2026 09:05');
  });
});
