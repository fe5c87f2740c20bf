import { forms } from '../../src/app/forms';
import { planActions } from '../../src/app/planActions';
import { scaffold } from '../../src/app/scaffold';
import { standing } from '../../src/app/standing';
import type { ChosenFile } from '../../src/app/workbook';
import { demoWardPlan } from '../../src/demo/demoPlan';
import { consolidatePlan } from '../../src/domain/report/consolidate';
import { ALL_CAPABILITIES } from '../../src/hosts/excel/capabilities';
import { applyWorkbookSpec } from '../../src/hosts/excel/writeWorkbookSpec';
import { fileHost } from '../../src/hosts/xlsx/fileWorkbook';
import { writeWorkbook } from '../../src/hosts/xlsx/writeWorkbook';
import { SHEET } from '../../src/sheets/names';
import { planWorkbook } from '../../src/sheets/planWorkbook';
import type { WorkbookSpec } from '../../src/sheets/spec';
import { consolidationWorkbook } from '../../src/sheets/summarySheet';
import { FakeContext } from '../support/excelFake';
import { inExcel } from '../support/inExcel';

/*
 * Where the user stands, as the line over each tab says it: read by name and shape in one sync of
 * Excel, whatever the workbook holds; a workbook without a plan is an answer, not an error.
 */

const ctxOf = (f: FakeContext) => f as unknown as Excel.RequestContext;

/** A sheet named `name` (a consolidation's layout: any sheet does, only its name is looked at). */
function sheetNamedSpec(name: string): WorkbookSpec {
  const plan = demoWardPlan();
  const sheet = consolidationWorkbook(consolidatePlan(plan, []), { orgName: plan.info.issuingBody, period: plan.info.period, at: '' }).sheets[0];
  return { sheets: [{ ...sheet, name }] };
}

async function withPlan(): Promise<FakeContext> {
  const fake = new FakeContext();
  await inExcel(fake, (wb) => scaffold(wb, demoWardPlan(), { replace: false }));
  fake.syncCount = 0;
  return fake;
}

describe('standing in Excel', () => {
  it('a workbook without a plan: no plan, nothing made, one sync, no error', async () => {
    const fake = new FakeContext();
    const s = await inExcel(fake, (wb) => standing(wb));
    expect(s).toEqual({ plan: null, planErrors: 0, formSheets: 0, summary: false, report: false, syncs: 1 });
    expect(fake.syncCount).toBe(1);
  });

  it('a plan: who, which period, how many targets, tasks and units, in one sync', async () => {
    const plan = demoWardPlan();
    const fake = await withPlan();
    const s = await inExcel(fake, (wb) => standing(wb));
    expect(s.plan).toEqual({
      org: plan.info.issuingBody, periodLabel: 'năm 2026', periodCode: '2026',
      targets: plan.targets.length, tasks: plan.tasks.length, units: plan.units.length,
    });
    expect(s.plan!.targets).toBeGreaterThan(0);
    expect(s.plan!.units).toBeGreaterThan(0);
    expect([s.formSheets, s.summary, s.report, s.syncs]).toEqual([0, false, false, 1]);
  });

  it('forms made, a round\'s consolidation and the report: counted from the shape, still one sync', async () => {
    const plan = demoWardPlan();
    const fake = await withPlan();
    await inExcel(fake, (wb) => forms(wb, { replace: false }));
    const afterForms = await inExcel(fake, (wb) => standing(wb));
    expect([afterForms.formSheets, afterForms.summary, afterForms.report]).toEqual([plan.units.length, false, false]);

    await applyWorkbookSpec(ctxOf(fake), sheetNamedSpec(`${SHEET.summary} 6T`), { caps: ALL_CAPABILITIES, replace: false });
    const afterSummary = await inExcel(fake, (wb) => standing(wb));
    expect([afterSummary.summary, afterSummary.report]).toEqual([true, false]);

    await applyWorkbookSpec(ctxOf(fake), sheetNamedSpec(SHEET.report), { caps: ALL_CAPABILITIES, replace: false });
    fake.syncCount = 0;
    const all = await inExcel(fake, (wb) => standing(wb));
    expect([all.formSheets, all.summary, all.report]).toEqual([plan.units.length, true, true]);
    expect(all.plan).not.toBeNull();
    expect(all.syncs).toBe(1);
    expect(fake.syncCount).toBe(1);
  });

  it('a sheet that only starts like Tổng hợp is not a consolidation', async () => {
    const fake = await withPlan();
    await applyWorkbookSpec(ctxOf(fake), sheetNamedSpec('Tổng hợpX'), { caps: ALL_CAPABILITIES, replace: false });
    expect((await inExcel(fake, (wb) => standing(wb))).summary).toBe(false);
  });

  it('plan sheets with errors: no plan, the errors counted', async () => {
    const fake = await withPlan();
    fake.state.sheet(SHEET.info)!.cells.clear();
    const s = await inExcel(fake, (wb) => standing(wb));
    expect(s.plan).toBeNull();
    expect(s.planErrors).toBeGreaterThan(0);
  });
});

describe('standing on the standalone page', () => {
  it('the chosen plan file, and a summary file beside it', async () => {
    const saved: ChosenFile[] = [];
    const host = planActions(fileHost(async (files, bundle) => { saved.push(...files); return bundle ?? files[0].name; }));
    await host.scaffold(demoWardPlan(), { replace: false });
    const planFile = saved[0];
    const s = await host.standing({ planFile });
    expect(s.plan?.org).toBe(demoWardPlan().info.issuingBody);
    expect([s.planErrors, s.formSheets, s.summary, s.report]).toEqual([0, 0, false, false]);

    const summaryFile = { name: 'tong-hop.xlsx', data: await writeWorkbook(sheetNamedSpec(SHEET.summary)) };
    expect((await host.standing({ planFile, summaryFile })).summary).toBe(true);
  });

  it('a file that is not a plan: no plan, no error', async () => {
    const host = planActions(fileHost(async () => 'x'));
    const days = planWorkbook(demoWardPlan()).sheets.find((x) => x.name === SHEET.commemorations)!;
    const planFile = { name: 'khac.xlsx', data: await writeWorkbook({ sheets: [{ ...days, name: 'Sổ chi' }] }) };
    await expect(host.standing({ planFile })).resolves.toEqual({ plan: null, planErrors: 0, formSheets: 0, summary: false, report: false });
  });
});
