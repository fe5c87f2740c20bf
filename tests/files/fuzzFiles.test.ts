import fc from 'fast-check';
import JSZip from 'jszip';
import { demoWardPlan } from '../../src/demo/demoPlan';
import { demoWardReports } from '../../src/demo/demoReports';
import { matchKey } from '../../src/domain/text';
import { readMemberFile } from '../../src/files/readMemberFile';
import { writeWorkbook } from '../../src/hosts/xlsx/writeWorkbook';
import { reportFormWorkbook } from '../../src/sheets/reportForm';

/**
 * Issue #9: damaged files, as e-mail and USB sticks damage them — bytes flipped, cut short, runs
 * zeroed. Reading one never throws: it gives the reports it could read or a finding naming the file.
 */
let good: Uint8Array;
beforeAll(async () => {
  const ward = demoWardPlan();
  const r = demoWardReports(ward)[0];
  good = await writeWorkbook(reportFormWorkbook(ward, { code: r.unitCode, name: r.unitName }, new Map(r.lines.map((l) => [matchKey(l.code), l]))));
});

const damage = fc.oneof(
  fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 }).map((flips) => (b: Uint8Array) => {
    const out = b.slice();
    for (const [at, v] of flips) out[at % out.length] = v;
    return out;
  }),
  fc.nat().map((cut) => (b: Uint8Array) => b.slice(0, cut % b.length)),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 4096 })).map(([at, n]) => (b: Uint8Array) => {
    const out = b.slice();
    out.fill(0, at % out.length, (at % out.length) + n);
    return out;
  }),
);

it('reads any damaged copy of a form without throwing: reports, or a finding that names the file', async () => {
  await fc.assert(fc.asyncProperty(damage, async (hurt) => {
    const { reports, findings } = await readMemberFile('DN01.xlsx', hurt(good));
    if (!reports.length) {
      expect(findings.length).toBeGreaterThan(0);
      expect(findings.every((f) => f.sheet.startsWith('DN01.xlsx'))).toBe(true);
    }
  }), { numRuns: 300 });
}, 120_000);

/** Damage inside the parts, where a zip stays valid and the XML does not: what an XML parser meets. */
const PARTS = ['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/workbook.xml', 'xl/styles.xml', 'xl/tables/table1.xml', '[Content_Types].xml'];
const xmlDamage = fc.tuple(fc.constantFrom(...PARTS), fc.array(fc.tuple(fc.nat(), fc.nat(200), fc.constantFrom('', '<', '>', '&', '"', '</c>', '<c r="ZZZ0">', '<v>x</v>', '<row r="-1">', '\u0000', 'Ð')), { minLength: 1, maxLength: 6 }));

it('reads forms whose XML is broken inside a sound zip without throwing', async () => {
  const zip = await JSZip.loadAsync(good);
  const texts = new Map(await Promise.all(PARTS.filter((p) => zip.file(p)).map(async (p) => [p, await zip.file(p)!.async('string')] as const)));
  let read = 0;
  await fc.assert(fc.asyncProperty(xmlDamage, async ([part, cuts]) => {
    let xml: string | undefined = texts.get(part);
    if (xml === undefined) return;
    for (const [at, len, insert] of cuts) {
      const i: number = at % xml.length;
      xml = xml.slice(0, i) + insert + xml.slice(i + (len % 40));
    }
    const copy = await JSZip.loadAsync(good);
    copy.file(part, xml);
    const data = await copy.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const { reports, findings } = await readMemberFile('DN01.xlsx', data);
    if (reports.length) read++;
    else expect(findings[0]?.sheet.startsWith('DN01.xlsx')).toBe(true);
  }), { numRuns: 200 });
  // Some damage leaves the form readable: the property looked at both outcomes.
  expect(read).toBeGreaterThan(0);
}, 120_000);
