import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { demoWardPlan } from '../../src/demo/demoPlan';
import { writeWorkbook } from '../../src/hosts/xlsx/writeWorkbook';
import { reportFormWorkbook } from '../../src/sheets/reportForm';
import { SHEET } from '../../src/sheets/names';
import { SCREENSHOTS, builtPages, launchChromium, serve, watchPage } from '../support/browser';
import { fillForm, type Answer } from '../support/forms';
import { axeViolations } from './a11y';
import { overflowing } from './overflow';

/**
 * The task pane as Excel loads it, in Chromium, with the strict Excel fake in place of Office.js:
 * the whole journey through the Excel host — plan sheets, check, calendar, report forms, a member's
 * file dropped in, consolidation, the summary report — read back from the fake workbook.
 */
// The pages are built by the global set-up; a test here took at most 18 s on a loaded 2-core machine.
jest.setTimeout(90_000);

interface PageApi {
  runs: { syncs: number; maxRequestBytes: number; refused: number }[];
  sheets(): string[];
  selection(): { sheet: string; address: string } | null;
  values(name: string): unknown[][];
  typePlan(): void;
  typeAnswers(sheet: string, answers: Record<string, Answer>): number;
  typeCell(sheet: string, a1: string, value: string | number): unknown;
  startEditing(syncs: number): void;
  dialogs: { url: string }[];
  commandNames(): string[];
  press(name: string): void;
  writePlan(): Promise<void>;
  pasteForm(unit: number, sheet: string, table: string, answers: Record<string, Answer>): void;
  addUserSheet(name: string, note: string): void;
}
declare const window: { __unionplan: PageApi };

let browser: Browser;
let site: { url: string; close: () => Promise<void> };
const errors: string[] = [];
const work = mkdtempSync(join(tmpdir(), 'unionplan-e2e-excel-'));
const plan = demoWardPlan();

beforeAll(async () => {
  site = await serve(builtPages());
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(width: number, path = 'taskpane-fake.html'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  watchPage(page, site.url, errors);
  await page.goto(`${site.url}/${path}`);
  return page;
}

const lastRun = (page: Page) => page.evaluate(() => window.__unionplan.runs.at(-1)!);
// Transitions finished, as a person sees the pane once it settles (a tab's bar slides in).
const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });

/** Answers for a unit: ratio targets `n`/10, counts 1, unit counts 0. */
function answers(n: number): Record<string, Answer> {
  return Object.fromEntries(plan.targets.map((t) => [t.code, t.rule === 'ratio' ? { result: n, base: 10 } : { result: t.rule === 'unit-count' ? 0 : 1 }]));
}

