import { demoSchoolPlan, demoWardPlan } from '../../src/demo/demoPlan';
import { monthSchedule } from '../../src/domain/calendar/monthSchedule';
import { scheduleLayout } from '../../src/sheets/scheduleSheet';
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
    expect(sheet.print.header?.center).toContain(plan.info.issuingBody);
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
});
