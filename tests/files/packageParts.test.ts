import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { demoWardPlan } from '../../src/demo/demoPlan';
import { demoWardReports } from '../../src/demo/demoReports';
import { matchKey } from '../../src/domain/text';
import { isoToSerialValue } from '../../src/files/isoDateCells';
import { excelLayout, partName } from '../../src/files/packageParts';
import { readMemberFile } from '../../src/files/readMemberFile';
import { readWorkbookValues } from '../../src/files/readWorkbook';
import { writeWorkbook } from '../../src/hosts/xlsx/writeWorkbook';
import { FORM_COLUMNS, FORM_HEADER_ROW, reportFormWorkbook } from '../../src/sheets/reportForm';
import { buildZip, relaid } from '../support/zipBuilder';

/**
 * Workbooks laid out by other writers (issue #17): the same filled form, its parts stored under the
 * names and targets openpyxl, Apache POI, Windows zip tools and others use, reads exactly as the
 * form ExcelJS wrote.
 */
// Alone each test takes 0.1–5 s; on a busy 2-core machine several times that.
jest.setTimeout(30_000);

const ward = demoWardPlan();
const unit = demoWardReports(ward)[0];
const form = () => writeWorkbook(reportFormWorkbook(ward, { code: unit.unitCode, name: unit.unitName }, new Map(unit.lines.map((l) => [matchKey(l.code), l]))));

/** From `from` to `to` as Excel writes targets: relative to the source's folder. */
const relative = (from: string, to: string) => {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
};
const RENAMED: Record<string, string> = {
  'xl/worksheets/sheet1.xml': 'xl/trang/bao cao.xml',
  'xl/worksheets/_rels/sheet1.xml.rels': 'xl/trang/_rels/bao cao.xml.rels',
  'xl/tables/table1.xml': 'xl/bang/BaoCao.xml',
  'xl/sharedStrings.xml': 'xl/chuoi.xml',
};
const custom = (n: string) => RENAMED[n] ?? n;

