import { period } from '../../support/period';
import { inlineTiming, parseTiming } from '../../../src/domain/parse/timing';

const y2024 = period('2024');
const school = period('2023-2024');
const term = period('2025-2030');

describe('parseTiming (docs/domain.md#timing)', () => {
  it.each([
    ['Thường xuyên', 'continuous', 12],
    ['công việc thường xuyên', 'continuous', 12],
    ['Trong nhiệm kỳ', 'continuous', 12],
  ])('%s → %s', (text, kind, n) => {
    const r = parseTiming(text, y2024);
    expect(r.timing.kind).toBe(kind);
    expect(r.timing.months).toHaveLength(n);
  });

  it.each([
    ['Định kỳ hoặc đột xuất', 'periodic'],
    ['Hàng năm', 'periodic'],
    ['Đột xuất', 'adhoc'],
    ['Theo thời gian các sự kiện', 'event'],
    ['Khi có chỉ đạo mới', 'unspecified'],
  ])('%s → %s without months', (text, kind) => {
    expect(parseTiming(text, y2024).timing).toEqual({ text, kind, months: [] });
  });

  it.each([
    ['Quý I/2024', ['2024-01', '2024-02', '2024-03']],
    ['từ Quý II/2024 đến Quý III/2024', ['2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09']],
    ['từ tháng 3/2024 đến tháng 5/2024', ['2024-03', '2024-04', '2024-05']],
    ['từ tháng 3 đến tháng 5/2024', ['2024-03', '2024-04', '2024-05']],
    ['từ tháng 10/2024', ['2024-10', '2024-11', '2024-12']],
    ['trong tháng 5 năm 2024', ['2024-05']],
    ['tuần cuối tháng 12/2024', ['2024-12']],
    ['Tháng 7 và 8/2024', ['2024-07', '2024-08']],
    ['tháng 3-5/2024', ['2024-03', '2024-04', '2024-05']],
    ['trước 09/4', ['2024-04']],
    ['08/3, 20/10', ['2024-03', '2024-10']],
    ['Quý I và II/2024', ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06']],
  ])('%s → months', (text, months) => {
    const r = parseTiming(text, y2024);
    expect(r.timing).toEqual({ text, kind: 'months', months });
    expect(r.outside).toEqual([]);
  });

  it('places day/month without a year inside a school year', () => {
    expect(parseTiming('20/11', school).timing.months).toEqual(['2023-11']);
    expect(parseTiming('8/3', school).timing.months).toEqual(['2024-03']);
    expect(parseTiming('từ tháng 10 đến tháng 12', school).timing.months).toEqual(['2023-10', '2023-11', '2023-12']);
  });

  it('repeats a yearless month in every year of a term', () => {
    expect(parseTiming('tháng 5', term).timing.months).toEqual(['2025-05', '2026-05', '2027-05', '2028-05', '2029-05', '2030-05']);
  });

  it('reports months outside the period instead of keeping them', () => {
    const r = parseTiming('trong tháng 5 năm 2023', y2024);
    expect(r.timing.kind).toBe('unspecified');
    expect(r.outside).toEqual(['2023-05']);
    const clipped = parseTiming('từ tháng 11/2024 đến tháng 2/2025', y2024);
    expect(clipped.timing.months).toEqual(['2024-11', '2024-12']);
    expect(clipped.outside).toEqual(['2025-01', '2025-02']);
  });
});

describe('inlineTiming', () => {
  it('reads timing a task states with a cue word', () => {
    expect(inlineTiming('Tổ chức hội thao, thời gian dự kiến trong tháng 5', y2024)?.timing.months).toEqual(['2024-05']);
    expect(inlineTiming('Tọa đàm nhân dịp kỷ niệm Ngày truyền thống ngành 1/8', y2024)?.timing.months).toEqual(['2024-08']);
    expect(inlineTiming('Thăm hỏi nữ đoàn viên vào các ngày lễ như: 08/3, 20/10', y2024)?.timing.months).toEqual(['2024-03', '2024-10']);
    expect(inlineTiming('Thường xuyên nắm bắt tâm tư đoàn viên', y2024)?.timing.kind).toBe('continuous');
  });
  it('reads an explicit "Thời gian: …" inside the sentence whatever its kind', () => {
    expect(inlineTiming('Thăm hỏi đoàn viên ốm đau. Thời gian: thường xuyên.', y2024)?.timing).toMatchObject({ kind: 'continuous', text: 'thường xuyên' });
    expect(inlineTiming('Hội nghị cán bộ. Thời gian thực hiện: Quý II/2024', y2024)?.timing.months).toEqual(['2024-04', '2024-05', '2024-06']);
    expect(inlineTiming('Ghi chép thời gian: chưa rõ', y2024)).toBeNull();
  });
  it('ignores dates that cite documents', () => {
    expect(inlineTiming('Quán triệt Nghị quyết 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị', y2024)).toBeNull();
  });
});

describe('timing in running text (issue #16)', () => {
  const y = (s: string, p = y2024) => inlineTiming(s, p)?.timing.months ?? null;
  it('reads dates anywhere in a sentence', () => {
    expect(y('Tổ chức hội thao giữa các tổ vào ngày 26/3')).toEqual(['2024-03']);
    expect(y('Gặp mặt nhân ngày Thương binh liệt sĩ 27/7.')).toEqual(['2024-07']);
    expect(y('Hội nghị CB, CC, VC được tổ chức vào ngày 23 tháng 9 năm 2024')).toEqual(['2024-09']);
    expect(y('Một buổi sáng thứ bảy ngày 09-03-2024') ?? y('Một buổi sáng thứ bảy ngày 09/03/2024')).toEqual(['2024-03']);
  });
  it('reads named days: the commemorations, Tháng Công nhân, Tết Trung thu in its solar month', () => {
    expect(y('Ngày Quốc tế thiếu nhi, Tết Trung Thu')).toEqual(['2024-06', '2024-09']);
    expect(y('Hưởng ứng Tháng Công nhân')).toEqual(['2024-05']);
    expect(y('Chào mừng ngày Nhà giáo Việt Nam')).toEqual(['2024-11']);
    expect(y('Tuyên dương nhân ngày Gia đình Việt Nam')).toEqual(['2024-06']);
    expect(y('Vui Tết Trung thu cho con đoàn viên', period('2023-2024'))).toEqual(['2023-09']);
  });
  it('reads lunar dates, and "trước" the first days of a month as the month before', () => {
    expect(parseTiming('Trước ngày rằm tháng 8 âm lịch năm Canh Tý – 2020', period('2020')).timing.months).toEqual(['2020-09']);
    expect(parseTiming('trước ngày 05/10', y2024).timing.months).toEqual(['2024-09']);
    expect(parseTiming('trước 09/4', y2024).timing.months).toEqual(['2024-04']);
  });
  it('reads day ranges across months', () => {
    expect(parseTiming('Từ tháng 10/2024 đến 31/12/2024', y2024).timing.months).toEqual(['2024-10', '2024-11', '2024-12']);
  });
  it('does not read a cited document\'s date, an anniversary\'s founding date, years or money as timing', () => {
    expect(y('Thực hiện Kế hoạch số 03/KH-LĐLĐ ngày 16/02/2024 của Liên đoàn Lao động thành phố')).toBeNull();
    expect(y('Công văn số 240/LĐLĐ ngày 11 tháng 9 năm 2024 của LĐLĐ tỉnh')).toBeNull();
    expect(y('Kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2024)')).toEqual(['2024-07']);
    expect(y('Chi 2.000.000 đồng cho năm 2024')).toBeNull();
  });
  it('lets an explicit "thời gian …" in the sentence speak for it', () => {
    expect(inlineTiming('Tổ chức Tháng Công nhân; thời gian dự kiến trong tháng 6', y2024)).toMatchObject({ strength: 'explicit', timing: { months: ['2024-06'] } });
    expect(inlineTiming('Vui Tết Trung thu', y2024)).toMatchObject({ strength: 'mentioned' });
  });
});

describe('ranges bound by their words, the summer, and days that are names', () => {
  const y = (s: string, p = y2024) => inlineTiming(s, p)?.timing.months ?? null;
  it.each([
    ['Giải cầu lông chào mừng 30/4 và 1/5 diễn ra từ tháng 6 đến tháng 8 năm 2024', ['2024-06', '2024-07', '2024-08']],
    ['Đăng ký tham gia từ 1/4 đến ngày 15/4/ 2024', ['2024-04']],
    ['Tập luyện đội văn nghệ từ ngày 20/11 đến hết ngày 5/12/2024', ['2024-11', '2024-12']],
    ['Hội thao diễn ra từ 8h ngày 20/3 đến 17h ngày 21/3', ['2024-03']],
    ['Sửa chữa nhà công vụ từ tháng 3 đến tháng 5; tổng kết vào tháng 8', ['2024-03', '2024-04', '2024-05', '2024-08']],
    ['Ủng hộ quỹ từ thiện nhân ngày 20/10', ['2024-10']],
  ])('%s', (text, months) => {
    expect(y(text)).toEqual(months);
  });
  it('puts a start without its year in the end\'s year, or the year before when it comes later in the calendar', () => {
    const school = period('2023-2024');
    expect(y('Từ tháng 9/2023 đến tháng 11/2023 thi đua chào mừng ngày 20/11', school)).toEqual(['2023-09', '2023-10', '2023-11']);
    expect(y('Vận động ủng hộ từ tháng 11 đến tháng 2 năm 2024', school)).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(y('Khảo sát nhu cầu từ 15/12/2023 – 10/01/2024', school)).toEqual(['2023-12', '2024-01']);
  });
  it.each([
    ['Tổ chức tham quan cho đoàn viên trong dịp hè 2024', y2024, ['2024-06', '2024-07', '2024-08']],
    ['Sinh hoạt hè cho con đoàn viên', period('2023-2024'), ['2024-06', '2024-07', '2024-08']],
    ['Kỳ nghỉ hè năm 2024 tổ chức nghỉ mát', y2024, ['2024-06', '2024-07', '2024-08']],
    ['Tham quan Hội An hè 2024', y2024, ['2024-06', '2024-07', '2024-08']],
    ['Dọn vỉa hè trước cổng trường', y2024, null],
    ['Pha chè mời khách trong hội nghị', y2024, null],
  ])('the summer: %s', (text, p, months) => {
    expect(y(text, p)).toEqual(months);
  });
  it('does not read a school or firm named after a day as a time', () => {
    expect(y('Giao lưu với Trường Mầm non 28/8 Tây Trà')).toBeNull();
    expect(y('Công đoàn Công ty 19/5 tổ chức hội thao ngày 26/3')).toEqual(['2024-03']);
    expect(y('Tập huấn tại trường THCS 2/9, ngày 15/10')).toEqual(['2024-10']);
  });
});

describe('a rhythm set off at the end of a task', () => {
  it.each([
    ['Thăm hỏi đoàn viên ốm đau: thường xuyên.', 'continuous', 'thường xuyên'],
    ['Cập nhật sổ sách tài chính (hằng tháng)', 'periodic', 'hằng tháng'],
    ['Kiểm tra việc thu đoàn phí – định kỳ', 'periodic', 'định kỳ'],
    ['Nắm bắt tâm tư đoàn viên - Cả năm', 'continuous', 'Cả năm'],
    ['Hỗ trợ đoàn viên gặp hoạn nạn: đột xuất;', 'adhoc', 'đột xuất'],
  ])('%s', (text, kind, words) => {
    expect(inlineTiming(text, y2024)?.timing).toMatchObject({ kind, text: words });
  });
  it('is not a rhythm word inside the sentence', () => {
    expect(inlineTiming('Duy trì sinh hoạt thường xuyên của các tổ vào tháng 3', y2024)?.timing.months).toEqual(['2024-03']);
  });
});

describe('days of one month, and a cited document\'s date', () => {
  const year2019 = { kind: 'year' as const, from: '2019-01', to: '2019-12' };
  it('reads "15-17/07/2019" as days of July, closed without "đến"', () => {
    expect(inlineTiming('Chương trình 1: nghỉ dưỡng, 03 ngày 02 đêm, (dự kiến từ ngày 15-17/07/2019)', year2019)?.timing.months).toEqual(['2019-07']);
    expect(inlineTiming('khởi hành từ 20 – 25/07/2019', year2019)?.timing.months).toEqual(['2019-07']);
    expect(parseTiming('từ ngày 5-13/9', year2019).timing.months).toEqual(['2019-09']);
  });
  it('keeps reading a range of full dates with a dash', () => {
    expect(parseTiming('từ 1/7/2019-30/9/2019', year2019).timing.months).toEqual(['2019-07', '2019-08', '2019-09']);
  });
});
