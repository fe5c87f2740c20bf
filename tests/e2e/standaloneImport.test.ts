import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { readWorkbookValues } from '../../src/files/readWorkbook';
import { readPlan } from '../../src/sheets/read/readPlan';
import { SCREENSHOTS, builtPages, launchChromium, serve, watchPage } from '../support/browser';
import { makeDocx } from '../support/docx';
import { fillForm } from '../support/forms';
import { axeViolations } from './a11y';
import { demoWardPlan } from '../../src/demo/demoPlan';
import { writeWorkbook } from '../../src/hosts/xlsx/writeWorkbook';
import { planWorkbook } from '../../src/sheets/planWorkbook';
import { reportFormWorkbook } from '../../src/sheets/reportForm';

/**
 * The standalone page in Chromium: a Word plan document in, a reviewed plan workbook out. Proves
 * that mammoth's browser build and ExcelJS load on demand under the page's CSP, with no Node globals.
 */
// The pages are built by the global set-up; a test here took at most 18 s on a loaded 2-core machine.
jest.setTimeout(90_000);

let browser: Browser;
let site: { url: string; close: () => Promise<void> };
const errors: string[] = [];
const work = mkdtempSync(join(tmpdir(), 'unionplan-e2e-'));

beforeAll(async () => {
  site = await serve(builtPages());
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const loaded: string[] = [];

async function open(width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, acceptDownloads: true });
  page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
  watchPage(page, site.url, errors);
  await page.goto(`${site.url}/index.html`);
  return page;
}

it('reads a .docx plan, shows what it found, and downloads the plan workbook', async () => {
  const docx = join(work, 'ke-hoach-2026.docx');
  writeFileSync(docx, await makeDocx([
    'CÔNG ĐOÀN XÃ TÂN HƯNG', 'Số: 12/KH-CĐX', 'Tân Hưng, ngày 10 tháng 01 năm 2026', 'KẾ HOẠCH', 'Công tác công đoàn năm 2026',
    'II. CHỈ TIÊU', { bullet: 'Phát triển mới 40 đoàn viên.' }, { bullet: 'Trên 90% CĐCS hoàn thành tốt nhiệm vụ.' },
    'III. NHIỆM VỤ', { numbered: 'Công tác chăm lo' }, { bullet: 'Tổ chức Tháng Công nhân.' }, 'Thời gian thực hiện: tháng 5/2026',
    { bullet: 'Thăm hỏi đoàn viên ốm đau. Thời gian: thường xuyên.' },
  ]));
  const page = await open(320);
  await page.getByRole('tab', { name: 'Từ văn bản' }).click();
  await page.locator('input[type=file]').setInputFiles(docx);
  const review = page.getByRole('region', { name: 'Đã nhận ra' });
  await review.waitFor();
  await page.screenshot({ path: join(SCREENSHOTS, 'import-review-320.png'), fullPage: true });
  expect(await axeViolations(page)).toEqual([]);
  expect(await review.textContent()).toContain('2 chỉ tiêu · 2 nhiệm vụ (2 có thời gian)');
  expect(await page.getByRole('textbox', { name: /Tên đơn vị ban hành/ }).inputValue()).toBe('Công đoàn xã Tân Hưng');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tạo bảng kế hoạch từ văn bản' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('ke-hoach-2026.xlsx');
  await page.getByText('Đã tạo bảng kế hoạch').waitFor();
  await page.screenshot({ path: join(SCREENSHOTS, 'import-done-320.png'), fullPage: true });
  const saved = join(work, 'tai-ve.xlsx');
  await download.saveAs(saved);
  const { plan, findings } = readPlan(await readWorkbookValues(readFileSync(saved)));
  expect(findings).toEqual([]);
  expect(plan!.info).toMatchObject({ issuingBody: 'Công đoàn xã Tân Hưng', number: '12/KH-CĐX' });
  expect(plan!.targets.map((t) => [t.comparator, t.value])).toEqual([['>=', 40], ['>', 90]]);
  expect(plan!.tasks.map((t) => [t.frequency, t.start])).toEqual([['scheduled', '2026-05'], ['continuous', null]]);
  expect(errors).toEqual([]);
});

