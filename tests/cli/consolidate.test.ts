import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoWardPlan } from '../../src/demo/demoPlan';
import { consolidate } from '../../src/domain/report/consolidate';
import type { MemberReport } from '../../src/domain/report/memberReport';
import { readWorkbookValues } from '../../src/files/readWorkbook';
import { writeWorkbook } from '../../src/hosts/xlsx/writeWorkbook';
import { SHEET } from '../../src/sheets/names';
import { planWorkbook } from '../../src/sheets/planWorkbook';
import { cli } from '../support/cli';
import { fillForm, type Answer } from '../support/forms';

const dir = mkdtempSync(join(tmpdir(), 'unionplan-cons-'));
const plan = join(dir, 'ke-hoach-cong-doan-phuong-2026.xlsx');
const filled = join(dir, 'filled');
const ward = demoWardPlan();

/** Answers that vary by unit and target, the way real forms do: counts, parts of wholes, N/A, blanks. */
function answersFor(u: number): Record<string, Answer> {
  const out: Record<string, Answer> = {};
  ward.targets.forEach((t, k) => {
    const x = (u * 7 + k * 3) % 11;
    if (t.rule === 'ratio') out[t.code] = u === 2 ? { result: null, na: true } : { result: x, base: x + (u % 3) };
    else if (t.rule === 'unit-share') out[t.code] = { result: x % 2 };
    else if (t.rule === 'unit-count') out[t.code] = { result: u === 4 ? 1 : 0 };
    else out[t.code] = u === 3 && k === 0 ? { result: null } : { result: x * 5 };
  });
  return out;
}

/** The same answers as the core sees them, to compare the CLI with the domain without hard-coding. */
const asReport = (u: number): MemberReport => ({
  unitCode: ward.units[u].code, unitName: ward.units[u].name, periodCode: '2026', source: { file: null, sheet: '' }, unitAt: '',
  lines: Object.entries(answersFor(u)).map(([code, a]) => ({ code, result: a.result as number | null, base: (a.base ?? null) as number | null, na: !!a.na, note: '', at: '' })),
});

beforeAll(async () => {
  expect((await cli('demo', '-o', dir)).code).toBe(0);
  expect((await cli('forms', '--plan', plan, '-o', join(dir, 'forms'))).code).toBe(0);
  mkdirSync(filled);
  // Five of six units answer; one sends a file that is not a workbook.
  for (let u = 0; u < 5; u++) await fillForm(join(dir, 'forms', `bao-cao-${ward.units[u].code}.xlsx`), answersFor(u), join(filled, `${ward.units[u].code}.xlsx`));
  writeFileSync(join(filled, 'hong.xlsx'), 'không phải xlsx');
  // The demo's journey, the forms and five filled copies: a few seconds of ExcelJS, more on a busy machine.
}, 60_000);

describe('unionplan forms → filled forms → consolidate', () => {
  it('writes one form per unit', () => {
    expect(readdirSync(join(dir, 'forms')).sort()).toEqual(ward.units.map((u) => `bao-cao-${u.code}.xlsx`).sort());
  });

  it('consolidates a folder of forms exactly as the core does, listing the silent unit and the broken file', async () => {
    const r = await cli('consolidate', '--plan', plan, filled, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.units).toEqual({ expected: 6, reported: 5, missing: ['UB01'] });
    const core = consolidate({ targets: ward.targets, units: ward.units, reports: [0, 1, 2, 3, 4].map(asReport), periodCode: '2026', levels: ward.ratingLevels });
    expect(json.targets).toEqual(core.targets.map((t) => ({ code: t.code, comparator: t.comparator, target: t.target, percent: t.percent, rule: t.rule, result: t.result, numerator: t.numerator, base: t.base, attainment: t.attainment, status: t.status, unitsMeeting: t.unitsMeeting })));
    expect(json.byUnit.map((u: { code: string; rank: number | null }) => [u.code, u.rank])).toEqual(core.byUnit.map((u) => [u.code, u.rank]));
    expect(json.findings.map((f: { code: string; sheet: string }) => [f.code, f.sheet])).toEqual([['report-unreadable', 'hong.xlsx']]);
  });

  it('writes Tổng hợp and Theo đơn vị as values, and a Kiểm tra sheet for the broken file', async () => {
    const out = join(dir, 'tong-hop.xlsx');
    expect((await cli('consolidate', '--plan', plan, filled, '-o', out)).code).toBe(0);
    const values = await readWorkbookValues(readFileSync(out));
    expect([...values.keys()]).toEqual([SHEET.summary, SHEET.byUnit, SHEET.check]);
    const summary = values.get(SHEET.summary)!;
    expect(summary[4][0]).toBe(ward.targets[0].code);
    expect(summary.flat().some((v) => typeof v === 'string' && v.startsWith('Chưa báo cáo (1): CĐCS Cơ quan Ủy ban nhân dân phường (UB01)'))).toBe(true);
    expect(values.get(SHEET.byUnit)!.map((r) => r[0])).toContain('UB01');
  });

  it('rolls up: the ward\'s summary, consolidated by the level above, gives the same totals', async () => {
    const form = join(dir, 'phuong-gui-len.xlsx');
    expect((await cli('consolidate', '--plan', plan, filled, '-o', form, '--as-report', '--unit-code', 'P-AK')).code).toBe(0);
    const upper = demoWardPlan();
    upper.info.issuingBody = 'LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐÔNG NAM';
    upper.units = [{ code: 'P-AK', name: 'Công đoàn phường An Khánh', type: '', parent: '', contact: '' }, { code: 'P-BM', name: 'Công đoàn phường Bình Minh', type: '', parent: '', contact: '' }];
    const upperPlan = join(dir, 'cap-tren.xlsx');
    writeFileSync(upperPlan, await writeWorkbook(planWorkbook(upper)));
    const top = JSON.parse((await cli('consolidate', '--plan', upperPlan, form, '--json')).out);
    const below = JSON.parse((await cli('consolidate', '--plan', plan, filled, '--json')).out);
    const totals = (j: { targets: { code: string; numerator: number | null; base: number | null; result: number | null; status: string }[] }) => j.targets.map((t) => [t.code, t.numerator, t.base, t.result, t.status]);
    expect(totals(top)).toEqual(totals(below));
    expect(top.units).toEqual({ expected: 2, reported: 1, missing: ['P-BM'] });
  });

  it('refuses to make forms without units, saying where to enter them', async () => {
    const r = await cli('forms', '--plan', join(dir, 'ke-hoach-cdcs-truong-hoc-2025-2026.xlsx'), '-o', join(dir, 'x'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('Đơn vị');
  });
});
