import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { demoWardPlan } from '../../../src/demo/demoPlan';
import { writeWorkbook } from '../../../src/hosts/xlsx/writeWorkbook';
import { markedSheet, readMark } from '../../../src/sheets/ownership';
import { planWorkbook } from '../../../src/sheets/planWorkbook';

/** A workbook the CLI or the standalone page makes carries the add-in's marks, hidden. */
it('marks every sheet of a written workbook with a hidden, commented name the add-in reads', async () => {
  const spec = planWorkbook(demoWardPlan());
  const bytes = await writeWorkbook(spec);
  const xml = await (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')!.async('string');
  const names = [...xml.matchAll(/<definedName ([^>]*)>([^<]*)<\/definedName>/g)].map((m) => ({ attrs: m[1], ref: m[2].replace(/&apos;/g, "'") }));
  const marks = names.filter((n) => /name="_unionplan_/.test(n.attrs));
  expect(marks).toHaveLength(spec.sheets.length);
  for (const m of marks) {
    expect(m.attrs).toContain('hidden="1"');
    const name = /name="([^"]+)"/.exec(m.attrs)![1];
    const comment = /comment="([^"]+)"/.exec(m.attrs)![1];
    expect(readMark(name, `=${m.ref}`, comment)).toMatchObject({ complete: true });
  }
  expect(marks.map((m) => markedSheet(`=${m.ref}`))).toEqual(spec.sheets.map((s) => s.name));
  // Still a workbook ExcelJS (and so the readers) opens.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(spec.sheets.map((s) => s.name));
});