it('creates blank plan sheets at 800 px in English, then its printable schedule', async () => {
  loaded.length = 0;
  const page = await open(800);
  await page.getByRole('button', { name: 'Tạo bảng kế hoạch' }).waitFor();
  // The page opens without ExcelJS or mammoth: they come with the first file made or read.
  expect(loaded.filter((p) => /^\/(exceljs|mammoth)\./.test(p))).toEqual([]);
  await page.getByLabel('Ngôn ngữ').selectOption('en');
  await page.getByRole('spinbutton', { name: 'First year' }).fill('2027');
  await page.getByRole('textbox', { name: /Issuing unit/ }).fill('Công đoàn phường An Khánh');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Create plan sheets' }).click()]);
  await page.getByText('Plan sheets created').waitFor();
  await page.screenshot({ path: join(SCREENSHOTS, 'scaffold-done-800-en.png'), fullPage: true });
  expect(loaded.filter((p) => /^\/exceljs\./.test(p))).toHaveLength(1);
  const saved = join(work, 'blank.xlsx');
  await download.saveAs(saved);
  const { plan } = readPlan(await readWorkbookValues(readFileSync(saved)));
  expect(plan!.info.issuingBody).toBe('Công đoàn phường An Khánh');

  // The plan just made goes back in through the Calendar tab and comes out as the printable schedule.
  await page.getByRole('tab', { name: 'Calendar' }).click();
  await page.locator('input[type=file][accept=".xlsx"]').setInputFiles(saved);
  await page.getByText('blank.xlsx').waitFor();
  await page.getByRole('textbox', { name: /Month to print/ }).fill('7/2027');
  const [schedule] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the schedule for 7/2027' }).click()]);
  await page.getByText('Calendar built').waitFor();
  await page.screenshot({ path: join(SCREENSHOTS, 'calendar-done-800-en.png'), fullPage: true });
  expect(schedule.suggestedFilename()).toBe('lich-cong-tac-2027-07.xlsx');
  const schedulePath = join(work, 'lich.xlsx');
  await schedule.saveAs(schedulePath);
  const rows = (await readWorkbookValues(readFileSync(schedulePath))).get('Lịch công tác')!;
  expect(rows[0][0]).toBe('LỊCH CÔNG TÁC THÁNG 7/2027');
  expect(rows.map((r) => r[2])).toContain('Kỷ niệm 98 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2027)');

  // And the Check tab reads the same file, without choosing it again: a blank plan only lacks its signer.
  await page.getByRole('tab', { name: 'Check' }).click();
  await page.getByText('Plan: blank.xlsx — used by every tab, no need to choose it again.').waitFor();
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await page.getByText('0 errors, 1 warning, 0 notes').waitFor();
  await page.screenshot({ path: join(SCREENSHOTS, 'check-done-800-en.png'), fullPage: true });
  expect(errors).toEqual([]);
});

