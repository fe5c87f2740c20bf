import { demoSchoolPlan, demoWardPlan } from '../../src/demo/demoPlan';
import { monthSchedule } from '../../src/domain/calendar/monthSchedule';
import { scheduleLayout } from '../../src/sheets/scheduleSheet';
import { printedPages } from '../support/printedPages';
import { PAGE_POINTS } from '../../src/sheets/reportSheet';
import { sheetGrid } from '../support/specValues';

describe('Lịch công tác sheet', () => {
  const plan = demoSchoolPlan();
  const { sheet, months } = scheduleLayout(plan);
  const grid = sheetGrid(sheet);

  it('has one block per month of the school year, each starting a printed page', () => {
    expect(months.map((m) => m.title)).toEqual(['9/2025', '10/2025', '11/2025', '12/2025', '1/2026', '2/2026', '3/2026', '4/2026', '5/2026', '6/2026', '7/2026', '8/2026'].map((m) => `LỊCH CÔNG TÁC THÁNG ${m}`));
    expect(sheet.print.rowBreaks).toEqual(months.slice(1).map((m) => m.rect.row));
    for (const m of months) expect(grid[m.rect.row][0]).toBe(m.title);
    // Excel drops manual breaks on a sheet scaled to fit, so this sheet prints at 100 %.
    expect(sheet.print).toMatchObject({ orientation: 'portrait', fitToWidth: false });
    expect(sheet.print.header?.left).toContain(plan.info.issuingBody.toUpperCase());
    expect(sheet.print.header?.right).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(sheet.print.header?.right).toContain('&UĐộc lập - Tự do - Hạnh phúc');
    expect(sheet.print.footer?.center).toContain('&P');
  });

  it('lists each month\'s items under its header, numbered', () => {
    const pages = monthSchedule(plan.info.period, plan.tasks, plan.commemorations);
    months.forEach((m, i) => {
      const items = pages[i].items;
      expect(grid[m.rect.row + 2]).toEqual(['STT', 'Thời gian', 'Nội dung công việc', 'Người thực hiện', 'Ghi chú']);
      const rows = grid.slice(m.rect.row + 3, m.rect.row + m.rect.rows);
      expect(rows.map((r) => r[2])).toEqual(items.length ? items.map((it) => it.content) : ['Chưa có hoạt động nào trong kế hoạch cho tháng này.']);
      if (items.length) expect(rows.map((r) => r[0])).toEqual(items.map((_it, k) => k + 1));
    });
  });

  it('prints one month alone when asked', () => {
    const one = scheduleLayout(demoWardPlan(), '2026-07');
    expect(one.months.map((m) => m.month)).toEqual(['2026-07']);
    expect(one.sheet.print.rowBreaks).toEqual([]);
    expect(sheetGrid(one.sheet).some((r) => String(r[2]).startsWith('Kỷ niệm 97 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2026)'))).toBe(true);
  });

  it('continues a month over a page under "(tiếp)" and the column headers, rows as tall as every wrapped column', () => {
    const busy = { ...plan, tasks: Array.from({ length: 40 }, (_, i) => ({ ...plan.tasks[0], section: `${i + 1}`, content: `Nhiệm vụ số ${i + 1}: tổ chức các hoạt động chào mừng, tuyên truyền và vận động đoàn viên tham gia đầy đủ`, frequency: 'scheduled' as const, start: '2025-10', end: '2025-10', timingText: 'Tháng 10/2025 (trước ngày 20/10)' })) };
    const { sheet: s, months } = scheduleLayout(busy, '2025-10');
    const grid = sheetGrid(s);
    const pages = printedPages(s);
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) {
      expect(p.height).toBeLessThanOrEqual(PAGE_POINTS);
      expect(String(grid[p.first][0])).toMatch(/^LỊCH CÔNG TÁC THÁNG 10\/2025/);
      expect(grid.slice(p.first, p.first + 3).some((l) => l[2] === 'Nội dung công việc')).toBe(true);
    }
    expect(grid[pages[1].first][0]).toBe('LỊCH CÔNG TÁC THÁNG 10/2025 (tiếp)');
    expect(months).toHaveLength(1);
    // The note column wraps too: its row is as tall as its longest column needs.
    const heights = new Map(s.rowHeights!.map((h) => [h.row, h.height]));
    const row = grid.findIndex((l) => typeof l[2] === 'string' && l[2].startsWith('Nhiệm vụ số 1:'));
    expect(grid[row][4]).toBe('Tháng 10/2025 (trước ngày 20/10)');
    expect(heights.get(row)).toBeGreaterThanOrEqual(3 * 16);
  });

  it('prints a congress term one page per year unless months are asked for', () => {
    const term = { ...plan, info: { ...plan.info, period: { kind: 'term' as const, from: '2025-01', to: '2030-12' } } };
    expect(scheduleLayout(term).months.map((m) => m.title)).toEqual([2025, 2026, 2027, 2028, 2029, 2030].map((y) => `LỊCH CÔNG TÁC NĂM ${y}`));
    expect(scheduleLayout(term, '2027').months).toHaveLength(12);
    const one = scheduleLayout(term, undefined, '2027-03');
    expect(one.sheet.print.area).toEqual(one.months.find((m) => m.month === '2027-03')!.rect);
  });
});