it('runs the officer\'s year through the Excel host at 320 px, then shows the result at 800 px', async () => {
  const page = await open(320);
  const pane = page.getByRole('main');

  // 1. Plan sheets from the blank template.
  await page.getByRole('textbox', { name: /Tên đơn vị ban hành/ }).fill('Công đoàn phường Bình An');
  await page.getByRole('spinbutton', { name: 'Năm bắt đầu' }).fill('2026');
  const runsBefore = await page.evaluate(() => window.__unionplan.runs.length);
  await page.getByRole('button', { name: 'Tạo bảng kế hoạch' }).click();
  await page.getByText('Đã tạo bảng kế hoạch').waitFor();
  await shot(page, 'excel-1-scaffold-320');
  const made = await page.evaluate(() => window.__unionplan.sheets());
  expect(made).toEqual(expect.arrayContaining([SHEET.info, SHEET.targets, SHEET.tasks]));
  // The plan's write, and the tab's one-sync read of where the user stands that follows it: each within its budget.
  const scaffoldRuns = await page.evaluate((n) => window.__unionplan.runs.slice(n).map((r) => r.syncs), runsBefore);
  expect(Math.max(...scaffoldRuns)).toBeGreaterThan(1);
  expect(Math.max(...scaffoldRuns)).toBeLessThanOrEqual(6);

  // 2. The officer types the ward's plan into those sheets, with the second target's code typed
  // as the first's; the Check tab finds it and goes to the cell.
  await page.evaluate(() => window.__unionplan.typePlan());
  const secondCode = await page.evaluate(([sheet, code]) => window.__unionplan.typeCell(sheet, 'A6', code), [SHEET.targets, plan.targets[0].code] as const);
  expect(secondCode).toBe(plan.targets[1].code);
  await page.getByRole('tab', { name: 'Kiểm tra' }).click();
  await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  await pane.getByText('1 lỗi, 0 cảnh báo, 0 lưu ý').waitFor();
  await shot(page, 'excel-2-check-320');
  expect(await axeViolations(page)).toEqual([]);
  expect(await page.evaluate(() => window.__unionplan.sheets())).toContain(SHEET.check);
  await page.getByRole('button', { name: `Đến ô A6 trang tính ${SHEET.targets}` }).click();
  await page.waitForFunction(() => window.__unionplan.selection() !== null);
  expect(await page.evaluate(() => window.__unionplan.selection())).toEqual({ sheet: SHEET.targets, address: 'A6:A6' });
  // Corrected, the plan checks clean.
  await page.evaluate(([sheet, code]) => window.__unionplan.typeCell(sheet, 'A6', code), [SHEET.targets, secondCode as string] as const);
  await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  await pane.getByText('Không phát hiện lỗi nào.').waitFor();

  // 3. The calendar, with March made the print area.
  await page.getByRole('tab', { name: 'Lịch tháng' }).click();
  await page.getByRole('textbox', { name: /Tháng cần in/ }).fill('3/2026');
  await page.getByRole('button', { name: 'Tạo lại lịch và chọn tháng 3/2026 để in' }).click();
  await page.getByText('Đã tạo lịch').waitFor();
  await shot(page, 'excel-3-calendar-320');
  const schedule = await page.evaluate((name) => window.__unionplan.values(name), SHEET.schedule);
  expect(schedule.flat()).toContain('LỊCH CÔNG TÁC THÁNG 3/2026');

  // 4. Tổng hợp, step 1: report forms, one sheet per unit; two units type their figures in the workbook.
  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  await page.getByRole('button', { name: 'Tạo mẫu báo cáo' }).click();
  await page.getByText(`Đã tạo ${plan.units.length} trang tính mẫu báo cáo.`).waitFor();
  await shot(page, 'excel-4a-forms-320');
  await page.getByRole('button', { name: 'Tiếp: Nhận báo cáo' }).click();
  for (const [i, u] of plan.units.slice(0, 2).entries()) {
    const typed = await page.evaluate(([sheet, a]) => window.__unionplan.typeAnswers(sheet, a), [`BC ${u.code}`, answers(8 + i)] as const);
    expect(typed).toBe(plan.targets.length);
  }

  // 5. A third unit sends its form back as a file, dropped into the pane.
  const u3 = plan.units[2];
  const blank = join(work, `mau-${u3.code}.xlsx`);
  writeFileSync(blank, await writeWorkbook(reportFormWorkbook(plan, u3)));
  const filled = join(work, `${u3.code}.xlsx`);
  await fillForm(blank, answers(10), filled);
  await page.locator('input[type=file][multiple]').setInputFiles(filled);
  await page.getByText('Đã chọn 1 tệp.').waitFor();
  await page.getByRole('button', { name: 'Tiếp: Tổng hợp' }).click();
  await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
  const summaryLine = pane.locator('.fui-MessageBarTitle').getByText(/^\d+\/6 đơn vị đã báo cáo/);
  await summaryLine.waitFor();
  await shot(page, 'excel-4-consolidate-320');
  expect(await summaryLine.textContent()).toMatch(/^3\/6 đơn vị đã báo cáo/);
  const consolidation = await lastRun(page);
  expect(consolidation.syncs).toBeLessThanOrEqual(8);
  const summary = await page.evaluate((name) => window.__unionplan.values(name), SHEET.summary);
  const ratio = plan.targets.findIndex((t) => t.rule === 'ratio');
  // Σ numerators ÷ Σ bases over the three units: (8 + 9 + 10) / 30 = 90 %, never an average of rates.
  expect(summary[4 + ratio][3]).toBe('90%');
  expect(summary[4 + ratio][4]).toBe(27);
  // Another tab and back: the result, the chosen file and the steps are as they were.
  await page.getByRole('tab', { name: 'Kiểm tra' }).click();
  await pane.getByText('Không phát hiện lỗi nào.').waitFor();
  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  await summaryLine.waitFor();
  expect(await page.getByRole('button', { name: /^2\. Nhận báo cáo.*Đã chọn 1 tệp\./ }).count()).toBe(1);
  expect(await page.getByRole('button', { name: /^1\. Mẫu báo cáo.*Đã tạo 6 trang tính mẫu/ }).count()).toBe(1);
  // The result names the sheets it wrote; a click goes there.
  await page.getByRole('button', { name: `Đi tới trang tính ${SHEET.summary}` }).click();
  await page.waitForFunction((name) => window.__unionplan.selection()?.sheet === name, SHEET.summary);

  // 6. Step 4: the summary report, written in the workbook.
  await page.getByRole('button', { name: 'Tiếp: Báo cáo' }).click();
  await page.getByRole('button', { name: 'Tạo báo cáo tổng hợp' }).click();
  await page.getByText('Đã viết trang tính "Báo cáo". Xem lại lời văn trước khi in.').waitFor();
  await shot(page, 'excel-5-report-320');
  // Results, tables, findings and links as they stand: WCAG 2.1 A/AA.
  expect(await axeViolations(page)).toEqual([]);
  const report = await page.evaluate((name) => window.__unionplan.values(name), SHEET.report);
  expect(report.flat()).toContain(`Có 3/6 đơn vị đã gửi báo cáo (50,0% số đơn vị); 3 đơn vị chưa báo cáo: ${plan.units.slice(3).map((u) => u.name).join(', ')}.`);

  // 7. The same pane, wide, in English.
  await page.setViewportSize({ width: 800, height: 900 });
  await page.getByLabel('Ngôn ngữ').selectOption('en');
  await page.getByRole('button', { name: /^3\. Consolidate/ }).click();
  await pane.locator('.fui-MessageBarTitle').getByText(/^3\/6 units reported/).waitFor();
  const statuses = await page.getByRole('table', { name: 'Result per target' }).locator('tbody td:nth-child(3)').allTextContents();
  expect(statuses.length).toBe(plan.targets.length);
  for (const s of statuses) expect(['Exceeded', 'Met', 'Not met', 'N/A', 'Not reported']).toContain(s);
  await shot(page, 'excel-6-consolidate-800-en');
  expect(errors).toEqual([]);
});

