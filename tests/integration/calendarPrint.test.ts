import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { periodMonths } from '../../src/domain/period';
import { demoSchoolPlan } from '../../src/demo/demoPlan';
import { writeWorkbook } from '../../src/hosts/xlsx/writeWorkbook';
import { planWorkbook } from '../../src/sheets/planWorkbook';
import { cli } from '../support/cli';
import { pdfFontFamilies, sofficePath } from '../support/libreoffice';

/**
 * Issues #4 and #18's acceptance: a school-year plan with tasks prints, through `unionplan calendar
 * --pdf` and LibreOffice, as twelve A4 pages, one per month from September to August, each titled
 * with its month under the official header (issuing body, national motto), in one font family; a
 * month that runs over a page goes on under "(tiếp)" and the column headers.
 */
jest.setTimeout(300_000);

const dir = mkdtempSync(join(tmpdir(), 'unionplan-calpdf-'));
const pageText = (pdf: string, page: number, layout = true) => execFileSync('pdftotext', ['-f', String(page), '-l', String(page), ...(layout ? ['-layout'] : []), pdf, '-'], { encoding: 'utf8' });

it('prints a school-year plan as twelve monthly A4 pages under the official header', async () => {
  sofficePath(); // fails with how to install LibreOffice when it is missing
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
    const page = pageText(pdf, i + 1);
    expect(page).toContain(`LỊCH CÔNG TÁC THÁNG ${m}`);
    expect(page).toContain('CĐCS TRƯỜNG THCS LÊ QUÝ ĐÔN');
    expect(page).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(page).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(page).toContain(`Trang ${i + 1}/12`);
  });
  const november = pageText(pdf, 3, false).replace(/\s+/g, ' ');
  expect(november).toContain('Kỷ niệm 43 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2025)');
  expect(pdfFontFamilies(pdf)).toHaveLength(1);
  mkdirSync(join(__dirname, '../e2e/screenshots'), { recursive: true });
  execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '70', '-png', '-singlefile', pdf, join(__dirname, '../e2e/screenshots/schedule-page-1')]);
});

it('continues a busy month under "(tiếp)" with the column headers again, naming who carries each task out', async () => {
  const plan = demoSchoolPlan();
  plan.tasks = Array.from({ length: 30 }, (_, i) => ({
    ...plan.tasks[0], section: `${i + 1}`, frequency: 'scheduled' as const, start: '2025-10', end: '2025-10', timingText: 'Tháng 10/2025',
    content: `Hoạt động số ${i + 1}: tổ chức, vận động đoàn viên tham gia phong trào thi đua của ngành trong tháng`, responsible: `Tổ công đoàn ${i % 3 + 1}`,
  }));
  const file = join(dir, 'ban-ron.xlsx');
  writeFileSync(file, await writeWorkbook(planWorkbook(plan)));
  const pdf = join(dir, 'thang-10.pdf');
  const r = await cli('calendar', '--plan', file, '--month', '2025-10', '-o', join(dir, 'thang-10.xlsx'), '--pdf', pdf);
  expect(r.err).toBe('');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  expect(pages).toBeGreaterThan(1);
  for (let p = 2; p <= pages; p++) {
    const text = pageText(pdf, p);
    expect(text).toContain('LỊCH CÔNG TÁC THÁNG 10/2025 (tiếp)');
    expect(text).toMatch(/STT\s+Thời gian\s+Nội dung công việc/);
    expect(text).toContain('Tổ công đoàn');
  }
  expect(pdfFontFamilies(pdf)).toHaveLength(1);
});
