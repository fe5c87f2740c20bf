import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoWardPlan } from '../../src/demo/demoPlan';
import { demoRoundReports, demoWardPlan2025 } from '../../src/demo/demoLastYear';
import type { Plan } from '../../src/domain/plan';
import type { MemberReport } from '../../src/domain/report/memberReport';
import { readWorkbookValues } from '../../src/files/readWorkbook';
import { writeWorkbook } from '../../src/hosts/xlsx/writeWorkbook';
import { planWorkbook } from '../../src/sheets/planWorkbook';
import type { CellValue } from '../../src/sheets/spec';
import { cli } from '../support/cli';
import { fillForm, type Answer } from '../support/forms';

/*
 * The journey of issue #21 on the command line: plan 2026 → 6-month forms → 6-month consolidation
 * compared with last year's file → 6-month report; then the year's forms → year consolidation in the
 * same workbook → year-end report. Every figure is checked against a computation written here from
 * the answers typed into the forms, not against the core.
 */

const dir = mkdtempSync(join(tmpdir(), 'unionplan-rounds-'));
const ward = demoWardPlan();
const last = demoWardPlan2025();
const [six, year] = ward.rounds!;
const [six25, year25] = last.rounds!;
const path = (name: string) => join(dir, name);

const answersOf = (r: MemberReport): Record<string, Answer> => Object.fromEntries(r.lines.map((l) => [l.code, { result: l.result, ...(l.base !== null && { base: l.base }) }]));

async function planFile(plan: Plan, name: string): Promise<string> {
  writeFileSync(path(name), await writeWorkbook(planWorkbook(plan)));
  return path(name);
}

/** Forms made by the CLI for the round, filled with the reports' figures as members would type them. */
async function filledForms(plan: string, round: string, reports: MemberReport[], folder: string): Promise<string> {
  const made = await cli('forms', '--plan', plan, '--round', round, '-o', path(folder));
  expect(made.code).toBe(0);
  expect(made.out).toContain(`đợt ${round}`);
  const filled = path(`${folder}-filled`);
  mkdirSync(filled);
  for (const r of reports) await fillForm(join(path(folder), `bao-cao-${r.unitCode}-${round}.xlsx`), answersOf(r), join(filled, `bao-cao-${r.unitCode}-${round}.xlsx`));
  return filled;
}

/** Σ results, and Σ results ÷ Σ bases for shares, over the reports: what the summary must say. */
function expected(reports: MemberReport[], code: string): { numerator: number; base: number } {
  let numerator = 0;
  let base = 0;
  for (const r of reports) for (const l of r.lines) if (l.code === code && l.result !== null) { numerator += l.result; base += l.base ?? 1; }
  return { numerator, base };
}

/** The rows of a summary sheet by target code, each as header → value. */
function rows(values: CellValue[][]): Map<string, Map<string, CellValue>> {
  const h = values.findIndex((l) => l[0] === 'Mã');
  const header = values[h].map(String);
  const out = new Map<string, Map<string, CellValue>>();
  for (const l of values.slice(h + 1)) {
    if (typeof l[0] !== 'string' || !l[0]) break;
    out.set(l[0], new Map(header.map((k, i) => [k, l[i]])));
  }
  return out;
}

const reports6 = demoRoundReports(ward, six, false);
const reportsYear = demoRoundReports(ward, year, true);
const last6 = demoRoundReports(last, six25, false, true);
const lastYear = demoRoundReports(last, year25, true, true);

let plan: string;
let plan25: string;

beforeAll(async () => {
  plan = await planFile(ward, 'ke-hoach-2026.xlsx');
  plan25 = await planFile(last, 'ke-hoach-2025.xlsx');
  // Last year's summary, both rounds in one file, made the same way a year ago.
  const f6 = await filledForms(plan25, '6T', last6, 'forms25-6T');
  expect((await cli('consolidate', '--plan', plan25, f6, '--round', '6T', '-o', path('tong-hop-2025.xlsx'))).code).toBe(0);
  const fy = await filledForms(plan25, 'CN', lastYear, 'forms25-CN');
  expect((await cli('consolidate', '--plan', plan25, fy, '--round', 'CN', '-o', path('tong-hop-2025.xlsx'))).code).toBe(0);
}, 120_000);

