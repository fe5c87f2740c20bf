import { demoWardPlan } from '../../src/demo/demoPlan';
import { consolidatePlan } from '../../src/domain/report/consolidate';
import type { Unit } from '../../src/domain/report/unit';
import { ALL_CAPABILITIES } from '../../src/hosts/excel/capabilities';
import { forms } from '../../src/app/forms';
import { inExcel } from '../support/inExcel';
import { applyWorkbookSpec } from '../../src/hosts/excel/writeWorkbookSpec';
import { formSheetsWorkbook } from '../../src/sheets/formSheets';
import { planWorkbook } from '../../src/sheets/planWorkbook';
import { readReport } from '../../src/sheets/read/readReport';
import { reportFormSheet } from '../../src/sheets/reportForm';
import { MAX_SHEET_NAME, sameSheetName, sheetNameProblem } from '../../src/sheets/sheetName';
import { FakeContext } from '../support/excelFake';
import { sheetGrid } from '../support/specValues';

/**
 * Issue #9, text: unit codes and names as people type them — long, with characters sheet names
 * forbid, decomposed accents (NFD), the look-alike "Ð" — still make valid, distinct sheet names and
 * still match the plan's units.
 */
const LONG = 'Công đoàn cơ sở Trường Trung học phổ thông';
const codes = [`${LONG} A`, `${LONG} B`, 'DN[01]:*?/\\', 'DN 01', "'Đặc biệt'", 'ĐƠN VỊ'];

function planWithCodes(): ReturnType<typeof demoWardPlan> {
  const plan = demoWardPlan();
  plan.units = codes.map((code, i): Unit => ({ code, name: `Đơn vị ${i + 1}`, type: '', parent: '', contact: '' }));
  return plan;
}

it('gives every unit a valid, distinct form sheet name, accepted by Excel', async () => {
  const plan = planWithCodes();
  const names = formSheetsWorkbook(plan).sheets.map((s) => s.name);
  expect(names).toHaveLength(codes.length);
  for (const n of names) {
    expect(sheetNameProblem(n)).toBeNull();
    expect(n.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
  }
  for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) expect(sameSheetName(names[i], names[j])).toBe(false);
  // The strict fake refuses invalid and duplicate names as Excel does.
  const fake = new FakeContext();
  await applyWorkbookSpec(fake as unknown as Excel.RequestContext, planWorkbook(plan), { caps: ALL_CAPABILITIES, replace: false });
  await expect(inExcel(fake, (wb) => forms(wb, { replace: false }))).resolves.toMatchObject({ status: 'done' });
});

it('matches a member whose code was typed decomposed (NFD) or with "Ð" to the plan\'s unit', () => {
  const plan = demoWardPlan();
  const unit = plan.units[0];
  const grid = sheetGrid(reportFormSheet(plan, unit));
  const codeCell = grid.findIndex((line) => line.includes(unit.code));
  const typed = (code: string) => grid.map((line, r) => (r === codeCell ? line.map((v) => (v === unit.code ? code : v)) : line));
  const resultCol = 3;
  const firstLine = grid.findIndex((line) => line[0] === plan.targets[0].code);
  for (const code of [unit.code.normalize('NFD'), ` ${unit.code.toLowerCase()} `]) {
    const g = typed(code);
    g[firstLine][resultCol] = 7;
    const { report } = readReport(g, { file: 'x.xlsx', sheet: 'Báo cáo' });
    const c = consolidatePlan(plan, [report!]);
    expect(c.units.reported).toBe(1);
    expect(c.byUnit.find((u) => u.code === unit.code)!.reported).toBe(true);
  }
  const named = { ...plan, units: [{ ...unit, code: 'ĐV01' }] };
  const g = sheetGrid(reportFormSheet(named, named.units[0])).map((line) => line.map((v) => (v === 'ĐV01' ? 'ÐV01' : v)));
  g[firstLine][resultCol] = 7;
  const { report } = readReport(g, { file: 'x.xlsx', sheet: 'Báo cáo' });
  expect(consolidatePlan(named, [report!]).units.reported).toBe(1);
});
