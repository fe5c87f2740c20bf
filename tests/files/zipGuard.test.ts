import { demoWardPlan } from '../../src/demo/demoPlan';
import { demoWardReports } from '../../src/demo/demoReports';
import { matchKey } from '../../src/domain/text';
import { readMemberFiles } from '../../src/files/readMemberFile';
import { readPlanDocument } from '../../src/files/readPlanDocument';
import { readNamedWorkbook } from '../../src/files/readWorkbook';
import { writeWorkbook } from '../../src/hosts/xlsx/writeWorkbook';
import { CellCounter, inspectZip, ZIP_LIMITS, ZipRefused } from '../../src/files/zipGuard';
import { reportFormWorkbook } from '../../src/sheets/reportForm';
import { buildZip, workbookParts } from '../support/zipBuilder';

/**
 * Issue #9: a file is measured before a parser builds it. Sizes come from inflating the parts as a
 * stream, never from what the zip's directory claims; cells are counted in the sheets' XML.
 */
const ward = demoWardPlan();
const goodForm = async () => {
  const r = demoWardReports(ward)[0];
  return { name: 'DN01.xlsx', data: await writeWorkbook(reportFormWorkbook(ward, { code: r.unitCode, name: r.unitName }, new Map(r.lines.map((l) => [matchKey(l.code), l])))) };
};
const small = { ...ZIP_LIMITS, unzippedBytes: 1024 * 1024, cells: 1000, entries: 50 };

describe('CellCounter', () => {
  const xml = '<cols><col min="1"/></cols><row r="1"><c r="A1" s="1"><v>1</v></c><c>\n<v>2</v></c><c/><cfRule/></row><c\tr="B2"/>';
  it('counts cell elements only, wherever the chunks break', () => {
    const bytes = Buffer.from(xml);
    for (let cut = 0; cut <= bytes.length; cut++) {
      const c = new CellCounter();
      c.push(bytes.subarray(0, cut));
      c.push(bytes.subarray(cut));
      // "<c " "<c\n"… count; "<c/>" is an empty cell with no attributes Excel never writes, "<col", "<cfRule" are not cells.
      expect(c.count).toBe(3);
    }
  });
});

describe('inspectZip', () => {
  it('passes a member form and counts its cells', async () => {
    const { data } = await goodForm();
    const counts = await inspectZip(data, 'xl/workbook.xml');
    expect(counts.cells).toBeGreaterThan(20);
    expect(counts.cells).toBeLessThan(ZIP_LIMITS.cells);
  });

  it('stops a bomb whose directory lies about its size at the limit', async () => {
    const parts = workbookParts('');
    parts[4] = { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(8 * 1024 * 1024, 0x20), claimedSize: 100 };
    await expect(inspectZip(buildZip(parts), 'xl/workbook.xml', small)).rejects.toMatchObject({ reason: 'unzipped-bytes', limit: small.unzippedBytes });
  });

  it('refuses too many cells, too many parts, too large a file, a missing workbook part', async () => {
    const rows = Array.from({ length: 600 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>1</v></c><c r="B${r + 1}"><v>2</v></c></row>`).join('');
    await expect(inspectZip(buildZip(workbookParts(rows)), 'xl/workbook.xml', small)).rejects.toMatchObject({ reason: 'cells' });
    const many = [...workbookParts(''), ...Array.from({ length: 60 }, (_, i) => ({ name: `xl/media/x${i}.bin`, data: Buffer.from('x') }))];
    await expect(inspectZip(buildZip(many), 'xl/workbook.xml', small)).rejects.toMatchObject({ reason: 'entries' });
    await expect(inspectZip(buildZip(workbookParts('')), 'xl/workbook.xml', { ...small, fileBytes: 100 })).rejects.toMatchObject({ reason: 'file-bytes' });
    await expect(inspectZip(buildZip(workbookParts('')), 'word/document.xml')).rejects.toBeInstanceOf(ZipRefused);
  });
});

// Time limits: 28 s and over 60 s measured with a loaded 2-core machine (load average 10–12); 4× that.
describe('hostile files at the real limits', () => {
  it('refuses a 210 MB bomb and a million-row sheet naming each, and still reads the good form', async () => {
    const bombParts = workbookParts('');
    bombParts[4] = { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(210 * 1024 * 1024, 0x20), claimedSize: 2048 };
    const bomb = buildZip(bombParts);
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    const rows = Array.from({ length: 1_000_000 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>1</v></c><c r="B${r + 1}"><v>2</v></c></row>`).join('');
    const tall = buildZip(workbookParts(rows));
    const { reports, findings } = await readMemberFiles([await goodForm(), { name: 'bom-nen.xlsx', data: bomb }, { name: 'trieu-dong.xlsx', data: tall }]);
    expect(reports.map((r) => r.unitCode)).toEqual(['DN01']);
    expect(findings.map((f) => [f.code, f.sheet])).toEqual([['report-unreadable', 'bom-nen.xlsx'], ['report-unreadable', 'trieu-dong.xlsx']]);
    expect(findings[0].vi).toMatch(/"bom-nen\.xlsx" khi giải nén lớn hơn 200 MB/);
    expect(findings[1].vi).toMatch(/"trieu-dong\.xlsx" có hơn 1\.000\.000 ô dữ liệu/);
    await expect(readNamedWorkbook('bom-nen.xlsx', bomb)).rejects.toMatchObject({ code: 'xlsx-too-large', where: { file: 'bom-nen.xlsx' } });
  }, 240_000);

  it('refuses a .docx bomb before mammoth opens it', async () => {
    const docx = buildZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'word/document.xml', data: Buffer.alloc(210 * 1024 * 1024, 0x20), claimedSize: 10 },
    ]);
    await expect(readPlanDocument('ke-hoach.docx', docx)).rejects.toMatchObject({ code: 'xlsx-too-large', vi: expect.stringContaining('"ke-hoach.docx" khi giải nén') });
  }, 240_000);
});
