import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../support/cli';
import { loadWorkbook, readWorkbookValues } from '../../src/files/readWorkbook';
import { SHEET } from '../../src/sheets/names';

const dir = mkdtempSync(join(tmpdir(), 'unionplan-cal-'));
const plan = join(dir, 'ke-hoach.xlsx');

beforeAll(async () => {
  expect((await cli('scaffold', '--period', '2026', '--org', 'Công đoàn phường An Khánh', '-o', plan)).code).toBe(0);
});

describe('unionplan calendar', () => {
  it('writes one month\'s schedule from a plan workbook', async () => {
    const out = join(dir, 'thang-7.xlsx');
    const r = await cli('calendar', '--plan', plan, '--month', '2026-07', '-o', out);
    expect(r.code).toBe(0);
    expect(r.out).toContain('1 tháng');
    const values = await readWorkbookValues(readFileSync(out));
    expect([...values.keys()]).toEqual([SHEET.schedule]);
    const rows = values.get(SHEET.schedule)!;
    expect(rows[0][0]).toBe('LỊCH CÔNG TÁC THÁNG 7/2026');
    expect(rows.map((l) => l[2])).toContain('Kỷ niệm 97 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2026)');
  });

  it('refuses a month outside the plan period', async () => {
    const r = await cli('calendar', '--plan', plan, '--month', '2027-01', '-o', join(dir, 'x.xlsx'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('nằm trong kỳ kế hoạch');
  });

  it('names the sheet and cell that stop it from reading the plan', async () => {
    const wb = await loadWorkbook(readFileSync(plan));
    const tasks = wb.getWorksheet(SHEET.tasks)!;
    tasks.getCell('B5').value = 'Hội nghị người lao động';
    tasks.getCell('G5').value = 'tháng ba';
    const edited = join(dir, 'sai.xlsx');
    await wb.xlsx.writeFile(edited);
    const r = await cli('calendar', '--plan', edited, '-o', join(dir, 'z.xlsx'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('Nhiệm vụ!G5');
  });

  it('refuses a file that is not a workbook', async () => {
    const broken = join(dir, 'hong.xlsx');
    writeFileSync(broken, 'không phải xlsx');
    const r = await cli('calendar', '--plan', broken, '-o', join(dir, 'y.xlsx'));
    expect(r.code).toBe(1);
    expect(r.err).toContain(`"${broken}" không phải tệp Excel (.xlsx): có thể là tệp khác bị đổi đuôi`);
  });
});
