import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_FILES } from '../../src/cli/commands/demo';
import { cli } from '../support/cli';

/**
 * Issue #17's hostile inputs: pipes, devices and huge files end at once with a Vietnamese message
 * saying why, before anything is read; a FIFO among the forms blocks nothing. Reading any of them
 * would hang (a FIFO waits for a writer) or exhaust memory (a device never ends): these tests would
 * run out of time, not merely slow down.
 */
jest.setTimeout(60_000);

const dir = mkdtempSync(join(tmpdir(), 'unionplan-hostile-'));
const plan = join(dir, DEMO_FILES.ward);
const forms = join(dir, 'mau');
const GB = 2 ** 30;

/** A file of `bytes` NUL bytes that takes no room on the disk (sparse). */
function sparse(name: string, bytes: number): string {
  const path = join(dir, name);
  writeFileSync(path, '');
  truncateSync(path, bytes);
  return path;
}

beforeAll(async () => {
  expect((await cli('demo', '-o', dir)).code).toBe(0);
  cpSync(join(dir, DEMO_FILES.memberForms), forms, { recursive: true });
  execFileSync('mkfifo', [join(forms, 'bao-cao-x.xlsx')]);
  symlinkSync('/dev/urandom', join(forms, 'bao-cao-ngau-nhien.xlsx'));
  symlinkSync('/dev/zero', join(forms, 'bao-cao-khong.xlsx'));
});

it('consolidates a folder holding a FIFO and links to devices, naming each as a finding', async () => {
  const r = await cli('consolidate', '--plan', plan, forms, '--json');
  expect(r.code).toBe(0);
  const json = JSON.parse(r.out);
  expect(json.units.reported).toBe(5);
  const why = (name: string) => json.findings.find((f: { sheet: string }) => f.sheet === name)?.message;
  expect(why('bao-cao-x.xlsx')).toContain('là ống dẫn (FIFO), không phải tệp thông thường');
  expect(why('bao-cao-ngau-nhien.xlsx')).toContain('là thiết bị, không phải tệp thông thường');
  expect(why('bao-cao-khong.xlsx')).toContain('là thiết bị, không phải tệp thông thường');
  expect(why('bao-cao-x.xlsx')).toContain('Các tệp khác vẫn được tổng hợp.');
});

it.each([
  ['a FIFO', () => join(forms, 'bao-cao-x.xlsx'), 'là ống dẫn (FIFO), không phải tệp thông thường'],
  ['a link to /dev/zero', () => join(forms, 'bao-cao-khong.xlsx'), 'là thiết bị'],
  ['a link to /dev/urandom', () => join(forms, 'bao-cao-ngau-nhien.xlsx'), 'là thiết bị'],
  ['a 1 GB file', () => sparse('1gb.xlsx', GB), 'nặng 1.024 MB, quá giới hạn 20 MB cho một sổ làm việc Excel'],
  ['a 3 GB file', () => sparse('3gb.xlsx', 3 * GB), 'nặng 3.072 MB, quá giới hạn 20 MB cho một sổ làm việc Excel'],
  ['a folder', () => forms, 'là một thư mục, không phải tệp'],
])('refuses %s as the plan at once, saying why', async (_what, path, words) => {
  const r = await cli('check', path());
  expect(r.code).toBe(1);
  expect(r.err).toContain(words);
  expect(r.err).not.toContain('Lỗi không mong đợi');
});

it.each([
  ['a 50 MB text plan', () => {
    const path = join(dir, 'ke-hoach-50mb.txt');
    writeFileSync(path, 'Phấn đấu tăng thêm 106 đoàn viên trong năm 2026.\n'.repeat(1_000_000));
    return path;
  }, /nặng 5\d(,\d)? MB, quá giới hạn 2 MB cho một văn bản kế hoạch/],
  ['a 1 GB text', () => sparse('1gb.txt', GB), /nặng 1\.024 MB, quá giới hạn 2 MB/],
  ['a 3 GB text', () => sparse('3gb.txt', 3 * GB), /nặng 3\.072 MB, quá giới hạn 2 MB/],
  ['300 MB of NUL bytes', () => sparse('khong.txt', 300 * 2 ** 20), /nặng 300 MB, quá giới hạn 2 MB/],
  ['a .docx linked to /dev/zero', () => {
    const path = join(dir, 'khong.docx');
    symlinkSync('/dev/zero', path);
    return path;
  }, /là thiết bị, không phải tệp thông thường/],
])('parse and scaffold --from refuse %s at once, saying why', async (_what, make, words) => {
  const path = make();
  for (const argv of [['parse', path], ['scaffold', '--from', path, '-o', join(dir, 'khong-ghi.xlsx')]]) {
    const r = await cli(...argv);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(words);
  }
});
