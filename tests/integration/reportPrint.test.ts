import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_FILES } from '../../src/cli/commands/demo';
import { demoWardPlan } from '../../src/demo/demoPlan';
import { amountText, percentFigure } from '../../src/domain/report/resultText';
import { loadWorkbook, readWorkbookValues } from '../../src/files/readWorkbook';
import { SHEET } from '../../src/sheets/names';
import { KEY_COL, RIGHT_COL } from '../../src/sheets/reportSheet';
import { cli } from '../support/cli';
import { pdfFontFamilies, sofficePath } from '../support/libreoffice';

/**
 * Issues #7 and #18's acceptance: the demo's member forms consolidated and reported through the CLI
 * print, through LibreOffice, with the official header and the national motto where they belong, in
 * one font family, Bảng 1 never without its header row; the report states the figures of the
 * consolidation's JSON; the Word document (--docx) opens in LibreOffice and says the same.
 */
jest.setTimeout(300_000);

const dir = mkdtempSync(join(tmpdir(), 'unionplan-report-'));
const plan = join(dir, DEMO_FILES.ward);
const summary = join(dir, 'tong-hop.xlsx');
const out = join(dir, 'bao-cao.xlsx');
const pdf = join(dir, 'bao-cao.pdf');
const docx = join(dir, 'bao-cao.docx');
let docxPdf = '';
type JsonTarget = { code: string; status: string; result: number | null; attainment: number | null; percent: boolean; rule: 'sum' | 'ratio' | 'unit-share' | 'unit-count' };
/** The JSON leaves out what the plan says: each target's unit of measure. */
const unitOf = new Map(demoWardPlan().targets.map((t) => [t.code, t.unit]));
const result = (t: JsonTarget) => (t.result === null ? '–' : amountText({ ...t, unit: unitOf.get(t.code) ?? '' }, t.result, true));
let json: { units: { expected: number; reported: number; missing: string[] }; targets: JsonTarget[]; byUnit: { rating: string | null }[] };

interface Word { text: string; x0: number; x1: number; y0: number; y1: number }
function pageCount(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
}
function words(page: number, file = pdf): { words: Word[]; width: number } {
  const html = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', file, '-'], { encoding: 'utf8' });
  const width = Number(/<page width="([\d.]+)"/.exec(html)![1]);
  const list = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
    .map((m) => ({ x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: m[5].normalize('NFC') }));
  return { words: list, width };
}
const find = (ws: Word[], text: string) => {
  const w = ws.find((x) => x.text === text);
  if (!w) throw new Error(`"${text}" not on the page: ${ws.map((x) => x.text).slice(0, 60).join(' ')}`);
  return w;
};