it('asks before replacing a sheet the user made, and waits while a cell is being edited', async () => {
  const page = await open(320);
  await page.getByRole('textbox', { name: /Tên đơn vị ban hành/ }).fill('Công đoàn phường Bình An');
  await page.getByRole('button', { name: 'Tạo bảng kế hoạch' }).click();
  await page.getByText('Đã tạo bảng kế hoạch').waitFor();
  await page.evaluate((name) => window.__unionplan.addUserSheet(name, 'Ghi chú của tôi'), SHEET.check);

  await page.getByRole('tab', { name: 'Kiểm tra' }).click();
  await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  await page.getByRole('alertdialog', { name: 'Có trang tính trùng tên do bạn tạo' }).waitFor();
  await shot(page, 'excel-7-take-over-320');
  expect((await page.evaluate((name) => window.__unionplan.values(name), SHEET.check)).flat()).toEqual(['Ghi chú của tôi']);

  // The user agrees, but is typing in a cell: Excel refuses one request, the pane waits and retries.
  await page.evaluate(() => window.__unionplan.startEditing(1));
  await page.getByRole('button', { name: 'Thay thế' }).click();
  await page.getByText(/^(\d+ lỗi, \d+ cảnh báo, \d+ lưu ý|Không phát hiện lỗi nào\.)$/).waitFor();
  expect((await page.evaluate((name) => window.__unionplan.values(name), SHEET.check)).flat()).not.toContain('Ghi chú của tôi');
  expect(await page.getByText('chế độ sửa ô').count()).toBe(0);
  expect((await lastRun(page)).refused).toBe(1);
  expect(errors).toEqual([]);
});

