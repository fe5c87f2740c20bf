import { findNamedDays, namedDayDates } from '../../../src/domain/calendar/commemoration';

describe('named days (docs/domain.md#timing)', () => {
  const names = (s: string) => findNamedDays(s).map((m) => m.day.name);
  it('finds the days plans name without their date', () => {
    expect(names('Ngày Quốc tế thiếu nhi, Tết Trung Thu')).toEqual(['Ngày Quốc tế thiếu nhi', 'Tết Trung thu']);
    expect(names('nhân ngày Gia đình Việt Nam và ngày Nhà giáo Việt Nam')).toEqual(['Ngày Gia đình Việt Nam', 'Ngày Nhà giáo Việt Nam']);
    expect(names('Tháng Công nhân, Tháng hành động về an toàn, vệ sinh lao động')).toEqual(['Tháng Công nhân', 'Tháng Công nhân']);
    expect(names('kỷ niệm ngày thành lập Công đoàn Việt Nam; ngày Thương binh - Liệt sỹ')).toEqual(['Ngày thành lập Công đoàn Việt Nam', 'Ngày Thương binh - Liệt sĩ']);
    expect(names('chăm lo Tết cho đoàn viên')).toEqual(['Tết Nguyên đán']);
  });
  it('does not take an organisation for its day', () => {
    expect(names('dưới sự lãnh đạo của Đảng Cộng sản Việt Nam, tổ chức Công đoàn Việt Nam')).toEqual([]);
  });
  it('gives the solar dates, lunar days converted for the year', () => {
    const [trungThu] = findNamedDays('Tết Trung thu');
    expect(namedDayDates(trungThu.day, [2023, 2024])).toEqual(['2023-09-29', '2024-09-17']);
    const [tet] = findNamedDays('Tết Nguyên đán');
    expect(namedDayDates(tet.day, [2026])).toEqual(['2026-02-17']);
  });
});
