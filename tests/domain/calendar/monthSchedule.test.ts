import { DEFAULT_COMMEMORATIONS } from '../../../src/domain/calendar/commemoration';
import { CONTINUOUS_LISTED, monthSchedule, timedDay } from '../../../src/domain/calendar/monthSchedule';
import type { Task } from '../../../src/domain/task';
import { period } from '../../support/period';

const task = (content: string, over: Partial<Task>): Task => ({
  section: '', content, responsible: 'BCH', coordinating: '', timingText: '', start: null, end: null, frequency: 'scheduled', status: 'todo', result: '', ...over,
});

describe('monthSchedule', () => {
  const school = period('2025-2026');
  const tasks = [
    task('Thăm hỏi đoàn viên ốm đau', { frequency: 'continuous', timingText: 'Thường xuyên' }),
    task('Mít tinh kỷ niệm Ngày Nhà giáo', { start: '2025-11', end: '2025-11', timingText: 'nhân dịp 20/11' }),
    task('Hội nghị viên chức', { start: '2025-10', end: '2025-11', timingText: 'Tháng 10 và 11/2025' }),
    task('Không có thời gian', { frequency: 'unspecified' }),
  ];

  it('gives one page per month of a school year, September to August', () => {
    const pages = monthSchedule(school, tasks, DEFAULT_COMMEMORATIONS);
    expect(pages.map((p) => p.month)).toEqual(['2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08']);
    expect(pages[0].title).toBe('LỊCH CÔNG TÁC THÁNG 9/2025');
  });

  it('lists dated items by day, then the month\'s tasks, then continuous work', () => {
    const [nov] = monthSchedule(school, tasks, DEFAULT_COMMEMORATIONS, '2025-11');
    expect(nov.items.map((i) => [i.when, i.content.slice(0, 30)])).toEqual([
      ['20/11', 'Kỷ niệm 43 năm Ngày Nhà giáo V'],
      ['20/11', 'Mít tinh kỷ niệm Ngày Nhà giáo'],
      ['Trong tháng', 'Hội nghị viên chức'],
      ['Thường xuyên', 'Thăm hỏi đoàn viên ốm đau'],
    ]);
    expect(nov.items[1].responsible).toBe('BCH');
  });

  it('puts the lunar Tết in its solar month and each commemoration once', () => {
    const pages = monthSchedule(school, [], DEFAULT_COMMEMORATIONS);
    const feb = pages.find((p) => p.month === '2026-02')!;
    expect(feb.items.map((i) => i.when)).toEqual(['3/2', '17/2']);
    expect(pages.flatMap((p) => p.items)).toHaveLength(DEFAULT_COMMEMORATIONS.length);
  });

  it('sums up long standing work in one line so a month stays a page', () => {
    const many = Array.from({ length: CONTINUOUS_LISTED + 1 }, (_, i) => task(`Việc thường xuyên ${i + 1}`, { frequency: 'continuous' }));
    const [sep] = monthSchedule(school, many, [], '2025-09');
    expect(sep.items.map((i) => i.content)).toEqual([`Thực hiện ${CONTINUOUS_LISTED + 1} nhiệm vụ thường xuyên (xem trang Nhiệm vụ).`]);
    const [few] = monthSchedule(school, many.slice(1), [], '2025-09');
    expect(few.items).toHaveLength(CONTINUOUS_LISTED);
  });

  it('reads a day from the timing words only in its own month', () => {
    expect(timedDay('nhân dịp 28/7', '2026-07')).toBe(28);
    expect(timedDay('nhân dịp 28/7', '2026-08')).toBeNull();
    expect(timedDay('các ngày lễ 08/3, 20/10', '2026-10')).toBe(20);
    expect(timedDay('Tháng 7/2026', '2026-07')).toBeNull();
    expect(timedDay('trước 09/4/2025', '2026-04')).toBeNull();
  });
});
