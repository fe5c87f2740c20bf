import { demoWardPlan } from '../../../src/demo/demoPlan';
import { consolidate } from '../../../src/domain/report/consolidate';
import type { MemberReport } from '../../../src/domain/report/memberReport';
import type { Plan } from '../../../src/domain/plan';
import type { Unit } from '../../../src/domain/report/unit';
import { ALL_CAPABILITIES } from '../../../src/hosts/excel/capabilities';
import { consolidate as consolidateAction } from '../../../src/app/consolidate';
import { applyWorkbookSpec } from '../../../src/hosts/excel/writeWorkbookSpec';
import { SHEET, TABLE } from '../../../src/sheets/names';
import { FORM_COLUMNS, FORM_HEADER_ROW } from '../../../src/sheets/reportForm';
import { planWorkbook } from '../../../src/sheets/planWorkbook';
import { FakeContext, type SheetState } from '../../support/excelFake';
import { formSheetState } from '../../support/formSheets';
import type { Answer } from '../../support/forms';
import { inExcel } from '../../support/inExcel';
import { writeWorkbook } from '../../../src/hosts/xlsx/writeWorkbook';
import { reportFormWorkbook } from '../../../src/sheets/reportForm';
import { matchKey } from '../../../src/domain/text';

const ctxOf = (f: FakeContext) => f as unknown as Excel.RequestContext;

function planWith(units: number): Plan {
  const plan = demoWardPlan();
  plan.units = Array.from({ length: units }, (_, i): Unit => ({ code: `U${i + 1}`, name: `CĐCS số ${i + 1}`, type: '', parent: '', contact: '' }));
  return plan;
}

function answers(plan: Plan, u: number): Record<string, Answer> {
  return Object.fromEntries(plan.targets.map((t, k): [string, Answer] => {
    const x = (u * 13 + k * 5) % 17;
    if (t.rule === 'ratio') return [t.code, { result: x, base: x + (u % 4) }];
    if (t.rule === 'unit-share') return [t.code, { result: x % 2 }];
    if (t.rule === 'unit-count') return [t.code, { result: u % 9 === 0 ? 1 : 0 }];
    return [t.code, { result: x }];
  }));
}

const asReport = (plan: Plan, u: number): MemberReport => ({
  unitCode: plan.units[u].code, unitName: plan.units[u].name, periodCode: '2026', source: { file: null, sheet: '' }, unitAt: '',
  lines: Object.entries(answers(plan, u)).map(([code, a]) => ({ code, result: a.result as number, base: (a.base ?? null) as number | null, na: false, note: '', at: '' })),
});

/** The plan's sheets, then one form sheet per reporting unit (every seventh unit stays silent). */
async function workbookWith(plan: Plan): Promise<{ fake: FakeContext; reporting: number[] }> {
  const fake = new FakeContext();
  await applyWorkbookSpec(ctxOf(fake), planWorkbook(plan), { caps: ALL_CAPABILITIES, replace: false });
  const reporting = plan.units.map((_u, i) => i).filter((i) => i % 7 !== 6);
  for (const i of reporting) fake.state.sheets.push(formSheetState(plan, plan.units[i], `BC ${plan.units[i].code}`, i === 0 ? TABLE.form : `${TABLE.form}${i + 1}`, answers(plan, i)));
  fake.syncCount = 0;
  fake.requestBytes = [];
  fake.responseBytes = [];
  return { fake, reporting };
}

const snapshot = (s: SheetState) => JSON.stringify({ cells: [...s.cells], tables: s.tables });

