import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoWardPlan } from '../../src/demo/demoPlan';
import { writeWorkbook } from '../../src/hosts/xlsx/writeWorkbook';
import { checkPlan } from '../../src/sheets/check/checkPlan';
import { findingsSheet } from '../../src/sheets/findingsSheet';
import { SHEET } from '../../src/sheets/names';
import { planWorkbook } from '../../src/sheets/planWorkbook';
import { specValues } from '../support/specValues';
import { recalculatedSheets } from '../support/libreoffice';

/** The `Kiểm tra` sheet's links are formulas: LibreOffice must compute them to the cell addresses, with no error. */
jest.setTimeout(300_000);

it('writes cell links that a spreadsheet without the add-in computes', async () => {
  const plan = demoWardPlan();
  plan.targets[1].code = plan.targets[0].code;
  plan.tasks[2].end = '2026-01';
  const spec = planWorkbook(plan);
  const findings = checkPlan(specValues(spec));
  expect(findings.length).toBeGreaterThanOrEqual(2);
  spec.sheets.push(findingsSheet(findings, plan.info.issuingBody, '22/11/2026 23:05'));
  const file = join(mkdtempSync(join(tmpdir(), 'unionplan-check-lo-')), 'kiem-tra.xlsx');
  writeFileSync(file, await writeWorkbook(spec));
  const sheet = recalculatedSheets([file]).get(file)!.get(SHEET.check)!;
  const rows = sheet.slice(4, 4 + findings.length);
  expect(rows.map((r) => [r[0], r[1], r[2], r[3]])).toEqual(findings.map((f) => [f.severity === 'error' ? 'Lỗi' : f.severity === 'warning' ? 'Cảnh báo' : 'Lưu ý', f.code, f.sheet, f.cell]));
  for (const line of sheet) for (const v of line) expect(v).not.toMatch(/^(#|Err:)/);
});