describe('CLI journey: the 6-month and the year-end rounds, compared with last year', () => {
  it('consolidates the 6-month round: result to date, attainment of the year, progress against time, change from last year', async () => {
    const filled = await filledForms(plan, '6T', reports6, 'forms-6T');
    const run = await cli('consolidate', '--plan', plan, filled, '--round', '6T', '--compare', path('tong-hop-2025.xlsx'), '-o', path('tong-hop-2026.xlsx'));
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain('Đợt 6T (6 tháng đầu năm 2026), số liệu đến 31/05/2026');
    const book = await readWorkbookValues(readFileSync(path('tong-hop-2026.xlsx')));
    const sheet = book.get('Tổng hợp 6T')!;
    expect(String(sheet[0][0])).toBe('TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2026');
    expect(String(sheet[1][0])).toContain('số liệu đến 31/05/2026');
    const got = rows(sheet);
    const elapsed = (151 / 365) * 100;
    for (const t of ward.targets) {
      const row = got.get(t.code)!;
      const e = expected(reports6, t.code);
      expect(row.get('Tử số (số đạt)')).toBe(e.numerator);
      if (t.rule !== 'sum') continue;
      // A count: attainment of the year's target, and progress against 41,4 % of the year less 5 points.
      const attained = (100 * e.numerator) / t.value;
      expect(row.get('Mức đạt so với chỉ tiêu (%)')).toBeCloseTo(attained, 1);
      const word = attained >= 100 ? 'Đã đạt cả năm' : attained >= Math.round(elapsed * 10) / 10 - 5 ? 'Đúng tiến độ' : 'Chậm tiến độ';
      expect(row.get('Tiến độ')).toBe(t.value <= 1 ? 'Không xét tiến độ' : word);
    }
    expect(got.get('CT06')!.get('Tiến độ')).toBe('Không xét tiến độ');
    // Last year: CT01 by code, CT07 by its text (it was CT7), CT02 did not exist and is listed.
    const ct01 = expected(last6, 'CT01').numerator;
    expect(got.get('CT01')!.get('Cùng kỳ năm trước')).toBe(ct01);
    const change = expected(reports6, 'CT01').numerator - ct01;
    expect(got.get('CT01')!.get('Tăng/giảm')).toBe(`${change > 0 ? '+' : '−'}${Math.abs(change)}`);
    expect(got.get('CT07')!.get('Cùng kỳ năm trước')).toBe(expected(last6, 'CT7').numerator);
    expect(got.get('CT02')!.get('Cùng kỳ năm trước')).toBeNull();
    const ratioLast = expected(last6, 'CT04');
    const ratioNow = expected(reports6, 'CT04');
    const points = (100 * ratioNow.numerator) / ratioNow.base - (100 * ratioLast.numerator) / ratioLast.base;
    expect(got.get('CT04')!.get('Tăng/giảm')).toBe(`${points > 0 ? '+' : '−'}${Math.abs(points).toFixed(1).replace('.', ',')} điểm %`);
    expect(sheet.flat().some((v) => typeof v === 'string' && v.includes('không so sánh') && v.includes('CT02'))).toBe(true);
  });

  it('writes the 6-month report: subject, progress and comparison sentences, the tasks after 31/5', async () => {
    const run = await cli('report', '--plan', plan, '--summary', path('tong-hop-2026.xlsx'), '--round', '6T', '--date', '2026-06-08', '-o', path('bao-cao-6T.xlsx'), '--docx', path('bao-cao-6T.docx'));
    expect(run.code).toBe(0);
    const text = [...(await readWorkbookValues(readFileSync(path('bao-cao-6T.xlsx')))).get('Báo cáo')!].flat().filter((v) => typeof v === 'string').join('\n');
    expect(text).toContain('Sơ kết hoạt động công đoàn 6 tháng đầu năm 2026 và phương hướng, nhiệm vụ 6 tháng cuối năm');
    const ct01 = expected(reports6, 'CT01').numerator;
    const diff = ct01 - expected(last6, 'CT01').numerator;
    expect(text).toContain(`CT01 – ${ward.targets[0].text}: đạt ${ct01} đoàn viên, bằng ${((100 * ct01) / 120).toFixed(1).replace('.', ',')}% kế hoạch năm`);
    expect(text).toContain(`${diff >= 0 ? 'tăng' : 'giảm'} ${Math.abs(diff)} đoàn viên`);
    expect(text).toContain('PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM');
    // Midway, a target short of the year's plan is said to be so, not simply "not met".
    expect(text).toContain('chưa đạt mức kế hoạch cả kỳ (số liệu mới đến ngày chốt)');
    // This year beside last year, as a share of this year's plan: CT01 at both.
    expect(text).toContain('Biểu đồ 2. 6 tháng đầu năm 2026 so với cùng kỳ năm trước (% kế hoạch năm nay)');
    expect(text).toContain('Biểu đồ 3. Tỷ lệ chỉ tiêu đạt theo loại hình đơn vị (%)');
    expect(text).toMatch(/^CT01 \(năm trước\)$/m);
    expect(readdirSync(dir)).toContain('bao-cao-6T.docx');
    // Tasks timed after May are listed, those before are not.
    expect(text).toContain('Tổ chức các hoạt động chào mừng Ngày thành lập Công đoàn Việt Nam 28/7');
    expect(text).not.toContain('Thăm hỏi, tặng quà đoàn viên có hoàn cảnh khó khăn dịp Tết Nguyên đán (');
  });

  it('refuses a 6-month form in the year\'s consolidation, naming both rounds', async () => {
    const filled = await filledForms(plan, 'CN', reportsYear, 'forms-CN');
    const stray = path('stray');
    mkdirSync(stray);
    copyFileSync(join(path('forms-6T-filled'), 'bao-cao-DN01-6T.xlsx'), join(stray, 'bao-cao-DN01-6T.xlsx'));
    const run = await cli('consolidate', '--plan', plan, filled, join(stray, 'bao-cao-DN01-6T.xlsx'), '--round', 'CN', '--compare', path('tong-hop-2025.xlsx'), '-o', path('tong-hop-2026.xlsx'));
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/report-round-mismatch.*đợt 6T.*đợt CN/);
  });

  it('keeps both rounds in one workbook; Tiến độ shows each target at both', async () => {
    const book = await readWorkbookValues(readFileSync(path('tong-hop-2026.xlsx')));
    expect([...book.keys()]).toEqual(expect.arrayContaining(['Tổng hợp 6T', 'Theo đơn vị 6T', 'Tổng hợp CN', 'Theo đơn vị CN', 'Tiến độ']));
    const progress = book.get('Tiến độ')!;
    const h = progress.findIndex((l) => l[0] === 'Mã');
    const header = progress[h].map(String);
    const col = (name: string) => header.indexOf(name);
    expect(col('6T: kết quả đến 31/05/2026')).toBeGreaterThan(0);
    expect(col('CN: kết quả đến 30/11/2026')).toBeGreaterThan(col('6T: kết quả đến 31/05/2026'));
    const ct01 = progress.find((l) => l[0] === 'CT01')!;
    expect(ct01[col('6T: kết quả đến 31/05/2026')]).toBe(String(expected(reports6, 'CT01').numerator));
    expect(ct01[col('CN: kết quả đến 30/11/2026')]).toBe(String(expected(reportsYear, 'CT01').numerator));
    expect(rows(book.get('Tổng hợp CN')!).get('CT01')!.get('Cùng kỳ năm trước')).toBe(expected(lastYear, 'CT01').numerator);
  });

  it('passes the round up: --as-report writes the level-above form of the same round, with the sums', async () => {
    const run = await cli('consolidate', '--plan', plan, path('forms-6T-filled'), '--round', '6T', '--as-report', '--unit-code', 'P-AK', '-o', path('gui-cap-tren-6T.xlsx'));
    expect(run.code).toBe(0);
    const form = (await readWorkbookValues(readFileSync(path('gui-cap-tren-6T.xlsx')))).get('Báo cáo')!;
    expect(form.find((l) => l[0] === 'Đợt báo cáo')?.[1]).toBe('6T');
    const h = form.findIndex((l) => l[0] === 'Mã');
    const ct01 = form.slice(h).find((l) => l[0] === 'CT01')!;
    expect(ct01[form[h].indexOf('Kết quả')]).toBe(expected(reports6, 'CT01').numerator);
  });

  it('a report without --round on a workbook of rounds says which rounds there are', async () => {
    const run = await cli('report', '--plan', plan, '--summary', path('tong-hop-2026.xlsx'), '-o', path('bao-cao-khong-ky.xlsx'));
    expect(run.code).toBe(1);
    expect(run.err).toContain('Đã có tổng hợp của kỳ 6T, CN: hãy chọn kỳ báo cáo (--round 6T).');
  });

  it('writes the year-end report', async () => {
    const run = await cli('report', '--plan', plan, '--summary', path('tong-hop-2026.xlsx'), '--round', 'CN', '--date', '2026-12-10', '-o', path('bao-cao-CN.xlsx'));
    expect(run.code).toBe(0);
    const text = [...(await readWorkbookValues(readFileSync(path('bao-cao-CN.xlsx')))).get('Báo cáo')!].flat().filter((v) => typeof v === 'string').join('\n');
    expect(text).toContain('Tổng kết hoạt động công đoàn năm 2026 và phương hướng, nhiệm vụ năm 2027');
    expect(text).not.toContain('mức kế hoạch cả kỳ');
    expect(text).toContain('Tổng kết phong trào thi đua, đánh giá xếp loại CĐCS năm 2026');
    expect(readdirSync(dir)).toContain('bao-cao-CN.xlsx');
  });
});