it('runs the ribbon\'s Kiểm tra and Làm mới tổng hợp from the function file, answering in the dialog', async () => {
  const ribbon = await open(400, 'commands-fake.html');
  await ribbon.waitForFunction(() => window.__unionplan.commandNames().length > 0);
  expect(await ribbon.evaluate(() => window.__unionplan.commandNames())).toEqual(['runCheck', 'refreshConsolidation']);
  await ribbon.evaluate(() => window.__unionplan.writePlan());

  const answer = async (command: string, n: number) => {
    await ribbon.evaluate((name) => window.__unionplan.press(name), command);
    await ribbon.waitForFunction((count) => window.__unionplan.dialogs.length === count, n);
    const url = await ribbon.evaluate((i) => window.__unionplan.dialogs[i].url, n - 1);
    expect(url.startsWith(`${site.url}/message.html?`)).toBe(true);
    const dialog = await browser.newPage({ viewport: { width: 400, height: 260 } });
    dialog.on('pageerror', (e) => errors.push(e.message));
    // Office.js from Microsoft's CDN is not for this test (the fake stands in for it in the ribbon's page).
    await dialog.route(/appsforoffice\.microsoft\.com/, (r) => r.abort());
    await dialog.goto(url);
    return dialog;
  };

  const checked = await answer('runCheck', 1);
  expect(await checked.locator('h1').textContent()).toBe('Không phát hiện lỗi nào.');
  expect(await checked.locator('p').allTextContents()).toEqual([`Kết quả ở trang tính ${SHEET.check}.`]);
  await checked.screenshot({ path: join(SCREENSHOTS, 'ribbon-check-dialog.png') });
  expect(await ribbon.evaluate((name) => window.__unionplan.sheets().includes(name), SHEET.check)).toBe(true);

  // No report sheet yet: the refresh writes nothing (a summary made from files would stay) and says why.
  const refused = await answer('refreshConsolidation', 2);
  expect(await refused.locator('h1').textContent()).toBe('Chưa có báo cáo để làm mới');
  expect(await refused.locator('main').getAttribute('class')).toBe('notice warning');
  expect(await refused.locator('p').first().textContent()).toMatch(/^Sổ làm việc chưa có mẫu báo cáo nào đã điền của đơn vị/);
  expect(await ribbon.evaluate((name) => window.__unionplan.sheets().includes(name), SHEET.summary)).toBe(false);
  await refused.screenshot({ path: join(SCREENSHOTS, 'ribbon-refresh-refused-dialog.png') });

  // A unit's form sheet arrives; the refresh consolidates it.
  await ribbon.evaluate(([a]) => window.__unionplan.pasteForm(0, 'BC DN01', 'BaoCao', a), [answers(9)] as const);
  const refreshed = await answer('refreshConsolidation', 3);
  expect(await refreshed.locator('h1').textContent()).toMatch(/^1\/6 đơn vị đã báo cáo/);
  expect(await refreshed.locator('main').getAttribute('class')).toBe('notice warning');
  await refreshed.screenshot({ path: join(SCREENSHOTS, 'ribbon-refresh-dialog.png') });
  expect(await ribbon.evaluate((name) => window.__unionplan.sheets().includes(name), SHEET.summary)).toBe(true);
  expect(errors).toEqual([]);
});

