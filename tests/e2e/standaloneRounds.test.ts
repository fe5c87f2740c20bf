import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { DEMO_FILES } from '../../src/cli/commands/demo';
import { readWorkbookValues } from '../../src/files/readWorkbook';
import type { CellValue } from '../../src/sheets/spec';
import { builtPages, launchChromium, SCREENSHOTS, serve, watchPage } from '../support/browser';
import { cli } from '../support/cli';
import { axeViolations } from './a11y';

/*
 * Issue #21's journey on the standalone page, in Chromium: the 2026 plan → the 6-month round's
 * reports with last year's summary → its report and its Word document; then the year's round → the same. The files are
 * those `npm run demo` makes on the command line, so the page's summary must equal the CLI's, sheet
 * by sheet (the time it was made aside), and every file is chosen once.
 */
// The pages are built by the global set-up; this journey took at most 25 s on a loaded 2-core machine.
jest.setTimeout(120_000);

let browser: Browser;
let site: { url: string; close: () => Promise<void> };
const errors: string[] = [];
const demo = mkdtempSync(join(tmpdir(), 'unionplan-rounds-e2e-'));

beforeAll(async () => {
  expect((await cli('demo', '-o', demo)).code).toBe(0);
  site = await serve(builtPages());
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A sheet without the cells that say when it was made ("Lập lúc 08:12 ngày 03/12/2026"). */
const timeless = (rows: CellValue[][] | undefined) => (rows ?? []).map((r) => r.map((v) => (typeof v === 'string' && /\d{1,2}:\d{2}/.test(v) ? '' : v)));

it('runs both rounds of 2026 with last year compared, each file chosen once, the summary equal to the command line\'s', async () => {
  const page: Page = await browser.newPage({ viewport: { width: 350, height: 900 }, acceptDownloads: true });
  watchPage(page, site.url, errors);
  await page.goto(`${site.url}/index.html`);
  let chosen = 0;
  const choose = async (input: ReturnType<Page['locator']>, files: string | string[]) => { chosen++; await input.setInputFiles(files); };
  const formsOf = (round: string) => readdirSync(join(demo, DEMO_FILES.roundForms(round))).map((f) => join(demo, DEMO_FILES.roundForms(round), f));

  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  await choose(page.getByLabel('Chọn bảng kế hoạch (.xlsx)…'), join(demo, DEMO_FILES.ward));
  const picker = page.getByRole('combobox', { name: 'Kỳ báo cáo' });
  await picker.waitFor();

  let summary = '';
  for (const round of ['6T', 'CN']) {
    await picker.selectOption(round);
    await page.getByRole('button', { name: /^2\. Nhận báo cáo/ }).click();
    await choose(page.locator('input[type=file][multiple]'), formsOf(round));
    await page.getByRole('button', { name: 'Tiếp: Tổng hợp' }).click();
    // Last year's summary is chosen once and serves both rounds.
    if (round === '6T') await choose(page.locator('input[type=file][accept=".xlsx"]:not([multiple])').last(), join(demo, DEMO_FILES.lastYear));
    await page.getByText(DEMO_FILES.lastYear, { exact: true }).waitFor();
    const [made] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tổng hợp', exact: true }).click()]);
    expect(made.suggestedFilename()).toBe(`tong-hop-2026-${round}.xlsx`);
    summary = join(demo, `trang-${round}.xlsx`);
    await made.saveAs(summary);
    await page.getByRole('main').locator('.fui-MessageBarTitle').getByText(/đơn vị đã báo cáo/).waitFor();
    if (round === '6T') expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Tiếp: Báo cáo' }).click();
    const [report] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tạo báo cáo tổng hợp' }).click()]);
    const reportPath = join(demo, `bao-cao-${round}.xlsx`);
    await report.saveAs(reportPath);
    const text = [...(await readWorkbookValues(readFileSync(reportPath))).values()].flat(2).join('\n');
    expect(text).toMatch(round === '6T' ? /Sơ kết[^\n]*6 tháng đầu năm 2026/ : /Tổng kết[^\n]*năm 2026/);
    expect(text).toMatch(/cùng kỳ/);
    // The same report as the Word document offices sign and send.
    const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải bản Word' }).click()]);
    expect(word.suggestedFilename()).toBe(`bao-cao-tong-hop-2026-${round}.docx`);
    const wordPath = join(demo, `bao-cao-${round}.docx`);
    await word.saveAs(wordPath);
    const xml = await (await JSZip.loadAsync(readFileSync(wordPath))).file('word/document.xml')!.async('string');
    expect(xml).toContain(round === '6T' ? 'Sơ kết' : 'Tổng kết');
    await page.getByText(`Đã tải xuống bản Word bao-cao-tong-hop-2026-${round}.docx: mở bằng Word để ký và gửi.`).waitFor();
  }
  await page.screenshot({ path: join(SCREENSHOTS, 'page-rounds-350.png'), fullPage: true });

  // One file holds both rounds and Tiến độ, as the command line's -o file does, with the same figures.
  const page2026 = await readWorkbookValues(readFileSync(summary));
  const cli2026 = await readWorkbookValues(readFileSync(join(demo, DEMO_FILES.rounds)));
  for (const sheet of ['Tổng hợp 6T', 'Theo đơn vị 6T', 'Tổng hợp CN', 'Theo đơn vị CN', 'Tiến độ']) {
    expect([sheet, page2026.has(sheet), cli2026.has(sheet)]).toEqual([sheet, true, true]);
    expect([sheet, timeless(page2026.get(sheet))]).toEqual([sheet, timeless(cli2026.get(sheet))]);
  }
  expect(page2026.get('Tổng hợp 6T')!.flat()).toContain('Cùng kỳ năm trước');
  // The plan once, each round's forms once, last year's summary once.
  expect(chosen).toBe(4);
  expect(errors).toEqual([]);
});
