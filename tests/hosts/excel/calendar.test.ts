import { demoSchoolPlan, demoWardPlan } from '../../../src/demo/demoPlan';
import { ALL_CAPABILITIES } from '../../../src/hosts/excel/capabilities';
import { calendar } from '../../../src/app/calendar';
import { applyWorkbookSpec } from '../../../src/hosts/excel/writeWorkbookSpec';
import { UserError } from '../../../src/domain/userError';
import { CALENDAR_SHEETS, PLAN_SHEETS, SHEET } from '../../../src/sheets/names';
import { infoRowOf } from '../../../src/sheets/infoSheet';
import { planWorkbook } from '../../../src/sheets/planWorkbook';
import { taskColumn } from '../../../src/sheets/tasksSheet';
import { scheduleLayout } from '../../../src/sheets/scheduleSheet';
import { FakeContext, type SheetState } from '../../support/excelFake';
import { inExcel } from '../../support/inExcel';

const ctxOf = (f: FakeContext) => f as unknown as Excel.RequestContext;

async function scaffolded(plan = demoWardPlan()): Promise<FakeContext> {
  const fake = new FakeContext(undefined);
  fake.state.sheets[0].name = 'Của tôi';
  fake.state.sheets[0].cells.set('0,0', { formula: 'ghi chú riêng' });
  await applyWorkbookSpec(ctxOf(fake), planWorkbook(plan), { caps: ALL_CAPABILITIES, replace: false });
  fake.syncCount = 0;
  return fake;
}

const snapshot = (s: SheetState) => JSON.stringify({
  cells: [...s.cells], formats: s.formats, tables: s.tables, merges: s.merges, validations: s.validations, pageLayout: s.pageLayout, rowHeights: [...s.rowHeights], columnWidths: [...s.columnWidths],
});
// As Excel shows them: the apostrophe that keeps "20/10" a text, not a date, is not part of the value.
const column = (s: SheetState, col: number) => [...s.cells.keys()].filter((k) => k.endsWith(`,${col}`)).map((k) => { const [r, c] = k.split(',').map(Number); return s.value(r, c); });

describe('Excel host: rebuilding the calendar', () => {
  it('reads the edited plan and rebuilds only the calendar sheets, in two syncs', async () => {
    const fake = await scaffolded();
    const tasks = fake.state.sheet(SHEET.tasks)!;
    // The user adds a task in the first free row of Nhiệm vụ: content, timing and months as Excel holds them.
    const row = 4 + demoWardPlan().tasks.length;
    const at = (key: string) => `${row},${taskColumn(key)}`;
    tasks.cells.set(at('content'), { formula: 'Hội thi "Nữ công nhân khéo tay"' });
    tasks.cells.set(at('timing'), { formula: 'nhân dịp 20/10' });
    tasks.cells.set(at('start'), { formula: 46296 }); // 2026-10-01
    tasks.cells.set(at('frequency'), { formula: 'Theo tháng' });
    const before = new Map(fake.state.sheets.filter((s) => !CALENDAR_SHEETS.includes(s.name)).map((s) => [s.name, snapshot(s)]));

    const result = await inExcel(fake, (wb) => calendar(wb, { month: null }));
    expect(fake.syncCount).toBe(2);
    expect(result).toMatchObject({ sheets: [SHEET.calendar, SHEET.schedule], months: 12, printArea: null });
    for (const [name, snap] of before) expect(snapshot(fake.state.sheet(name)!)).toBe(snap);
    expect(fake.state.sheets.map((s) => s.name).sort()).toEqual(['Của tôi', ...PLAN_SHEETS].sort());
    const schedule = fake.state.sheet(SHEET.schedule)!;
    expect(column(schedule, 2)).toContain('Hội thi "Nữ công nhân khéo tay"');
    expect(column(schedule, 1)).toContain('20/10');
    expect(schedule.rowBreaks).toHaveLength(11);
  });

  it('costs the same number of syncs for a plan ten times larger', async () => {
    const plan = demoWardPlan();
    plan.tasks = Array.from({ length: 10 }, () => plan.tasks).flat();
    const fake = await scaffolded(plan);
    await inExcel(fake, (wb) => calendar(wb, { month: null }));
    expect(fake.syncCount).toBe(2);
  });

  it('leaves no formula stale: a write cut into several requests recalculates in its last one', async () => {
    const fake = await scaffolded();
    await inExcel(fake, (wb) => calendar(wb, { month: null }));
    expect(fake.state.calculationPending).toBe(false);
    const syncs = fake.syncCount;
    await inExcel(fake, (wb) => calendar(wb, { month: null }), { budget: 32 * 1024 });
    expect(fake.syncCount - syncs).toBeGreaterThan(2);
    expect(fake.state.calculationPending).toBe(false);
  });

  it('sets one month as the print area and selects it', async () => {
    const fake = await scaffolded(demoSchoolPlan());
    const result = await inExcel(fake, (wb) => calendar(wb, { month: '2025-11' }));
    const block = scheduleLayout(demoSchoolPlan()).months.find((m) => m.month === '2025-11')!;
    const schedule = fake.state.sheet(SHEET.schedule)!;
    expect(result.printArea).toBe(schedule.pageLayout.printArea);
    expect(fake.state.selection).toEqual({ sheet: SHEET.schedule, address: result.printArea });
    expect(result.printArea).toMatch(new RegExp(`^A${block.rect.row + 1}:E${block.rect.row + block.rect.rows}$`));
  });

  it('refuses a month outside the period and a plan it cannot read, writing nothing', async () => {
    const fake = await scaffolded();
    await expect(inExcel(fake, (wb) => calendar(wb, { month: '2027-01' }))).rejects.toThrow(UserError);
    fake.state.sheet(SHEET.info)!.cells.set(`${infoRowOf('period')},1`, { formula: 'năm sau' });
    const err = await inExcel(fake, (wb) => calendar(wb, { month: null })).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).vi).toContain(`Thông tin!B${infoRowOf('period') + 1}`);
    expect(fake.syncCount).toBe(2); // one read each, no write
  });

  it('says what to do when the plan sheets are missing', async () => {
    const fake = new FakeContext();
    const err = await inExcel(fake, (wb) => calendar(wb, { month: null })).catch((e) => e);
    expect((err as UserError).code).toBe('plan-missing');
    expect((err as UserError).vi).toContain('chưa có bảng kế hoạch (thiếu trang tính "Thông tin", "Chỉ tiêu", "Nhiệm vụ")');
  });
});
