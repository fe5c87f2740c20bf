import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_FILES } from '../../src/cli/commands/demo';
import { demoWardPlan } from '../../src/demo/demoPlan';
import { SHEET } from '../../src/sheets/names';
import { formFileName } from '../../src/sheets/reportForm';
import { cli } from '../support/cli';
import { fillForm, type Answer } from '../support/forms';
import { resavedByLibreOffice, sofficePath } from '../support/libreoffice';
import { fillWithOpenpyxl } from '../support/openpyxl';

/**
 * Issue #17: a member who fills the form with another tool is counted like one who uses Excel. The
 * same answers, typed into the same forms by ExcelJS (as Excel saves them), by openpyxl, and saved
 * again by LibreOffice Calc, consolidate to the same JSON.
 */
jest.setTimeout(300_000);

const ward = demoWardPlan();
const dir = mkdtempSync(join(tmpdir(), 'unionplan-writers-'));
const plan = join(dir, DEMO_FILES.ward);
const forms = join(dir, 'mau');
const byExcel = join(dir, 'excel');
const byOpenpyxl = join(dir, 'openpyxl');

/** Answers that differ by unit and target: counts, parts of wholes, N/A, a blank. */
function answersFor(u: number): Record<string, Answer> {
  return Object.fromEntries(ward.targets.map((t, k) => {
    const x = (u * 5 + k * 3) % 9;
    if (t.rule === 'ratio') return [t.code, u === 1 ? { result: null, na: true } : { result: x, base: x + 1 + (u % 3) }];
    if (t.rule === 'unit-share') return [t.code, { result: x % 2 }];
    if (t.rule === 'unit-count') return [t.code, { result: u % 2 }];
    return [t.code, u === 3 && k === 0 ? { result: null } : { result: x * 4 }];
  }));
}

let excelJson: unknown;
const consolidated = async (folder: string) => {
  const r = await cli('consolidate', '--plan', plan, folder, '--json');
  expect(r.code).toBe(0);
  return JSON.parse(r.out);
};

beforeAll(async () => {
  sofficePath();
  expect((await cli('demo', '-o', dir)).code).toBe(0);
  expect((await cli('forms', '--plan', plan, '-o', forms)).code).toBe(0);
  mkdirSync(byExcel);
  mkdirSync(byOpenpyxl);
  const units = ward.units.slice(0, 5);
  for (const [u, unit] of units.entries()) await fillForm(join(forms, formFileName(unit.code)), answersFor(u), join(byExcel, formFileName(unit.code)));
  fillWithOpenpyxl(units.map((unit, u) => ({ form: join(forms, formFileName(unit.code)), sheet: SHEET.form, answers: answersFor(u), out: join(byOpenpyxl, formFileName(unit.code)) })));
  excelJson = await consolidated(byExcel);
});

it('consolidates the Excel-saved forms: five units reported, no finding', () => {
  expect(excelJson).toMatchObject({ units: { expected: 6, reported: 5 }, findings: [] });
});

it('consolidates forms filled with openpyxl exactly like the Excel-saved ones', async () => {
  expect(await consolidated(byOpenpyxl)).toEqual(excelJson);
});

it('consolidates forms saved again by LibreOffice Calc exactly like the originals', async () => {
  const copies = resavedByLibreOffice(readdirSync(byExcel).map((n) => join(byExcel, n)));
  expect(readdirSync(copies).filter((n) => n.endsWith('.xlsx'))).toHaveLength(5);
  expect(await consolidated(copies)).toEqual(excelJson);
});
