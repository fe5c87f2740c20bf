import { mkdtempSync, existsSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../support/cli';
import { readWorkbookValues } from '../../src/files/readWorkbook';
import { readPlan } from '../../src/sheets/read/readPlan';


describe('unionplan CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'unionplan-cli-'));

  it('prints help in Vietnamese by default and in English on request', async () => {
    expect((await cli('help')).out).toContain('Cách dùng');
    expect((await cli('--lang', 'en', 'help')).out).toContain('Usage');
  });

  it('scaffolds an empty plan for a school year', async () => {
    const file = join(dir, 'plan.xlsx');
    const r = await cli('scaffold', '--period', '2025-2026', '--org', 'CĐCS Trường Tiểu học Hòa Bình', '--parent', 'Công đoàn phường X', '-o', file);
    expect(r).toMatchObject({ code: 0, err: '' });
    const { plan, findings } = readPlan(await readWorkbookValues(readFileSync(file)));
    expect(findings).toEqual([]);
    expect(plan!.info).toMatchObject({ issuingBody: 'CĐCS Trường Tiểu học Hòa Bình', superiorBody: 'Công đoàn phường X', period: { kind: 'school-year', from: '2025-09', to: '2026-08' } });
    expect(plan!.tasks).toEqual([]);
  });

  it('never overwrites a file without --force', async () => {
    const file = join(dir, 'mine.xlsx');
    writeFileSync(file, 'dữ liệu của tôi');
    const r = await cli('scaffold', '--period', '2026', '--org', 'X', '-o', file);
    expect(r.code).toBe(1);
    expect(r.err).toContain('đã có');
    expect(r.err).toContain('--force');
    expect(readFileSync(file, 'utf8')).toBe('dữ liệu của tôi');
    expect((await cli('scaffold', '--period', '2026', '--org', 'X', '-o', file, '--force')).code).toBe(0);
  });

  it.each([
    [['scaffold', '--period', '2025-2027', '--org', 'X', '-o', 'x.xlsx'], 1, 'nhiệm kỳ'],
    [['scaffold', '--org', 'X', '-o', 'x.xlsx'], 2, '--period'],
    [['scaffold', '--period', '2026', '-o', 'x.xlsx'], 2, '--org'],
    [['scaffold', '--bogus'], 2, 'Tham số không hợp lệ'],
    [['nope'], 2, 'Không có lệnh'],
  ])('explains bad input %j without a stack trace', async (argv, code, words) => {
    const r = await cli(...(argv as string[]));
    expect(r.code).toBe(code);
    expect(r.err).toContain(words);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('writes the demo workbooks', async () => {
    const out = join(dir, 'demo');
    const r = await cli('demo', '-o', out);
    expect(r.code).toBe(0);
    expect(existsSync(join(out, 'ke-hoach-cong-doan-phuong-2026.xlsx'))).toBe(true);
    expect(existsSync(join(out, 'ke-hoach-cdcs-truong-hoc-2025-2026.xlsx'))).toBe(true);
  }, 60_000);
});
