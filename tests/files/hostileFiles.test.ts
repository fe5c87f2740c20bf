import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { demoWardPlan } from '../../src/demo/demoPlan';
import { demoWardReports } from '../../src/demo/demoReports';
import { matchKey } from '../../src/domain/text';
import { readMemberFiles } from '../../src/files/readMemberFile';
import { MAX_SHEET_CELLS, readNamedWorkbook } from '../../src/files/readWorkbook';
import { writeWorkbook } from '../../src/hosts/xlsx/writeWorkbook';
import { reportFormWorkbook } from '../../src/sheets/reportForm';

/**
 * Files members send that are not what they claim (issue #9): each is refused with its own reason and
 * remedy, naming the file, and the good files beside it still count.
 */
const ward = demoWardPlan();
const good = async () => {
  const r = demoWardReports(ward)[0];
  return { name: 'DN01.xlsx', data: await writeWorkbook(reportFormWorkbook(ward, { code: r.unitCode, name: r.unitName }, new Map(r.lines.map((l) => [matchKey(l.code), l])))) };
};

async function hostile(): Promise<{ name: string; data: Uint8Array; reason: RegExp }[]> {
  const word = new JSZip();
  word.file('[Content_Types].xml', '<Types/>');
  word.file('word/document.xml', '<w:document/>');
  const far = new ExcelJS.Workbook();
  const ws = far.addWorksheet('Báo cáo');
  ws.getCell('A1').value = 'Mã';
  ws.getCell(1048576, 16384).value = 1;
  return [
    { name: 'ghi-chu.xlsx', data: new TextEncoder().encode('Kính gửi Công đoàn phường'), reason: /không phải tệp Excel \(\.xlsx\): có thể là tệp khác bị đổi đuôi/ },
    { name: 'mat-khau.xlsx', data: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), reason: /có mật khẩu hoặc là tệp \.xls cũ/ },
    { name: 'van-ban.xlsx', data: await word.generateAsync({ type: 'uint8array' }), reason: /không phải sổ làm việc Excel \(\.xlsx\) hợp lệ/ },
    { name: 'o-xa.xlsx', data: new Uint8Array(await far.xlsx.writeBuffer()), reason: /trang "Báo cáo" trải trên 1\.048\.576 dòng × 16\.384 cột/ },
  ];
}

it('refuses each hostile file with its reason, naming it, and still reads the good one', async () => {
  const bad = await hostile();
  const { reports, findings } = await readMemberFiles([await good(), ...bad]);
  expect(reports.map((r) => r.unitCode)).toEqual(['DN01']);
  expect(findings).toHaveLength(bad.length);
  bad.forEach((b, i) => {
    expect(findings[i].code).toBe('report-unreadable');
    expect(findings[i].sheet.startsWith(b.name)).toBe(true);
    expect(findings[i].vi).toMatch(b.reason);
    expect(findings[i].vi).toContain('Các tệp khác vẫn được tổng hợp.');
  });
  expect(MAX_SHEET_CELLS).toBeLessThan(1048576 * 16384);
});

it('refuses a hostile plan file with the same reasons', async () => {
  for (const b of await hostile()) await expect(readNamedWorkbook(b.name, b.data)).rejects.toMatchObject({ vi: expect.stringMatching(b.reason), where: expect.objectContaining({ file: b.name }) });
});

describe('forms changed by hand', () => {
  const { FORM_COLUMNS, FORM_HEADER_ROW } = jest.requireActual('../../src/sheets/reportForm') as typeof import('../../src/sheets/reportForm');
  const col = (key: string) => FORM_COLUMNS.findIndex((c) => c.key === key) + 1;
  const firstRow = FORM_HEADER_ROW + 2;
  async function edited(unit: number, edit: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
    const r = demoWardReports(ward)[unit];
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await writeWorkbook(reportFormWorkbook(ward, { code: r.unitCode, name: r.unitName }, new Map(r.lines.map((l) => [matchKey(l.code), l])))) as unknown as ArrayBuffer);
    edit(wb.worksheets[0], wb);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it('reads hidden, merged, reordered and text-typed forms, and names the one it cannot', async () => {
    const files = [
      // The sheet hidden by the member: still their report.
      { name: 'an.xlsx', data: await edited(0, (ws) => { ws.state = 'hidden'; }) },
      // The result and note columns swapped, headers and all, then cells merged over the table.
      { name: 'gop.xlsx', data: await edited(1, (ws) => {
        for (let r = FORM_HEADER_ROW + 1; r <= ws.rowCount; r++) {
          const a = ws.getCell(r, col('result')).value;
          ws.getCell(r, col('result')).value = ws.getCell(r, col('note')).value;
          ws.getCell(r, col('note')).value = a;
        }
        ws.mergeCells(firstRow, col('text'), firstRow, col('unit'));
        ws.mergeCells(firstRow + 1, col('text'), firstRow + 2, col('text'));
      }) },
      // Numbers typed as text with Vietnamese separators; "1.234" could be either and is asked about.
      { name: 'chu.xlsx', data: await edited(2, (ws) => {
        ws.getCell(firstRow, col('result')).value = '12,5';
        ws.getCell(firstRow + 1, col('result')).value = '1.234';
      }) },
      // The result column renamed: no BaoCao table the reader can trust.
      { name: 'doi-ten.xlsx', data: await edited(3, (ws) => { ws.getCell(FORM_HEADER_ROW + 1, col('result')).value = 'KQ'; }) },
    ];
    const { reports, findings } = await readMemberFiles(files);
    const codes = demoWardReports(ward).map((r) => r.unitCode);
    expect(reports.map((r) => r.unitCode).sort()).toEqual([codes[0], codes[1], codes[2]].sort());
    const moved = reports.find((r) => r.unitCode === codes[1])!;
    expect(moved.lines.map((l) => l.result)).toEqual(demoWardReports(ward)[1].lines.map((l) => l.result));
    const text = reports.find((r) => r.unitCode === codes[2])!;
    expect(text.lines.find((l) => l.code === ward.targets[0].code)?.result).toBe(12.5);
    expect(findings.map((f) => [f.code, f.sheet.split(' › ')[0]])).toEqual(expect.arrayContaining([['number-separator-ambiguous', 'chu.xlsx'], ['report-unreadable', 'doi-ten.xlsx']]));
    for (const f of findings) expect(f.vi.length).toBeGreaterThan(0);
  });
});