const WRITERS: [string, (n: string) => string, (from: string, to: string) => string][] = [
  ['absolute targets (openpyxl, Apache POI)', (n) => n, (_from, to) => `/${to}`],
  ['part names with a leading slash', (n) => `/${n}`, relative],
  ['backslashes in part names (Windows zip tools)', (n) => n.replace(/\//g, '\\'), relative],
  ['part names in another letter case', (n) => n.replace(/^(xl|docProps)\//, (m) => m.toUpperCase()).replace(/(sheet|table|workbook|styles|theme)(\d*)\.xml/, (_m, w: string, d: string) => `${w[0].toUpperCase()}${w.slice(1)}${d}.XML`), relative],
  ['parts at names of the writer\'s own, targets with "./"', custom, (from, to) => `./${relative(from, custom(to))}`],
  ['all of these at once', (n) => `/${custom(n)}`.replace(/\//g, '\\'), (_from, to) => `/${custom(to)}`],
];

describe('workbooks from other writers', () => {
  it.each(WRITERS)('reads a form with %s exactly as the original', async (_name, name, target) => {
    const original = await form();
    const other = buildZip(await relaid(original, name, target));
    expect(await readWorkbookValues(other)).toEqual(await readWorkbookValues(original));
    const a = await readMemberFile('goc.xlsx', original);
    const b = await readMemberFile('goc.xlsx', other);
    expect(b).toEqual(a);
    expect(b.reports[0].lines.length).toBeGreaterThan(0);
  });

  it('passes a package already laid out as Excel does through untouched', async () => {
    const original = await form();
    expect(await excelLayout(original)).toBe(original);
  });

  it('lays the package out again with relative targets and Excel\'s names', async () => {
    const other = buildZip(await relaid(await form(), (n) => `/${custom(n)}`, (_f, to) => `/${custom(to)}`));
    const zip = await JSZip.loadAsync(await excelLayout(other));
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
    expect(names).toEqual(expect.arrayContaining(['xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/_rels/sheet1.xml.rels', 'xl/tables/table1.xml', 'xl/sharedStrings.xml']));
    expect(names.some((n) => n.startsWith('/') || n.includes('\\'))).toBe(false);
    expect(await zip.file('xl/worksheets/_rels/sheet1.xml.rels')!.async('string')).toContain('Target="../tables/table1.xml"');
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('PartName="/xl/worksheets/sheet1.xml"');
  });

  it.each([['/xl/worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'], ['xl\\worksheets\\sheet1.xml', 'xl/worksheets/sheet1.xml'], ['//xl/styles.xml', 'xl/styles.xml']])('names part %j as %j', (raw, name) => {
    expect(partName(raw)).toBe(name);
  });
});

describe('cells typed as dates (t="d")', () => {
  const col = (key: string) => FORM_COLUMNS.findIndex((c) => c.key === key);
  const resultCell = `${String.fromCharCode(65 + col('result'))}${FORM_HEADER_ROW + 2}`;

  /** The filled form with its first result cell typed as an ISO date, the way openpyxl writes one with iso_dates. */
  async function withDateCell(iso: string): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(await form());
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const cell = new RegExp(`<c r="${resultCell}"([^>]*?)(?: t="\\w+")?>[\\s\\S]*?</c>`);
    expect(sheet).toMatch(cell);
    zip.file('xl/worksheets/sheet1.xml', sheet.replace(cell, `<c r="${resultCell}"$1 t="d"><v>${iso}</v></c>`));
    return zip.generateAsync({ type: 'uint8array' });
  }

  it('reads a date-typed result as a date, not as its year, and leaves the line out naming the cell', async () => {
    const read = await readMemberFile('ngay.xlsx', await withDateCell('2026-01-05'));
    expect(read.findings.map((f) => [f.code, f.sheet, f.cell, f.value])).toEqual([['report-value-date', 'ngay.xlsx › Báo cáo', resultCell, '05/01/2026']]);
    expect(read.reports[0].lines.map((l) => l.code)).not.toContain(unit.lines[0].code);
    expect(read.reports[0].lines.some((l) => l.result === 2026)).toBe(false);
  });

  it('reads a date-typed cell that holds no date as text', async () => {
    const read = await readMemberFile('chu.xlsx', await withDateCell('không rõ'));
    expect(read.findings.map((f) => [f.code, f.cell])).toEqual([['cell-unreadable', resultCell]]);
  });

  it.each([['2026-01-05', 46027], ['2026-01-05T12:00:00', 46027.5], ['2026-01-05T06:00:00Z', 46027.25], ['08:30', 8.5 / 24], ['2026-02-30', null], ['20260105', null]])('turns %j into the serial %j', (iso, serial) => {
    const got = isoToSerialValue(iso);
    if (serial === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(serial, 9);
  });
});

describe('figures in cells formatted as dates or times', () => {
  it.each([['dd/mm/yyyy', 46143, '01/05/2026'], ['hh:mm', 0.375, '09:00'], ['[$-42A]d mmmm yyyy', 46143, '01/05/2026']])('a result under the format %j holding %s is a finding showing %s, and is not counted', async (format, value, shown) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await form() as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const cell = ws.getCell(FORM_HEADER_ROW + 2, FORM_COLUMNS.findIndex((c) => c.key === 'result') + 1);
    cell.value = value;
    cell.style = { ...cell.style, numFmt: format }; // its own style: ExcelJS shares one among the column's cells
    const read = await readMemberFile('dinh-dang.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(read.findings.map((f) => [f.code, f.cell, f.value])).toEqual([['report-value-date', cell.address, shown]]);
    expect(read.reports[0].lines.find((l) => l.at === cell.address)).toBeUndefined();
    expect(read.findings[0].sheet).toBe('dinh-dang.xlsx › Báo cáo');
  });
});