it('meets WCAG 2.1 A/AA (axe) on every tab at 320 px, and makes the plan sheets from the keyboard alone', async () => {
  const page = await open(320);
  // Keyboard only: Tab to the unit's name, type it, Enter submits the form.
  await page.getByRole('textbox', { name: /Tên đơn vị ban hành/ }).waitFor();
  const onUnitName = () => page.evaluate(() => !!(document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent?.startsWith('Tên đơn vị ban hành'));
  for (let i = 0; i < 15 && !(await onUnitName()); i++) await page.keyboard.press('Tab');
  expect(await onUnitName()).toBe(true);
  await page.keyboard.type('Công đoàn phường Bình An');
  await page.keyboard.press('Enter');
  await page.getByText('Đã tạo bảng kế hoạch').waitFor();
  const found: string[] = [];
  for (const tab of ['Tạo mới', 'Từ văn bản', 'Lịch tháng', 'Kiểm tra', 'Tổng hợp']) {
    await page.getByRole('tab', { name: tab }).click();
    await page.getByRole('tab', { name: tab, selected: true }).waitFor();
    await page.getByText('Đang tải…').waitFor({ state: 'detached' });
    found.push(...(await axeViolations(page)).map((v) => `${tab}: ${v}`));
  }
  expect(found).toEqual([]);
  // And the check does catch: an unlabelled box slipped into the pane is reported.
  await page.evaluate(() => document.querySelector('main')!.append(Object.assign(document.createElement('input'), { type: 'text' })));
  expect((await axeViolations(page)).some((v) => v.startsWith('label '))).toBe(true);
  expect(errors).toEqual([]);
});

it('follows Office: English display language and the dark theme, still WCAG 2.1 A/AA', async () => {
  const page = await open(320, 'taskpane-fake.html?lang=en-US&theme=dark');
  await page.getByRole('heading', { name: 'Create plan sheets' }).waitFor();
  // The whole pane is dark, not only the part the content covers.
  // The whole pane is dark, down to its bottom edge, not only where the content reaches.
  const bottom = await page.evaluate(() => {
    let e: Element | null = document.elementFromPoint(160, document.documentElement.clientHeight - 2);
    while (e && /rgba\(0, 0, 0, 0\)|transparent/.test(getComputedStyle(e).backgroundColor)) e = e.parentElement;
    return e ? getComputedStyle(e).backgroundColor : 'none (white page)';
  });
  await page.getByRole('tab', { name: 'Consolidate' }).click();
  await page.getByRole('button', { name: /^1\. Report forms/ }).waitFor();
  await shot(page, 'excel-8-dark-en-320');
  expect(bottom).toBe('rgb(41, 41, 41)');
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

it('an empty workbook: every tab says the one thing missing, and its button leads there', async () => {
  const page = await open(320);
  const pane = page.getByRole('main');
  const noPlan = async (run: () => Promise<void>) => {
    await run();
    const bar = pane.locator('.fui-MessageBar[class*="error"], .fui-MessageBar').filter({ hasText: 'chưa có bảng kế hoạch' });
    await bar.waitFor();
    // One message for one cause: no list of three missing sheets.
    expect(await pane.getByText(/lỗi cần sửa|bad address|Excel báo lỗi/).count()).toBe(0);
    expect(await pane.locator('.fui-MessageBar').count()).toBe(1);
    await bar.getByRole('button', { name: 'Tạo bảng kế hoạch' }).click();
    await page.getByRole('tab', { name: 'Tạo mới', selected: true }).waitFor();
  };
  await noPlan(async () => {
    await page.getByRole('tab', { name: 'Lịch tháng' }).click();
    await page.getByRole('button', { name: 'Tạo lại lịch' }).click();
  });
  await shot(page, 'excel-9-empty-after-fix-button-320');
  await noPlan(async () => {
    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  });
  await page.getByRole('tab', { name: 'Kiểm tra' }).click();
  await shot(page, 'excel-9-empty-check-320');
  await noPlan(async () => {
    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    await page.getByRole('button', { name: 'Tạo mẫu báo cáo' }).click();
  });
  await noPlan(async () => {
    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    await page.getByRole('button', { name: /^3\. Tổng hợp/ }).click();
    await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
  });
  await noPlan(async () => {
    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    await page.getByRole('button', { name: /^4\. Báo cáo/ }).click();
    await page.getByRole('button', { name: 'Tạo báo cáo tổng hợp' }).click();
  });

  // A plan just made, with no unit and no target: consolidation says so (never "bad address C5:B5")
  // and opens the sheet to fill in.
  await page.getByRole('textbox', { name: /Tên đơn vị ban hành/ }).fill('Công đoàn phường Bình An');
  await page.getByRole('button', { name: 'Tạo bảng kế hoạch' }).click();
  await page.getByText('Đã tạo bảng kế hoạch').waitFor();
  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  await page.getByRole('button', { name: /^3\. Tổng hợp/ }).click();
  await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
  await pane.getByText(/chưa có đơn vị nào/).waitFor();
  await shot(page, 'excel-9-empty-units-320');
  expect(await pane.getByText(/bad address|Excel báo lỗi/).count()).toBe(0);
  await page.getByRole('button', { name: `Mở trang tính ${SHEET.units}` }).click();
  await page.waitForFunction((name) => window.__unionplan.selection()?.sheet === name, SHEET.units);
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

it('office.js blocked (offline, a proxy): the pane says so and what to do, instead of staying blank', async () => {
  const page = await browser.newPage({ viewport: { width: 350, height: 900 } });
  const failures: string[] = [];
  page.on('pageerror', (e) => failures.push(e.message));
  await page.route(/appsforoffice\.microsoft\.com/, (r) => r.abort());
  await page.goto(`${site.url}/taskpane.html`);
  await page.getByRole('heading', { name: 'Chưa kết nối được với Excel' }).waitFor();
  expect(await page.getByRole('heading', { name: 'Could not connect to Excel' }).count()).toBe(1);
  expect(await page.getByRole('link', { name: `${site.url}/index.html` }).count()).toBe(2);
  await page.screenshot({ path: join(SCREENSHOTS, 'office-blocked-350.png'), fullPage: true });
  expect(failures).toEqual([]);
});

it('Office never answers (the page opened outside Excel): after a wait the pane says so and what to do', async () => {
  const page = await browser.newPage({ viewport: { width: 350, height: 900 } });
  const failures: string[] = [];
  page.on('pageerror', (e) => failures.push(e.message));
  // office.js loads, but Office.onReady never comes, as in a browser tab outside Office.
  await page.route(/appsforoffice\.microsoft\.com/, (r) => r.fulfill({ contentType: 'text/javascript', body: 'window.Office = { onReady: function () { return new Promise(function () {}); }, context: {} };' }));
  await page.goto(`${site.url}/taskpane.html`);
  await page.getByRole('heading', { name: 'Excel chưa trả lời' }).waitFor({ timeout: 30_000 });
  expect(await page.getByText(/thẻ Trang đầu, nút Kế hoạch/).count()).toBe(1);
  await page.screenshot({ path: join(SCREENSHOTS, 'office-timeout-350.png'), fullPage: true });
  expect(failures).toEqual([]);
});

it('at 320 px nothing spills out of its box on any tab or step; every tab photographed at 350 px', async () => {
  const page = await open(320);
  await page.getByRole('textbox', { name: /Tên đơn vị ban hành/ }).fill('Công đoàn phường Bình An');
  await page.getByRole('button', { name: 'Tạo bảng kế hoạch' }).click();
  await page.getByText('Đã tạo bảng kế hoạch').waitFor();
  await page.evaluate(() => window.__unionplan.typePlan());
  // Findings of every severity, so the badges are drawn.
  await page.evaluate(([sheet]) => window.__unionplan.typeCell(sheet, 'A6', 'CT01'), [SHEET.targets] as const);
  await page.evaluate(([sheet]) => window.__unionplan.typeCell(sheet, 'B14', ''), [SHEET.info] as const);
  await page.getByRole('tab', { name: 'Kiểm tra' }).click();
  await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  await page.getByRole('main').getByText(/^\d+ lỗi, \d+ cảnh báo, \d+ lưu ý$/).waitFor();
  await page.evaluate(([sheet]) => window.__unionplan.typeCell(sheet, 'A6', 'CT02'), [SHEET.targets] as const);
  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  await page.getByRole('button', { name: 'Tạo mẫu báo cáo' }).click();
  await page.getByText(`Đã tạo ${plan.units.length} trang tính mẫu báo cáo.`).waitFor();
  await page.evaluate(([sheet, a]) => window.__unionplan.typeAnswers(sheet, a), [`BC ${plan.units[0].code}`, answers(7)] as const);
  await page.getByRole('button', { name: /^3\. Tổng hợp/ }).click();
  await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
  await page.getByRole('main').locator('.fui-MessageBarTitle').getByText(/^1\/6 đơn vị đã báo cáo/).waitFor();

  const found: string[] = [];
  const visit = async (label: string) => {
    found.push(...(await overflowing(page)).map((o) => `${label}: ${o}`));
  };
  for (const tab of ['Tạo mới', 'Từ văn bản', 'Lịch tháng', 'Kiểm tra', 'Tổng hợp']) {
    await page.getByRole('tab', { name: tab }).click();
    await page.getByRole('tab', { name: tab, selected: true }).waitFor();
    await page.getByText('Đang tải…').waitFor({ state: 'detached' });
    await visit(tab);
  }
  for (const step of ['1\\. Mẫu báo cáo', '2\\. Nhận báo cáo', '4\\. Báo cáo', '3\\. Tổng hợp']) {
    await page.getByRole('button', { name: new RegExp(`^${step}`) }).click();
    await visit(step);
  }
  expect(found).toEqual([]);

  // The check can fail: a pill with a long word in it, at this width, is caught.
  await page.evaluate(() => {
    const pill = Object.assign(document.createElement('span'), { className: 'fui-Badge', textContent: 'Cảnh báo rất dài rất dài rất dài rất dài rất dài rất dài rất dài' });
    pill.style.cssText = 'display:inline-flex;height:20px;width:60px;overflow:visible';
    document.querySelector('main')!.append(pill);
  });
  expect((await overflowing(page)).length).toBeGreaterThan(0);
  await page.evaluate(() => document.querySelector('main > .fui-Badge:last-child')!.remove());

  // Every tab as it stands after the work, at 350 px, for a person to look at.
  await page.setViewportSize({ width: 350, height: 900 });
  const names: Record<string, string> = { 'Tạo mới': 'scaffold', 'Từ văn bản': 'import', 'Lịch tháng': 'calendar', 'Kiểm tra': 'check', 'Tổng hợp': 'consolidate' };
  for (const [tab, file] of Object.entries(names)) {
    await page.getByRole('tab', { name: tab }).click();
    await page.getByRole('tab', { name: tab, selected: true }).waitFor();
    await page.getByText('Đang tải…').waitFor({ state: 'detached' });
    await shot(page, `pane-${file}-350`);
  }
  await page.getByRole('button', { name: /^4\. Báo cáo/ }).click();
  await shot(page, 'pane-consolidate-step4-350');
  expect(errors).toEqual([]);
});