describe('npm run demo', () => {
  it('makes both rounds of 2026 in one workbook, compared with a 2025 summary, and a report per round', async () => {
    const out = path('demo');
    const run = await cli('demo', '-o', out);
    expect(run.code).toBe(0);
    const book = await readWorkbookValues(readFileSync(join(out, 'tong-hop-phuong-2026-cac-ky.xlsx')));
    expect([...book.keys()]).toEqual(expect.arrayContaining(['Tổng hợp 6T', 'Tổng hợp CN', 'Tiến độ']));
    const six6 = rows(book.get('Tổng hợp 6T')!);
    const last25 = rows((await readWorkbookValues(readFileSync(join(out, 'tong-hop-phuong-2025.xlsx')))).get('Tổng hợp 6T')!);
    expect(six6.get('CT01')!.get('Cùng kỳ năm trước')).toBe(last25.get('CT01')!.get('Tử số (số đạt)'));
    expect(six6.get('CT02')!.get('Cùng kỳ năm trước')).toBeNull();
    const report = [...(await readWorkbookValues(readFileSync(join(out, 'bao-cao-phuong-2026-6T.xlsx')))).get('Báo cáo')!].flat().join('\n');
    expect(report).toContain('so với cùng kỳ năm trước');
    expect(readdirSync(join(out, 'bao-cao-cac-don-vi-6T'))).toHaveLength(ward.units.length - 1);
  }, 120_000);
});
