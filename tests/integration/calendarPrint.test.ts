import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { periodMonths } from '../../src/domain/period';
import { demoSchoolPlan } from '../../src/demo/demoPlan';
import { cli } from '../support/cli';
import { sofficePath } from '../support/libreoffice';

/**
 * Issue #4's acceptance: a school-year plan with tasks prints, through `unionplan calendar --pdf` and
 * LibreOffice, as twelve A4 pages, one per month from September to August, each titled with its month.
 */
jest.setTimeout(300_000);

it('prints a school-year plan as twelve monthly A4 pages', async () => {
  sofficePath(); // fails with how to install LibreOffice when it is missing
  const dir = mkdtempSync(join(tmpdir(), 'unionplan-calpdf-'));
  expect((await cli('demo', '-o', dir)).code).toBe(0);
  const plan = join(dir, 'ke-hoach-cdcs-truong-hoc-2025-2026.xlsx');
  // Into a folder that does not exist yet: made, and the PDF renamed into it whole (issue #17).
  const pdf = join(dir, 'ban-in', 'lich.pdf');
  const r = await cli('calendar', '--plan', plan, '-o', join(dir, 'lich.xlsx'), '--pdf', pdf);
  expect(r.err).toBe('');
  expect(existsSync(pdf)).toBe(true);
  expect(readdirSync(join(dir, 'ban-in'))).toEqual(['lich.pdf']);
  expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', pdf], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
  expect(sizes).toEqual(Array(12).fill([595, 842]));
  const months = periodMonths(demoSchoolPlan().info.period).map((m) => `${Number(m.slice(5))}/${m.slice(0, 4)}`);
  months.forEach((m, i) => {
    const page = execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', pdf, '-'], { encoding: 'utf8' });
    expect(page).toContain(`LỊCH CÔNG TÁC THÁNG ${m}`);
    expect(page).toContain('CĐCS TRƯỜNG THCS LÊ QUÝ ĐÔN');
    expect(page).toContain(`Trang ${i + 1}/12`);
  });
  const november = execFileSync('pdftotext', ['-f', '3', '-l', '3', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(november).toContain('Kỷ niệm 43 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2025)');
});
