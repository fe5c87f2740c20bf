import { calendar } from '../../src/app/calendar';
import { check } from '../../src/app/check';
import { consolidate } from '../../src/app/consolidate';
import { forms } from '../../src/app/forms';
import { planActions } from '../../src/app/planActions';
import { newPlan, periodFromChoice } from '../../src/app/planInput';
import { report } from '../../src/app/report';
import { scaffold } from '../../src/app/scaffold';
import type { ChosenFile } from '../../src/app/workbook';
import { consolidatePlan } from '../../src/domain/report/consolidate';
import { UserError } from '../../src/domain/userError';
import { ALL_CAPABILITIES } from '../../src/hosts/excel/capabilities';
import { applyWorkbookSpec } from '../../src/hosts/excel/writeWorkbookSpec';
import { fileHost } from '../../src/hosts/xlsx/fileWorkbook';
import { writeWorkbook } from '../../src/hosts/xlsx/writeWorkbook';
import type { Rect, WorkbookSpec } from '../../src/sheets/spec';
import { consolidationWorkbook } from '../../src/sheets/summarySheet';
import { FakeContext } from '../support/excelFake';
import { inExcel } from '../support/inExcel';

/*
 * A plan just made — no targets, no units, no tasks — and a workbook with no plan at all, through
 * every action in both hosts: each works or refuses with one UserError naming the one cause; no
 * host is ever handed an empty or reversed range ("bad address C5:B5").
 */

const empty = () => newPlan(periodFromChoice('year', 2026), 'Công đoàn phường An Khánh', '')!;
const ctxOf = (f: FakeContext) => f as unknown as Excel.RequestContext;

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'done';
  } catch (e) {
    if (e instanceof UserError) return e.code;
    throw e;
  }
}

/** Every rectangle a spec names, so a test can say none is empty. */
function rectsOf(spec: WorkbookSpec): Rect[] {
  return spec.sheets.flatMap((s) => [
    ...s.merges, ...s.styles.map((x) => x.rect), ...s.tables.map((x) => x.rect), ...s.validations.map((x) => x.rect),
    ...s.conditionalFills.map((x) => x.rect), ...(s.charts ?? []).flatMap((c) => [c.data, c.anchor]), ...(s.protection?.unlocked ?? []),
  ]);
}

describe('the consolidation of a plan with no targets and no units', () => {
  const c = consolidatePlan(empty(), []);
  const spec = consolidationWorkbook(c, { orgName: 'Công đoàn phường An Khánh', period: empty().info.period, at: '01/12/2026 08:00' });

  it('names no empty range', () => {
    expect(rectsOf(spec).filter((r) => r.rows < 1 || r.cols < 1)).toEqual([]);
  });

  it('is written by the Excel host (as strict as Excel about addresses)', async () => {
    const fake = new FakeContext();
    await expect(applyWorkbookSpec(ctxOf(fake), spec, { caps: ALL_CAPABILITIES, replace: false })).resolves.toBeDefined();
  });

  it('is written by the file host', async () => {
    await expect(writeWorkbook(spec)).resolves.toBeInstanceOf(Uint8Array);
  });
});

describe('an empty plan in the Excel host', () => {
  it('each action works or refuses with the one thing missing', async () => {
    const fake = new FakeContext();
    await inExcel(fake, (wb) => scaffold(wb, empty(), { replace: false }));
    expect(await codeOf(inExcel(fake, (wb) => calendar(wb, { month: null })))).toBe('done');
    expect(await codeOf(inExcel(fake, (wb) => check(wb, {})))).toBe('done');
    expect(await codeOf(inExcel(fake, (wb) => forms(wb, { replace: false })))).toBe('units-missing');
    expect(await codeOf(inExcel(fake, (wb) => consolidate(wb, { memberFiles: [] })))).toBe('units-missing');
    expect(await codeOf(inExcel(fake, (wb) => report(wb, { date: '2026-12-01' })))).toBe('summary-unreadable');
  });

  it('a workbook without a plan: every action says so once', async () => {
    const fake = new FakeContext();
    for (const run of [
      () => inExcel(fake, (wb) => calendar(wb, { month: null })),
      () => inExcel(fake, (wb) => check(wb, {})),
      () => inExcel(fake, (wb) => forms(wb, { replace: false })),
      () => inExcel(fake, (wb) => consolidate(wb, { memberFiles: [] })),
      () => inExcel(fake, (wb) => report(wb, { date: '2026-12-01' })),
    ]) {
      const e = await run().catch((x: unknown) => x);
      expect(e).toBeInstanceOf(UserError);
      expect((e as UserError).code).toBe('plan-missing');
      expect((e as UserError).vi).not.toMatch(/\n/);
    }
  });
});

describe('an empty plan in the standalone host', () => {
  it('each action works or refuses with the one thing missing', async () => {
    const saved: ChosenFile[] = [];
    const host = planActions(fileHost(async (files, bundle) => { saved.push(...files); return bundle ?? files[0].name; }));
    await host.scaffold(empty(), { replace: false });
    const planFile = saved[0];
    expect(await codeOf(host.calendar({ month: null, planFile }))).toBe('done');
    expect(await codeOf(host.check({ planFile }))).toBe('done');
    expect(await codeOf(host.forms({ planFile, replace: false }))).toBe('units-missing');
    expect(await codeOf(host.consolidate({ planFile, memberFiles: [] }))).toBe('units-missing');
    expect(await codeOf(host.report({ planFile }))).toBe('summary-unreadable');
  });

  it('a file that is not a plan: one message naming the file', async () => {
    const host = planActions(fileHost(async () => 'x'));
    const planFile = { name: 'khac.xlsx', data: await writeWorkbook({ sheets: [{ ...consolidationWorkbook(consolidatePlan(empty(), []), { orgName: 'X', period: empty().info.period, at: '' }).sheets[0], name: 'Sổ chi' }] }) };
    const e = await host.check({ planFile }).catch((x: unknown) => x);
    expect((e as UserError).code).toBe('plan-missing');
    expect((e as UserError).vi).toContain('khac.xlsx');
  });
});
