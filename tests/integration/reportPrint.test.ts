import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_FILES } from '../../src/cli/commands/demo';
import { viPercent } from '../../src/domain/numberText';
import { loadWorkbook, readWorkbookValues } from '../../src/files/readWorkbook';
import { SHEET } from '../../src/sheets/names';
import { KEY_COL } from '../../src/sheets/reportSheet';
import { cli } from '../support/cli';
import { sofficePath } from '../support/libreoffice';

/**
 * Issue #7's acceptance: the demo's member forms consolidated and reported through the CLI print,
 * through LibreOffice, with the official header where it belongs, and the narrative states the
 * figures of the consolidation's JSON.
 */
jest.setTimeout(300_000);

const dir = mkdtempSync(join(tmpdir(), 'unionplan-report-'));
const plan = join(dir, DEMO_FILES.ward);
const summary = join(dir, 'tong-hop.xlsx');
const out = join(dir, 'bao-cao.xlsx');
const pdf = join(dir, 'bao-cao.pdf');
let json: { units: { expected: number; reported: number; missing: string[] }; targets: { code: string; status: string; result: number | null; attainment: number | null; percent: boolean; rule: string }[]; byUnit: { rating: string | null }[] };

interface Word { text: string; x0: number; x1: number; y0: number; y1: number }
function words(page: number): { words: Word[]; width: number } {
  const html = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', pdf, '-'], { encoding: 'utf8' });
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
  const r = await cli('report', '--plan', plan, '--summary', summary, '-o', out, '--pdf', pdf, '--date', '2027-01-05');
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
});

describe('unionplan report', () => {
  it('prints the header block, title and date where the official layout puts them', () => {
    const { words: p1, width } = words(1);
    const superior = find(p1, 'LIÊN');
    const issuing = find(p1, 'CÔNG');
    // LibreOffice's stand-in for Times New Roman splits some accented words; these come whole.
    const number = find(p1, '……/BC-CĐP');
    const date = find(p1, '2027');
    const title = find(p1, 'BÁO');
    // Left block: the bodies and the number; right: place and date, on the number's line.
    expect(superior.x0).toBeLessThan(width / 2);
    expect(issuing.x1).toBeLessThan(width / 2);
    expect(number.x1).toBeLessThan(width / 2);
    expect(superior.y0).toBeLessThan(issuing.y0);
    expect(issuing.y0).toBeLessThan(number.y0);
    expect(date.x0).toBeGreaterThan(width / 2);
    expect(Math.abs(date.y0 - number.y0)).toBeLessThan(4);
    expect(p1.filter((w) => Math.abs(w.y0 - date.y0) < 4).map((w) => w.text).join(' ')).toContain('An Khánh, ngày 05 tháng 01 năm 2027');
    // The title under the header, centred on the text width (30 mm left, 15 mm right margins).
    expect(title.y0).toBeGreaterThan(number.y1);
    const cao = p1.find((w) => w.text === 'CÁO' && Math.abs(w.y0 - title.y0) < 2)!;
    const mm = 72 / 25.4;
    expect(Math.abs((title.x0 + cao.x1) / 2 - (30 * mm + (width - 45 * mm) / 2))).toBeLessThan(15);
    // No page number on page 1; "2" at the top of page 2.
    expect(p1.filter((w) => w.y1 < superior.y0 && /^\d+$/.test(w.text))).toEqual([]);
    const { words: p2 } = words(2);
    const top = p2.reduce((a, b) => (b.y0 < a.y0 ? b : a));
    expect(top.text).toBe('2');
    // A picture of page 1 for a person to look at (tests/e2e/screenshots is git-ignored).
    mkdirSync(join(__dirname, '../e2e/screenshots'), { recursive: true });
    execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '70', '-png', '-singlefile', pdf, join(__dirname, '../e2e/screenshots/report-page-1')]);
  });

  it('states the figures of the consolidation\'s JSON', async () => {
    const values = (await readWorkbookValues(readFileSync(out))).get(SHEET.report)!;
    const para = (key: string) => String(values.find((l) => l[KEY_COL] === key)![0]);
    const met = json.targets.filter((t) => t.status === 'met' || t.status === 'exceeded').length;
    expect(para('targets')).toContain(`Có ${met}/${json.targets.length} chỉ tiêu đạt và vượt`);
    expect(para('reporting')).toContain(`Có ${json.units.reported}/${json.units.expected} đơn vị đã gửi báo cáo`);
    for (const t of json.targets.filter((x) => x.status === 'not-met')) expect(para('targets-not-met')).toContain(`bằng ${viPercent(t.attainment!)} chỉ tiêu`);
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
    expect(values[2].join(' ')).toContain('ngày 06 tháng 01 năm 2027');
  });

  it('refuses a summary file that is not a consolidation, naming it', async () => {
    const r = await cli('report', '--plan', plan, '--summary', plan, '-o', join(dir, 'x.xlsx'));
    expect(r.code).toBe(1);
    expect(r.err).toContain(`Tệp "${plan}"`);
    expect(r.err).toContain('hãy tổng hợp báo cáo của các đơn vị trước');
  });
});
