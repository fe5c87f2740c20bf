import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../support/cli';
import { loadWorkbook } from '../../src/files/readWorkbook';
import { readFileSync } from 'node:fs';
import { SHEET } from '../../src/sheets/names';

const dir = mkdtempSync(join(tmpdir(), 'unionplan-check-'));

describe('unionplan check', () => {
  let clean: string;
  beforeAll(async () => {
    expect((await cli('demo', '-o', dir)).code).toBe(0);
    clean = join(dir, 'ke-hoach-cong-doan-phuong-2026.xlsx');
  }, 60_000);

  it('passes a clean plan with exit code 0', async () => {
    const r = await cli('check', clean);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Không phát hiện lỗi nào.');
  });

  it('prints findings as JSON and exits 1 on errors, leaving the file as it was', async () => {
    const wb = await loadWorkbook(readFileSync(clean));
    wb.getWorksheet(SHEET.targets)!.getCell('E6').value = 'ba';
    wb.getWorksheet(SHEET.targets)!.getCell('A7').value = 'CT01';
    const broken = join(dir, 'loi.xlsx');
    await wb.xlsx.writeFile(broken);
    const before = readFileSync(broken);
    const r = await cli('check', broken, '--json');
    expect(r.code).toBe(1);
    const { findings } = JSON.parse(r.out) as { findings: { severity: string; code: string; sheet: string; cell: string; message: string }[] };
    expect(findings.map((f) => [f.severity, f.code, f.sheet, f.cell])).toEqual([
      ['error', 'cell-unreadable', SHEET.targets, 'E6'],
      ['error', 'target-code-duplicate', SHEET.targets, 'A7'],
    ]);
    expect(findings[1].message).toContain('trùng');
    expect(readFileSync(broken).equals(before)).toBe(true);
    const en = await cli('check', broken, '--lang', 'en');
    expect(en.out).toContain('Error [target-code-duplicate] Chỉ tiêu!A7: Target code "CT01" repeats A5');
  });
});
