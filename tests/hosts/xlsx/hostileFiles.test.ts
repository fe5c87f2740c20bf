import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { demoWardPlan } from '../../../src/demo/demoPlan';
import { demoWardReports } from '../../../src/demo/demoReports';
import { matchKey } from '../../../src/domain/text';
import { readMemberFiles } from '../../../src/hosts/xlsx/readMemberFile';
import { MAX_SHEET_CELLS, readNamedWorkbook } from '../../../src/hosts/xlsx/readWorkbook';
import { writeWorkbook } from '../../../src/hosts/xlsx/writeWorkbook';
import { reportFormWorkbook } from '../../../src/sheets/reportForm';

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