beforeAll(async () => {
  sofficePath();
  expect((await cli('demo', '-o', dir)).code).toBe(0);
  const forms = join(dir, DEMO_FILES.memberForms);
  json = JSON.parse((await cli('consolidate', '--plan', plan, forms, '--json')).out);
  expect((await cli('consolidate', '--plan', plan, forms, '-o', summary)).code).toBe(0);
  const r = await cli('report', '--plan', plan, '--summary', summary, '-o', out, '--pdf', pdf, '--docx', docx, '--date', '2027-01-05');
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  const lo = join(dir, 'docx-pdf');
  execFileSync(sofficePath(), [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', lo, docx], { stdio: 'pipe', timeout: 180_000 });
  docxPdf = join(lo, 'bao-cao.pdf');
});

/** The printed header block: motto top right on the superior body's line, tiêu ngữ under it, number and date on one line. */
function expectHeaderBlock(file: string): void {
  const { words: p1, width } = words(1, file);
  const superior = find(p1, 'LIÊN');
  const motto = find(p1, 'CỘNG');
  const independence = find(p1, 'Độc');
  const number = find(p1, '……/BC-CĐP');
  const date = find(p1, '2027');
  expect(superior.x1).toBeLessThan(width / 2);
  expect(motto.x0).toBeGreaterThan(width * 0.4);
  expect(Math.abs(motto.y0 - superior.y0)).toBeLessThan(4);
  expect(independence.y0).toBeGreaterThan(motto.y0 + 5);
  expect(independence.x0).toBeGreaterThan(width * 0.4);
  expect(number.x1).toBeLessThan(width / 2);
  expect(date.x0).toBeGreaterThan(width / 2);
  expect(Math.abs(date.y0 - number.y0)).toBeLessThan(4);
  expect(p1.filter((w) => Math.abs(w.y0 - date.y0) < 4).map((w) => w.text).join(' ')).toContain('An Khánh, ngày 05 tháng 01 năm 2027');
  expect(p1.filter((w) => Math.abs(w.y0 - independence.y0) < 4).map((w) => w.text).join(' ')).toContain('Độc lập - Tự do - Hạnh phúc');
}

/** Every page holding a line of Bảng 1 ("CT01. …") shows the table's header row above it. */
function expectTableHeaders(file: string): void {
  for (let page = 1; page <= pageCount(file); page++) {
    const { words: ws } = words(page, file);
    const rows = ws.filter((w) => /^CT\d+\.$/.test(w.text));
    if (!rows.length) continue;
    const head = ws.find((w) => w.text === 'Mức' && w.y1 <= Math.min(...rows.map((r) => r.y0)));
    expect({ page, header: !!head }).toEqual({ page, header: true });
  }
}

describe('unionplan report', () => {
  it('prints the header block with the national motto, the title centred, numbered from page 2, in one font family', () => {
    expectHeaderBlock(pdf);
    const { words: p1, width } = words(1);
    const title = find(p1, 'BÁO');
    expect(title.y0).toBeGreaterThan(find(p1, '……/BC-CĐP').y1);
    const cao = p1.find((w) => w.text === 'CÁO' && Math.abs(w.y0 - title.y0) < 2)!;
    const mm = 72 / 25.4;
    expect(Math.abs((title.x0 + cao.x1) / 2 - (30 * mm + (width - 45 * mm) / 2))).toBeLessThan(15);
    expect(p1.filter((w) => w.y1 < find(p1, 'LIÊN').y0 && /^\d+$/.test(w.text))).toEqual([]);
    const { words: p2 } = words(2);
    expect(p2.reduce((a, b) => (b.y0 < a.y0 ? b : a)).text).toBe('2');
    expect(pdfFontFamilies(pdf)).toHaveLength(1);
    expectTableHeaders(pdf);
    // A picture of page 1 for a person to look at (tests/e2e/screenshots is git-ignored but for print-*.png).
    mkdirSync(join(__dirname, '../e2e/screenshots'), { recursive: true });
    execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '70', '-png', '-singlefile', pdf, join(__dirname, '../e2e/screenshots/report-page-1')]);
  });

  it('prints no software note and closes in the unit\'s own capitalisation', () => {
    const all = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(all).not.toMatch(/\.xlsx|ô tác vụ|unionplan/);
    expect(all).toContain('của Công đoàn phường An Khánh./.');
  });

  it('states the figures of the consolidation\'s JSON', async () => {
    const values = (await readWorkbookValues(readFileSync(out))).get(SHEET.report)!;
    const para = (key: string) => String(values.find((l) => l[KEY_COL] === key)![0]);
    const met = json.targets.filter((t) => t.status === 'met' || t.status === 'exceeded').length;
    expect(para('targets')).toContain(`Có ${met}/${json.targets.length} chỉ tiêu đạt và vượt`);
    expect(para('reporting')).toContain(`Có ${json.units.reported}/${json.units.expected} đơn vị đã gửi báo cáo`);
    for (const t of json.targets.filter((x) => x.status === 'not-met')) expect(para('targets-not-met')).toContain(`${t.code} – `);
    // Bảng 1 states each target's result and attainment as the JSON has them, at the report's one precision.
    for (const t of json.targets) {
      const row = values.find((l) => typeof l[1] === 'string' && l[1].startsWith(`${t.code}. `))!;
      expect(row[6]).toBe(result(t));
      expect(row[7]).toBe(t.attainment === null ? '–' : percentFigure(t.attainment));
    }
    const ratings = new Map<string, number>();
    for (const u of json.byUnit) if (u.rating) ratings.set(u.rating, (ratings.get(u.rating) ?? 0) + 1);
    for (const [level, n] of ratings) expect(para('ratings')).toContain(`${level}: ${n} đơn vị`);
  });

  it('keeps the paragraphs edited in the report when asked', async () => {
    const wb = await loadWorkbook(readFileSync(out));
    const ws = wb.getWorksheet(SHEET.report)!;
    let row = 0;
    ws.eachRow((r, n) => { if (r.getCell(KEY_COL + 1).value === 'assessment') row = n; });
    ws.getCell(row, 1).value = 'Năm 2026, phong trào công nhân lao động trên địa bàn phường có nhiều chuyển biến.';
    writeFileSync(out, new Uint8Array(await wb.xlsx.writeBuffer()));
    const r = await cli('report', '--plan', plan, '--summary', summary, '-o', out, '--keep-edits', '--date', '2027-01-06');
    expect(r.out).toContain('Giữ 1 đoạn đã sửa.');
    const values = (await readWorkbookValues(readFileSync(out))).get(SHEET.report)!;
    expect(values.find((l) => l[KEY_COL] === 'assessment')![0]).toBe('Năm 2026, phong trào công nhân lao động trên địa bàn phường có nhiều chuyển biến.');
    expect(values.find((l) => l[KEY_COL] === 'header')![RIGHT_COL]).toContain('ngày 06 tháng 01 năm 2027');
  });

  it('writes a Word document that LibreOffice prints with the same header, figures and one font family', () => {
    expectHeaderBlock(docxPdf);
    expectTableHeaders(docxPdf);
    expect(pdfFontFamilies(docxPdf)).toHaveLength(1);
    const all = Array.from({ length: pageCount(docxPdf) }, (_, i) => words(i + 1, docxPdf).words.map((w) => w.text).join(' ')).join(' ');
    const met = json.targets.filter((t) => t.status === 'met' || t.status === 'exceeded').length;
    expect(all).toContain(`Có ${met}/${json.targets.length} chỉ tiêu đạt và vượt`);
    for (const t of json.targets) {
      if (t.attainment !== null) expect(all).toContain(percentFigure(t.attainment));
      if (t.result !== null) expect(all).toContain(result(t));
    }
    mkdirSync(join(__dirname, '../e2e/screenshots'), { recursive: true });
    execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '70', '-png', '-singlefile', docxPdf, join(__dirname, '../e2e/screenshots/report-docx-page-1')]);
  });

  it('refuses a summary file that is not a consolidation, naming it', async () => {
    const r = await cli('report', '--plan', plan, '--summary', plan, '-o', join(dir, 'x.xlsx'));
    expect(r.code).toBe(1);
    expect(r.err).toContain(`Tệp "${plan}"`);
    expect(r.err).toContain('hãy tổng hợp báo cáo của các đơn vị trước');
  });
});