it('runs plan → forms → consolidation → report at 320 px, each file chosen once, and keeps it all across tabs', async () => {
  const plan = demoWardPlan();
  const planPath = join(work, 'ke-hoach-phuong.xlsx');
  writeFileSync(planPath, await writeWorkbook(planWorkbook(plan)));
  const page = await open(320);
  let chosen = 0;
  const choose = async (input: ReturnType<Page['locator']>, files: string | string[]) => { chosen++; await input.setInputFiles(files); };

  // The plan, chosen once on the Check tab, serves every tab after.
  await page.getByRole('tab', { name: 'Kiểm tra' }).click();
  await choose(page.getByLabel('Chọn bảng kế hoạch (.xlsx)…'), planPath);
  await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  await page.getByRole('main').locator('.fui-MessageBarTitle').waitFor();
  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  await page.getByText('Bảng kế hoạch: ke-hoach-phuong.xlsx — dùng cho mọi thẻ, không cần chọn lại.').waitFor();

  // 1. The forms to send, as one .zip.
  const [zip] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tạo mẫu báo cáo' }).click()]);
  expect(zip.suggestedFilename()).toBe('mau-bao-cao-2026.zip');
  await page.getByText(/^Đã tải xuống mau-bao-cao-2026\.zip \(6 mẫu báo cáo\)\.$/).waitFor();
  await page.getByRole('button', { name: 'Tiếp: Nhận báo cáo' }).click();

  // 2. Three units send their forms back filled; the rest stay silent.
  const forms: string[] = [];
  for (const [i, u] of plan.units.slice(0, 3).entries()) {
    const blank = join(work, `mau-${u.code}.xlsx`);
    writeFileSync(blank, await writeWorkbook(reportFormWorkbook(plan, u)));
    const answers = Object.fromEntries(plan.targets.map((t) => [t.code, t.rule === 'ratio' ? { result: 8 + i, base: 10 } : { result: t.rule === 'unit-count' ? 0 : 1 }]));
    const out = join(work, `${u.code}.xlsx`);
    await fillForm(blank, answers, out);
    forms.push(out);
  }
  await choose(page.locator('input[type=file][multiple]'), forms);
  await page.getByText('Đã chọn 3 tệp.').waitFor();
  await page.getByRole('button', { name: 'Tiếp: Tổng hợp' }).click();

  // 3. Consolidated: downloaded, and shown with each target's text, plan, result and status.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tổng hợp', exact: true }).click()]);
  const headline = page.getByRole('main').locator('.fui-MessageBarTitle').getByText(/^3\/6 đơn vị đã báo cáo/);
  await headline.waitFor();
  await page.screenshot({ path: join(SCREENSHOTS, 'consolidate-done-320.png'), fullPage: true });
  expect(await axeViolations(page)).toEqual([]);
  expect(await page.getByText(plan.targets[0].text).count()).toBe(1);
  expect(await page.locator('[data-status] svg').count()).toBe(plan.targets.length);
  const saved = join(work, 'tong-hop.xlsx');
  await download.saveAs(saved);
  const values = await readWorkbookValues(readFileSync(saved));
  const ratio = plan.targets.findIndex((t) => t.rule === 'ratio');
  const summary = values.get('Tổng hợp')!;
  // Σ numerators ÷ Σ bases: (8 + 9 + 10) / 30 = 90 %.
  expect(summary[4 + ratio][3]).toBe('90%');
  expect(summary[4 + ratio][4]).toBe(27);

  // Another tab and back: nothing is lost.
  await page.getByRole('tab', { name: 'Lịch tháng' }).click();
  await page.getByText('Bảng kế hoạch: ke-hoach-phuong.xlsx — dùng cho mọi thẻ, không cần chọn lại.').waitFor();
  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  await headline.waitFor();

  // 4. The report from the consolidation just made: nothing to upload.
  await page.getByRole('button', { name: 'Tiếp: Báo cáo' }).click();
  await page.getByText('Dùng kết quả tổng hợp vừa làm (tong-hop-2026.xlsx), không cần chọn lại tệp.').waitFor();
  const [reportDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tạo báo cáo tổng hợp' }).click()]);
  await page.getByText(/^Đã tải xuống tệp bao-cao-tong-hop-2026\.xlsx/).first().waitFor();
  await page.screenshot({ path: join(SCREENSHOTS, 'report-done-320.png'), fullPage: true });
  const reportFile = join(work, 'bao-cao.xlsx');
  await reportDownload.saveAs(reportFile);
  const report = (await readWorkbookValues(readFileSync(reportFile))).get('Báo cáo')!;
  expect(report[0]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(report.some((r) => r[0] === 'BÁO CÁO')).toBe(true);
  expect(report.flat()).toContain('Có 3/6 đơn vị đã gửi báo cáo (50,0% số đơn vị); 3 đơn vị chưa báo cáo: ' + plan.units.slice(3).map((u) => u.name).join(', ') + '.');
  // The plan once, the members' files once: nothing chosen twice.
  expect(chosen).toBe(2);
  expect(errors).toEqual([]);
});

it('the page at 1280 px: centred, titled, of a readable width', async () => {
  const page = await open(1280);
  await page.getByRole('heading', { level: 1, name: 'Kế hoạch Công đoàn — trên trình duyệt' }).waitFor();
  const box = (await page.getByRole('main').boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(800);
  expect(Math.abs(box.x - (1280 - (box.x + box.width)))).toBeLessThanOrEqual(2);
  await page.screenshot({ path: join(SCREENSHOTS, 'page-1280.png') });
  expect(errors).toEqual([]);
});