describe('Excel host: consolidating the report sheets of the workbook', () => {
  it.each([10, 200])('%i units: four syncs, the same totals as the core, member sheets untouched', async (n) => {
    const plan = planWith(n);
    const { fake, reporting } = await workbookWith(plan);
    const before = fake.state.sheets.filter((s) => s.name.startsWith('BC ')).map((s) => [s.name, snapshot(s)]);
    const result = await inExcel(fake, (wb) => consolidateAction(wb, { memberFiles: [] }));
    expect(fake.syncCount).toBe(4);
    expect(result.syncs).toBe(4);
    expect(result.reportSheets).toBe(reporting.length);
    const core = consolidate({ targets: plan.targets, units: plan.units, reports: reporting.map((i) => asReport(plan, i)), periodCode: '2026', levels: plan.ratingLevels });
    expect(result.consolidation.targets).toEqual(core.targets);
    expect(result.consolidation.units.missing).toEqual(core.units.missing);
    for (const [name, snap] of before) expect(snapshot(fake.state.sheet(name as string)!)).toBe(snap);
    expect(fake.state.sheet(SHEET.summary)!.value(4, 0)).toBe(plan.targets[0].code);
    // Printed, its first page carries the official header: the issuing body left, the national motto right.
    expect(fake.state.sheet(SHEET.summary)!.pageLayout['first.rightHeader']).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(fake.state.sheet(SHEET.summary)!.pageLayout['first.leftHeader']).toContain(plan.info.issuingBody.toUpperCase());
    expect(fake.maxRequestBytes).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(fake.maxResponseBytes).toBeLessThanOrEqual(4 * 1024 * 1024);
  });

  it('a round costs the same four syncs; the other round\'s forms are set aside, both rounds\' sheets stay, Tiến độ shows both', async () => {
    const plan = planWith(50);
    const fake = new FakeContext();
    await applyWorkbookSpec(ctxOf(fake), planWorkbook(plan), { caps: ALL_CAPABILITIES, replace: false });
    const [six, year] = plan.rounds!;
    plan.units.forEach((u, i) => {
      fake.state.sheets.push(formSheetState(plan, u, `BC ${u.code} 6T`, `${TABLE.form}_6T_${i + 1}`, answers(plan, i), six));
      fake.state.sheets.push(formSheetState(plan, u, `BC ${u.code} CN`, `${TABLE.form}_CN_${i + 1}`, answers(plan, (i + 1) % 50), year));
    });
    for (const round of [six, year]) {
      fake.syncCount = 0;
      const result = await inExcel(fake, (wb) => consolidateAction(wb, { memberFiles: [], round: round.code }));
      expect(fake.syncCount).toBe(4);
      expect(result.syncs).toBe(4);
      expect(result.findings.filter((f) => f.code === 'report-round-mismatch')).toEqual([]);
      const shift = round === six ? 0 : 1;
      const core = consolidate({ targets: plan.targets, units: plan.units, reports: plan.units.map((_u, i) => ({ ...asReport(plan, (i + shift) % 50), unitCode: plan.units[i].code, unitName: plan.units[i].name, roundCode: round.code })), periodCode: '2026', levels: plan.ratingLevels, round });
      expect(result.consolidation.targets.map((t) => [t.numerator, t.progress])).toEqual(core.targets.map((t) => [t.numerator, t.progress]));
    }
    expect(fake.state.sheet('Tổng hợp 6T')).toBeDefined();
    expect(fake.state.sheet('Tổng hợp CN')).toBeDefined();
    const progress = fake.state.sheet(SHEET.progress)!;
    const header = Array.from({ length: 11 }, (_v, c) => progress.value(3, c));
    expect(header).toEqual(expect.arrayContaining(['6T: kết quả đến 31/05/2026', 'CN: kết quả đến 30/11/2026']));
    expect(fake.maxRequestBytes).toBeLessThanOrEqual(4 * 1024 * 1024);
  });

  it('refreshes in place: a second run replaces the result sheets', async () => {
    const plan = planWith(5);
    const { fake } = await workbookWith(plan);
    await inExcel(fake, (wb) => consolidateAction(wb, { memberFiles: [] }));
    await inExcel(fake, (wb) => consolidateAction(wb, { memberFiles: [] }));
    expect(fake.state.sheets.filter((s) => s.name === SHEET.summary)).toHaveLength(1);
    expect(fake.state.sheets.filter((s) => s.name.startsWith('~unionplan-old-'))).toEqual([]);
  });

  it('a refresh that needs report sheets writes nothing where there are none (a summary from files stays)', async () => {
    const plan = planWith(3);
    const fake = new FakeContext();
    await applyWorkbookSpec(ctxOf(fake), planWorkbook(plan), { caps: ALL_CAPABILITIES, replace: false });
    const memberFiles = await Promise.all([0, 1].map(async (u) => ({ name: `u${u}.xlsx`, data: await writeWorkbook(reportFormWorkbook(plan, plan.units[u], new Map(asReport(plan, u).lines.map((l) => [matchKey(l.code), l])))) })));
    const fromFiles = await inExcel(fake, (wb) => consolidateAction(wb, { memberFiles }));
    expect(fromFiles.consolidation.units.reported).toBe(2);
    const kept = snapshot(fake.state.sheet(SHEET.summary)!);
    const refused = await inExcel(fake, (wb) => consolidateAction(wb, { memberFiles: [], needsSheets: true })).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'no-report-sheets' });
    expect(snapshot(fake.state.sheet(SHEET.summary)!)).toBe(kept);
    // With report sheets, the same refresh runs.
    const { fake: withSheets, reporting } = await workbookWith(plan);
    expect((await inExcel(withSheets, (wb) => consolidateAction(wb, { memberFiles: [], needsSheets: true }))).reportSheets).toBe(reporting.length);
  });

  it('cuts reads into more syncs rather than pass the response budget', async () => {
    const plan = planWith(40);
    const { fake } = await workbookWith(plan);
    const result = await inExcel(fake, (wb) => consolidateAction(wb, { memberFiles: [] }), { budget: 20 * 1024 });
    expect(fake.maxResponseBytes).toBeLessThanOrEqual(40 * 1024);
    expect(result.syncs).toBeGreaterThan(4);
  });

  it('cuts a read Excel refuses as too large into halves and reads it again', async () => {
    const plan = planWith(12);
    const { fake, reporting } = await workbookWith(plan);
    // Members who pasted paragraphs where a figure goes: far more text than a read is sized for.
    const result = FORM_COLUMNS.findIndex((c) => c.key === 'result');
    for (const s of fake.state.sheets.filter((x) => x.name.startsWith('BC '))) {
      plan.targets.forEach((_t, i) => s.cells.set(`${FORM_HEADER_ROW + 1 + i},${result}`, { formula: 'Đã thực hiện '.repeat(60) }));
    }
    fake.requestLimit = 64 * 1024;
    const read = await inExcel(fake, (wb) => consolidateAction(wb, { memberFiles: [] }), { budget: 40 * 1024 });
    expect(fake.responseBytes.some((b) => b > 64 * 1024)).toBe(true);
    expect(read.reportSheets).toBe(reporting.length);
    // Text where a figure goes is a finding for each line, not a failure of the whole read.
    expect(new Set(read.findings.filter((f) => f.sheet?.startsWith('BC ')).map((f) => f.sheet)).size).toBe(reporting.length);
  });

  it('writes member text as text: a formula-looking note or code never becomes a formula', async () => {
    const plan = planWith(3);
    const { fake } = await workbookWith(plan);
    const form = fake.state.sheet('BC U1')!;
    // Typed as text (with Excel's apostrophe): a formula typed as such would be the member's own formula.
    form.cells.set('2,1', { formula: '\'=cmd|\' /C calc\'!A0' });
    const result = await inExcel(fake, (wb) => consolidateAction(wb, { memberFiles: [] }));
    expect(result.findings.map((f) => f.code)).toContain('report-unit-unknown');
    const written = fake.state.sheets.filter((s) => [SHEET.summary, SHEET.byUnit, SHEET.check].includes(s.name as never)).flatMap((s) => [...s.cells.values()].map((c) => c.formula));
    expect(written.filter((v) => typeof v === 'string' && v.startsWith('=') && !v.startsWith('=HYPERLINK('))).toEqual([]);
    expect(written).toContain("'=cmd|' /C calc'!A0");
  });
});
