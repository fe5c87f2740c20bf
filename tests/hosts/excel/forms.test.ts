import { demoSchoolPlan, demoWardPlan } from '../../../src/demo/demoPlan';
import { UserError } from '../../../src/domain/userError';
import { ALL_CAPABILITIES } from '../../../src/hosts/excel/capabilities';
import { consolidate } from '../../../src/app/consolidate';
import { forms } from '../../../src/app/forms';
import { applyWorkbookSpec } from '../../../src/hosts/excel/writeWorkbookSpec';
import { planWorkbook } from '../../../src/sheets/planWorkbook';
import { FORM_COLUMNS, FORM_HEADER_ROW, formHeaderRow } from '../../../src/sheets/reportForm';
import { safeSheetName } from '../../../src/sheets/sheetName';
import { FakeContext } from '../../support/excelFake';
import { inExcel } from '../../support/inExcel';

const ctxOf = (f: FakeContext) => f as unknown as Excel.RequestContext;
const caps = ALL_CAPABILITIES;

async function withPlan(plan = demoWardPlan()): Promise<FakeContext> {
  const fake = new FakeContext();
  await applyWorkbookSpec(ctxOf(fake), planWorkbook(plan), { caps, replace: false });
  fake.syncCount = 0;
  return fake;
}

describe('Excel host: report forms as sheets', () => {
  it('adds one protected form sheet per unit in two syncs, and consolidation finds them', async () => {
    const fake = await withPlan();
    const result = await inExcel(fake, (wb) => forms(wb, { replace: false }));
    expect(fake.syncCount).toBe(2);
    if (result.status !== 'done') throw new Error(result.status);
    expect(result.sheets).toEqual(demoWardPlan().units.map((u) => `BC ${u.code}`));
    const first = fake.state.sheet('BC DN01')!;
    expect(first.protected).toBe(true);
    expect(first.tables.map((t) => t.name)).toEqual(['BaoCao1']);
    // A member officer types a result into the first form's unlocked input cell; the others stay empty.
    first.cells.set(`${FORM_HEADER_ROW + 1},${FORM_COLUMNS.findIndex((c) => c.key === 'result')}`, { formula: 40 });
    const c = await inExcel(fake, (wb) => consolidate(wb, { memberFiles: [] }));
    expect(c.reportSheets).toBe(6);
    expect(c.consolidation.targets[0]).toMatchObject({ numerator: 40 });
  });

  it('a round\'s forms sit beside the other round\'s in two syncs each; each consolidation takes its own', async () => {
    const fake = await withPlan();
    for (const round of ['6T', 'CN']) {
      fake.syncCount = 0;
      const made = await inExcel(fake, (wb) => forms(wb, { replace: false, round }));
      expect(fake.syncCount).toBe(2);
      if (made.status !== 'done') throw new Error(made.status);
      expect(made.sheets).toEqual(demoWardPlan().units.map((u) => `BC ${u.code} ${round}`));
    }
    const result = FORM_COLUMNS.findIndex((c) => c.key === 'result');
    // Two rows lower than a whole-period form: the round and its cut-off sit in the head.
    fake.state.sheet('BC DN01 6T')!.cells.set(`${formHeaderRow({ code: '6T', name: '', cutOff: '2026-05-31', elapsed: 0, tolerance: 0 }) + 1},${result}`, { formula: 40 });
    fake.state.sheet('BC DN01 CN')!.cells.set(`${FORM_HEADER_ROW + 3},${result}`, { formula: 90 });
    const six = await inExcel(fake, (wb) => consolidate(wb, { memberFiles: [], round: '6T' }));
    const year = await inExcel(fake, (wb) => consolidate(wb, { memberFiles: [], round: 'CN' }));
    expect([six.consolidation.targets[0].numerator, year.consolidation.targets[0].numerator]).toEqual([40, 90]);
    expect(six.findings.filter((f) => f.code === 'report-round-mismatch')).toEqual([]);
  });

  it('asks before replacing forms that may hold typed figures, and writes nothing until told', async () => {
    const fake = await withPlan();
    await inExcel(fake, (wb) => forms(wb, { replace: false }));
    const again = await inExcel(fake, (wb) => forms(wb, { replace: false }));
    expect(again).toMatchObject({ status: 'needs-consent', existing: demoWardPlan().units.map((u) => `BC ${u.code}`), foreign: [] });
    const replaced = await inExcel(fake, (wb) => forms(wb, { replace: true }));
    expect(replaced.status).toBe('done');
    expect(fake.state.sheets.filter((s) => s.name.startsWith('BC '))).toHaveLength(6);
  });

  it('renames the tables of protected form sheets by lifting the protection, and protects those that stay as they were', async () => {
    const fake = await withPlan();
    await inExcel(fake, (wb) => forms(wb, { replace: false }));
    // The officer keeps the first quarter's form under another name: it stays theirs to read, protected.
    const kept = fake.state.sheet('BC DN01')!;
    kept.name = 'BC DN01 quý 1';
    const options = { ...kept.protectionOptions };
    const cells = JSON.stringify([...kept.cells]);
    const again = await inExcel(fake, (wb) => forms(wb, { replace: true }));
    expect(again.status).toBe('done');
    expect(kept.protected).toBe(true);
    expect(kept.protectionOptions).toEqual(options);
    expect(kept.tables.map((t) => t.name)).toEqual(['BaoCao1_2']);
    expect(JSON.stringify([...kept.cells])).toBe(cells);
    expect(fake.state.sheet('BC DN01')!.tables.map((t) => t.name)).toEqual(['BaoCao1']);
    expect(fake.state.sheets.filter((s) => s.name.startsWith('BC ')).every((s) => s.protected)).toBe(true);
  });

  it('needs units in Đơn vị', async () => {
    const fake = await withPlan(demoSchoolPlan());
    const err = await inExcel(fake, (wb) => forms(wb, { replace: false })).catch((e) => e);
    expect((err as UserError).code).toBe('units-missing');
  });

  it('makes valid sheet names from any unit code, without collisions', () => {
    expect(safeSheetName('BC Tổ/CĐ [khối] *1*', [])).toBe('BC Tổ CĐ khối 1');
    const long = `BC ${'X'.repeat(40)}`;
    const a = safeSheetName(long, []);
    expect(a).toHaveLength(31);
    expect(safeSheetName(long, [a])).toBe(`${'BC ' + 'X'.repeat(24)} (2)`);
  });
});
