import { DEFAULT_COMMEMORATIONS } from '../../../src/domain/calendar/commemoration';
import { monthSchedule, printableMonth, scheduleNote, timedDay, yearSchedule } from '../../../src/domain/calendar/monthSchedule';
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

  it('sums up standing work in one short line per section, with who carries it out', () => {
    const long = 'Tuyên truyền, phổ biến, quán triệt các Nghị quyết, chỉ thị của Đảng, chính sách pháp luật của Nhà nước và các văn bản của Công đoàn cấp trên đến đoàn viên';
    const many = [
      task(long, { section: '1.1', frequency: 'continuous', responsible: 'Ban Tuyên giáo' }),
      task('Việc thường xuyên thứ hai', { section: '1.2', frequency: 'continuous', responsible: '', coordinating: 'Tổ công đoàn' }),
      task('Chăm lo đời sống đoàn viên', { section: '2.1', frequency: 'continuous' }),
    ];
    const [sep] = monthSchedule(school, many, [], '2025-09');
    expect(sep.items).toHaveLength(2);
    expect(sep.items[0].content).toMatch(/^Tuyên truyền, phổ biến, quán triệt .*… và 1 nhiệm vụ khác của mục 1$/);
    expect(sep.items[0].content.length).toBeLessThan(110);
    expect(sep.items[0].responsible).toBe('Ban Tuyên giáo, Tổ công đoàn');
    expect(sep.items[1]).toMatchObject({ when: 'Thường xuyên', content: 'Chăm lo đời sống đoàn viên', responsible: 'BCH' });
  });

  it('writes a note only when the timing says more than the page does', () => {
    expect(scheduleNote('Tháng 10/2023')).toBe('');
    expect(scheduleNote('Quý II/2026')).toBe('');
    expect(scheduleNote('Từ tháng 3 đến tháng 10/2026')).toBe('');
    expect(scheduleNote('Tháng 7 và 8/2024')).toBe('');
    expect(scheduleNote('Thường xuyên')).toBe('');
    expect(scheduleNote('trước 09/4')).toBe('trước 09/4');
    expect(scheduleNote('nhân dịp 20/11')).toBe('nhân dịp 20/11');
    const [oct] = monthSchedule(school, tasks, [], '2025-10');
    expect(oct.items.find((i) => i.content === 'Hội nghị viên chức')!.note).toBe('');
  });

  it('gives a congress term one page per year, and a year\'s months on request', () => {
    const term = period('2025-2030');
    const pages = yearSchedule(term, [task('Đại hội', { start: '2027-03', end: '2027-05', timingText: 'Quý II/2027' }), task('Thăm hỏi', { frequency: 'continuous' })], DEFAULT_COMMEMORATIONS);
    expect(pages.map((p) => p.title)).toEqual([2025, 2026, 2027, 2028, 2029, 2030].map((y) => `LỊCH CÔNG TÁC NĂM ${y}`));
    const y2027 = pages[2];
    expect(y2027.items.find((i) => i.content === 'Đại hội')!.when).toBe('Tháng 3 - 5');
    expect(y2027.items.filter((i) => i.kind === 'continuous')).toHaveLength(1);
    expect(y2027.items.filter((i) => i.kind === 'commemoration').every((i) => i.note === 'Năm chẵn')).toBe(true);
    expect(printableMonth('2027', term)).toBe('2027');
    expect(monthSchedule(term, [], [], '2027').map((p) => p.month)).toHaveLength(12);
    expect(() => printableMonth('2027', school)).toThrow(/YYYY-MM/);
  });

  it('reads a day from the timing words only in its own month', () => {
    expect(timedDay('nhân dịp 28/7', '2026-07')).toBe(28);
    expect(timedDay('nhân dịp 28/7', '2026-08')).toBeNull();
    expect(timedDay('các ngày lễ 08/3, 20/10', '2026-10')).toBe(20);
    expect(timedDay('Tháng 7/2026', '2026-07')).toBeNull();
    expect(timedDay('trước 09/4/2025', '2026-04')).toBeNull();
  });
});
