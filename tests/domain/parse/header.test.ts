import { isAgendaTitle, isEventTitle, readLeadLine, readNumber, readPeriod, readPlaceDate } from '../../../src/domain/parse/header';
import { readHeaderBlock, splitBodies } from '../../../src/domain/parse/headerBlock';
import { readLines } from '../../../src/domain/parse/sourceLines';

describe('readNumber and readPlaceDate', () => {
  it.each([
    ['Số: 31/KH- LĐLĐ', '31/KH-LĐLĐ'], ['Số:03 /BC-CĐCS', '03/BC-CĐCS'], ['Số 01/KH-NC', '01/KH-NC'], ['Só: 12/KH-CĐ', '12/KH-CĐ'],
    ['Số: f!⁄2/CĐGD', 'f!⁄2/CĐGD'], ['Số: 301/CTr-CĐVC', '301/CTr-CĐVC'], ['Số: 1O5/KH-CĐ', '1O5/KH-CĐ'], ['Số: 04/2015/NĐ-CP', '04/2015/NĐ-CP'], ['Số: 57-KH/LĐLĐ', '57-KH/LĐLĐ'], ['Số 88-CTr/TU', '88-CTr/TU'], ['Số: /KH-CĐ', null], ['Số:…./BC-CĐ MGSB', null], ['Số trang 9', null],
  ])('%s → %s', (line, number) => {
    expect(readNumber(line)).toBe(number);
  });
  it('reads place and date in any layout, with or without the comma, and blank dates', () => {
    expect(readPlaceDate('Quảng Hùng, ngày2 tháng 5 năm 2020')).toMatchObject({ place: 'Quảng Hùng', date: '2020-05-02' });
    expect(readPlaceDate('Tp HCM ngày 20 tháng 09 năm 2017')).toMatchObject({ place: 'Tp HCM', date: '2017-09-20' });
    expect(readPlaceDate('Hà Nội, ngày … tháng … năm 2026')).toMatchObject({ place: 'Hà Nội', date: null, invalid: null });
    expect(readPlaceDate('An Phú, ngày 31 tháng 4 năm 2024')).toMatchObject({ date: null, invalid: '31/4/2024' });
    expect(readPlaceDate('Tổ chức vào ngày 20 tháng 5 năm 2024 tại hội trường')).toBeNull();
  });
});

describe('readPeriod: what a title says the plan covers', () => {
  const p = (title: string, ctx = {}) => readPeriod(title, ctx);
  it.each([
    ['KẾ HOẠCH THÁNG 3/2025', { kind: 'month', from: '2025-03', to: '2025-03' }],
    ['Kế hoạch hoạt động công đoàn tháng 5. 2020', { kind: 'month', from: '2020-05', to: '2020-05' }],
    ['Kế hoạch công tác quý II/2025', { kind: 'quarter', from: '2025-04', to: '2025-06' }],
    ['Báo cáo sơ kết 6 tháng đầu năm 2025', { kind: 'half-year', from: '2025-01', to: '2025-06' }],
    ['Kế hoạch từ tháng 4 đến tháng 5 năm 2025', { kind: 'range', from: '2025-04', to: '2025-05' }],
    ['Phát động thi đua từ 15/4 đến 31/5/2025', { kind: 'range', from: '2025-04', to: '2025-05' }],
    ['Kế hoạch tổ chức Tháng Công nhân năm 2024', { kind: 'range', from: '2024-05', to: '2024-05' }],
    ['Kế hoạch vui Tết Trung thu 2020', { kind: 'range', from: '2020-10', to: '2020-10' }],
    ['Tổ chức các hoạt động Hè năm 2018', { kind: 'range', from: '2018-06', to: '2018-08' }],
    ['Kỷ niệm 65 năm ngày thành lập Công đoàn Giáo dục Việt Nam (22/7/1951 - 22/7/2016)', { kind: 'range', from: '2016-07', to: '2016-07' }],
    ['KẾ HOẠCH HOẠT ĐỘNG NĂM HỌC: 2023-2024', { kind: 'school-year', from: '2023-09', to: '2024-08' }],
    ['KẾ HOẠCH CÔNG ĐOÀN 2017 -2018', { kind: 'school-year', from: '2017-09', to: '2018-08' }],
    ['Chương trình hành động nhiệm kỳ 2023 - 2028', { kind: 'term', from: '2023-01', to: '2028-12' }],
    ['Chương trình giai đoạn 2021-2025', { kind: 'range', from: '2021-01', to: '2025-12' }],
    ['BÁO CÁO TỔNG KẾT 5 NĂM PHONG TRÀO THI ĐUA (2006 - 2010)', { kind: 'range', from: '2006-01', to: '2010-12' }],
    ['Kế hoạch công tác công đoàn năm 2026', { kind: 'year', from: '2026-01', to: '2026-12' }],
  ])('%s', (title, period) => {
    expect(p(title)).toEqual(period);
  });
  it('places a month written without its year: by the school year, else the document\'s date', () => {
    expect(p('Kế hoạch tháng 11 năm học 2024-2025')).toEqual({ kind: 'month', from: '2024-11', to: '2024-11' });
    expect(p('Kế hoạch tháng 1', { date: '2024-12-28' })).toEqual({ kind: 'month', from: '2025-01', to: '2025-01' });
    expect(p('Kế hoạch tháng 11', { years: [2026] })).toEqual({ kind: 'month', from: '2026-11', to: '2026-11' });
  });
  it('takes a named day or "NGÀY 20/10" as a campaign in the document\'s year', () => {
    expect(p('KẾ HOẠCH TỔ CHỨC NGÀY 20/10', { date: '2020-10-10' })).toEqual({ kind: 'range', from: '2020-10', to: '2020-10' });
    expect(p('Kỷ niệm 85 năm ngày Phụ nữ Việt Nam (20/10/1930 - 20/10/2015)')).toEqual({ kind: 'range', from: '2015-10', to: '2015-10' });
  });
  it('does not take the term or year an event cites for the plan\'s period', () => {
    const title = 'KẾ HOẠCH Tổ chức Hội diễn văn nghệ chào mừng Đại hội Công đoàn Việt Nam lần thứ XIII, nhiệm kỳ 2023 - 2028';
    expect(isEventTitle(title)).toBe(true);
    expect(p(title)).toBeNull();
    expect(p('KẾ HOẠCH TỔ CHỨC HỘI THAO VÀ HỘI CHỢ NĂM 2019')).toBeNull();
    expect(p('Kế hoạch tổ chức các hoạt động chăm lo dịp Tết Nguyên đán Bính Ngọ 2026')).toBeNull();
    expect(isEventTitle('Tổ chức các Cuộc thi trực tuyến trong CNVCLĐ năm 2021')).toBe(false);
  });
});

describe('readHeaderBlock', () => {
  const header = (text: string) => readHeaderBlock(readLines(text).lines);
  it('reads two bodies, the motto between the lines of a long name, number, date and title', () => {
    const h = header('You are on page 1\nLIÊN ĐOÀN LAO ĐỘNG TP. HỒ CHÍ MINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCÔNG ĐOÀN KHỐI DN THƯƠNG MẠI TW Độc lập - Tự do - Hạnh phúc\nTẠI THÀNH PHỐ HỒ CHÍ MINH\nTP. Hồ Chí Minh, ngày 24 tháng 10 năm 2023\nSố: 142/KH-CĐK\nKẾ HOẠCH\nTổ chức Hội diễn văn nghệ\nI. MỤC ĐÍCH');
    expect(h).toMatchObject({ number: '142/KH-CĐK', place: 'TP. Hồ Chí Minh', date: '2023-10-24', title: 'KẾ HOẠCH Tổ chức Hội diễn văn nghệ' });
    expect(h.bodies).toEqual(['Liên đoàn Lao động TP. Hồ Chí Minh', 'Công đoàn Khối DN Thương mại TW tại thành phố Hồ Chí Minh']);
    expect([...h.preamble]).toEqual([0]);
  });
  it('reads a body typed in running case beside the motto, and one cut by it', () => {
    expect(header('Công đoàn Giáo dục Cầu Ngang CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM CĐCS Trường THCS Mỹ Long Nam Độc lập – Tự do – Hạnh phúc\nSố: 09/KH-CĐCS\nKẾ HOẠCH').bodies)
      .toEqual(['Công đoàn Giáo dục Cầu Ngang', 'CĐCS Trường THCS Mỹ Long Nam']);
    expect(header('CÔNG ĐOÀN - ĐOÀN TN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TRƯỜNG THPT NẬM TĂM\nSố: /KHPH-CĐCS-ĐTN\nKẾ HOẠCH').bodies).toEqual(['Công đoàn - Đoàn TN Trường THPT Nậm Tăm']);
  });
  it('splits two bodies flattened into one line', () => {
    expect(splitBodies('LIÊN ĐOÀN LAO ĐỘNG TP HUẾ CĐCS MẦM NON II')).toEqual(['LIÊN ĐOÀN LAO ĐỘNG TP HUẾ', 'CĐCS MẦM NON II']);
    expect(splitBodies('TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM')).toEqual(['TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM']);
  });
});

describe('header fields laid out in other ways', () => {
  it.each([
    ['Tượng Sơn, tháng 03 năm 2023', { place: 'Tượng Sơn', date: null, month: '2023-03' }],
    ['Phú Lộc, tháng 12 năm 2024.', { place: 'Phú Lộc', date: null, month: '2024-12' }],
    ['Số: 12/CĐGD Hà Tĩnh, ngày 14 tháng 9 năm 2015', { place: 'Hà Tĩnh', date: '2015-09-14', month: '2015-09' }],
    ['Số: 07/KH-CĐ Đông Hà, ngày 02 tháng 01 năm 2025', { place: 'Đông Hà', date: '2025-01-02' }],
    ['Hà Nội, ngày 30 tháng 4 năm 2024', { place: 'Hà Nội', date: '2024-04-30', month: '2024-04' }],
    ['Quận 3, ngày 12 tháng 9 năm 2022', { place: 'Quận 3', date: '2022-09-12' }],
    ['Số: 05/KH-CĐ Phường 12, ngày 01 tháng 6 năm 2024', { place: 'Phường 12', date: '2024-06-01' }],
  ])('%s', (line, fields) => {
    expect(readPlaceDate(line)).toMatchObject(fields);
  });
  it('does not take a sentence about a month for a place', () => {
    expect(readPlaceDate('Tổ chức hội thao vào tháng 3 năm 2024')).toBeNull();
    expect(readPlaceDate('Trong năm, tháng 5 năm 2024 tổ chức hội thao')).toBeNull();
    expect(readPlaceDate('bốc thăm vào 14 giờ 00, ngày 28 tháng 3 năm 2012')?.place ?? '').not.toMatch(/\d/);
    expect(readPlaceDate('nộp chậm nhất là thứ 2, ngày 26 tháng 3 năm 2012')?.place ?? '').not.toMatch(/\d/);
  });
});

describe('where a title stops', () => {
  const title = (...l: string[]) => readHeaderBlock(readLines(l.join('\n')).lines).title;
  it.each([
    [['CHƯƠNG TRÌNH', 'HỘI NGHỊ CÁN BỘ CÔNG CHỨC', 'Năm 2025', 'PHIÊN TRÙ BỊ'], 'CHƯƠNG TRÌNH HỘI NGHỊ CÁN BỘ CÔNG CHỨC Năm 2025'],
    [['KẾ HOẠCH', 'Tổ chức Hội thi cắm hoa năm 2024', 'Thực hiện sự chỉ đạo của Chi bộ, Ban chấp hành'], 'KẾ HOẠCH Tổ chức Hội thi cắm hoa năm 2024'],
    [['Kế hoạch hoạt động tháng 10 năm 2024', 'Đăng ngày: 02/10/2024 08:15:00'], 'Kế hoạch hoạt động tháng 10 năm 2024'],
    [['Kế hoạch hoạt động công đoàn năm học 2024 – 2025', 'Thứ hai - 09/09/2024 10:20'], 'Kế hoạch hoạt động công đoàn năm học 2024 – 2025'],
    [['BÁO CÁO TỔNG KẾT NĂM HỌC 2023-2024', 'VÀ PHƯƠNG HƯỚNG NĂM HỌC 2024-2025'], 'BÁO CÁO TỔNG KẾT NĂM HỌC 2023-2024 VÀ PHƯƠNG HƯỚNG NĂM HỌC 2024-2025'],
    [['KẾ HOẠCH', 'Tổ chức các hoạt động Hè năm 2025', 'Cho con đoàn viên công đoàn'], 'KẾ HOẠCH Tổ chức các hoạt động Hè năm 2025 Cho con đoàn viên công đoàn'],
    [['CHƯƠNG TRÌNH HÀNH ĐỘNG', 'Thực hiện Nghị quyết Đại hội Công đoàn tỉnh', 'nhiệm kỳ 2023 - 2028'], 'CHƯƠNG TRÌNH HÀNH ĐỘNG Thực hiện Nghị quyết Đại hội Công đoàn tỉnh nhiệm kỳ 2023 - 2028'],
    [['BÁO CÁO SƠ KẾT HỌC KỲ I', 'BÁO CÁO SƠ KẾT HỌC KỲ I', 'TM/BCH CHỦ TỊCH NGUYỄN VĂN AN'], 'BÁO CÁO SƠ KẾT HỌC KỲ I'],
    [['KẾ HOẠCH THI ĐUA NĂM HỌC 2024-2025', 'Đợt 1 (tháng 10 - 11/2024) chào mừng 20/11'], 'KẾ HOẠCH THI ĐUA NĂM HỌC 2024-2025'],
    [['KẾ HOẠCH', 'Căn cứ Kế hoạch số 15/KH-LĐLĐ của Liên đoàn Lao động huyện'], 'KẾ HOẠCH'],
    [['KẾ HOẠCH', 'Tổ chức giải bóng chuyền chào mừng 26/3', 'Thời gian: từ ngày 20/3 đến 25/3/2023'], 'KẾ HOẠCH Tổ chức giải bóng chuyền chào mừng 26/3'],
  ])('%j', (l, t) => {
    expect(title(...l)).toBe(t);
  });
});

describe('an agenda is one meeting: the term it names is the congress\'s', () => {
  it.each([
    ['CHƯƠNG TRÌNH ĐẠI HỘI CÔNG ĐOÀN CƠ SỞ XÃ AN BÌNH LẦN THỨ IV Nhiệm kỳ 2023 - 2028', true],
    ['Chương trình Hội nghị cán bộ, công chức, viên chức năm 2025', true],
    ['CHƯƠNG TRÌNH LỄ KỶ NIỆM 95 NĂM NGÀY THÀNH LẬP CÔNG ĐOÀN VIỆT NAM', true],
    ['Chương trình làm việc Hội thảo chuyên đề nữ công', true],
    ['CHƯƠNG TRÌNH HÀNH ĐỘNG thực hiện Nghị quyết Đại hội nhiệm kỳ 2023 - 2028', false],
    ['Chương trình công tác năm 2025', false],
    ['Chương trình phối hợp giữa Công đoàn và Đoàn thanh niên', false],
  ])('%s', (t, agenda) => {
    expect(isAgendaTitle(t)).toBe(agenda);
    if (agenda) expect(isEventTitle(t)).toBe(true);
  });
  it('reads no term for an agenda', () => {
    expect(readPeriod('CHƯƠNG TRÌNH ĐẠI HỘI CÔNG ĐOÀN CƠ SỞ XÃ AN BÌNH LẦN THỨ IV Nhiệm kỳ 2023 - 2028')).toBeNull();
  });
});

describe('a cover page: bodies, the document\'s own title, then the month', () => {
  const header = (text: string) => readHeaderBlock(readLines(text).lines);
  it('ends a body\'s name before the cover\'s title lines and reads the month of issue', () => {
    const h = header('LIÊN ĐOÀN LAO ĐỘNG HUYỆN AN LÃO\nCÔNG ĐOÀN CƠ SỞ XÃ AN HÒA\nVĂN KIỆN ĐẠI HỘI\nĐẠI HỘI CĐCS XÃ AN HÒA LẦN THỨ III\nNHIỆM KỲ 2023 - 2028\nAn Hòa, tháng 04 năm 2023\nCHƯƠNG TRÌNH\nĐẠI HỘI CÔNG ĐOÀN CƠ SỞ XÃ AN HÒA');
    expect(h.bodies).toEqual(['Liên đoàn Lao động huyện An Lão', 'Công đoàn cơ sở xã An Hòa']);
    expect(h).toMatchObject({ place: 'An Hòa', date: null, month: '2023-04', title: 'CHƯƠNG TRÌNH ĐẠI HỘI CÔNG ĐOÀN CƠ SỞ XÃ AN HÒA' });
  });
  it('still joins the second line of a long name', () => {
    expect(header('CÔNG ĐOÀN VIÊN CHỨC\nTỈNH QUẢNG TRỊ\nSố: 05/KH-CĐK\nĐông Hà, ngày 10 tháng 3 năm 2025\nKẾ HOẠCH').bodies).toEqual(['Công đoàn Viên chức tỉnh Quảng Trị']);
  });
});

describe('readPeriod on more shapes', () => {
  const p = (title: string, ctx = {}) => readPeriod(title, ctx);
  it.each<[string, object, { date?: string }]>([
    ['Kế hoạch hoạt động nữ công năm học 2009 2010', { kind: 'school-year', from: '2009-09', to: '2010-08' }, {}],
    ['KẾ HOẠCH CÔNG TÁC NĂM HỌC 2024/2025', { kind: 'school-year', from: '2024-09', to: '2025-08' }, {}],
    ['KẾ HOẠCH PHÁT TRIỂN ĐOÀN VIÊN ĐẾN NĂM 2023', { kind: 'range', from: '2021-09', to: '2023-12' }, { date: '2021-09-24' }],
    ['Kế hoạch thực hiện từ nay đến hết năm 2025', { kind: 'range', from: '2024-03', to: '2025-12' }, { date: '2024-03-02' }],
    ['Kế hoạch chuyển đổi số đến cuối năm 2026', { kind: 'range', from: '2026-02', to: '2026-12' }, { date: '2026-02-10' }],
    ['Về việc tổ chức các hoạt động nhân dịp Tết Trung thu năm 2015', { kind: 'range', from: '2015-09', to: '2015-09' }, {}],
    ['Công đoàn Trường sẽ tổ chức Giải Bóng đá từ tháng 3 đến tháng 5 năm 2012', { kind: 'range', from: '2012-03', to: '2012-05' }, {}],
    ['V/v tổ chức Hội thi cắm hoa chào mừng ngày 20/10', { kind: 'range', from: '2024-10', to: '2024-10' }, { date: '2024-10-01' }],
  ])('%s', (title, period, ctx) => {
    expect(p(title, ctx)).toEqual(period);
  });
  it('reads "đến năm" only from the date it counts from, and the first horizon, not a vision\'s', () => {
    expect(p('KẾ HOẠCH PHÁT TRIỂN ĐOÀN VIÊN ĐẾN NĂM 2023')).toEqual({ kind: 'year', from: '2023-01', to: '2023-12' });
    expect(p('Kế hoạch thực hiện Nghị quyết đến năm 2030, tầm nhìn đến năm 2045', { date: '2024-01-05' })).toEqual({ kind: 'range', from: '2024-01', to: '2030-12' });
  });
});

describe('an official letter\'s subject is its title', () => {
  it.each([
    ['LĐLĐ HUYỆN AN LÃO\nCÔNG ĐOÀN GIÁO DỤC\nSố: 12/CĐGD\nAn Lão, ngày 02 tháng 10 năm 2024\nV/v tổ chức Hội thi cắm hoa\nchào mừng ngày Phụ nữ Việt Nam 20/10\nKính gửi: Công đoàn các trường', 'V/v tổ chức Hội thi cắm hoa chào mừng ngày Phụ nữ Việt Nam 20/10'],
    ['CÔNG ĐOÀN GIÁO DỤC\nSố: 12/CĐGD\nAn Lão, ngày 02 tháng 10 năm 2024\nVề việc tham gia Giải bóng bàn năm 2024\nKính gửi: Công đoàn các trường', 'Về việc tham gia Giải bóng bàn năm 2024'],
  ])('%#', (text, title) => {
    expect(readHeaderBlock(readLines(text).lines).title).toBe(title);
  });
});

describe('a title that names its event at once', () => {
  it.each([
    ['KẾ HOẠCH Đại hội Công đoàn cơ sở xã Vĩnh Lộc A lần thứ VI, nhiệm kỳ 2023 - 2028', true],
    ['Kế hoạch Hội thao công nhân viên chức năm 2024', true],
    ['KẾ HOẠCH GIẢI BÓNG ĐÁ MINI NĂM 2025', true],
    ['Kế hoạch hoạt động công đoàn năm 2024', false],
    ['Kế hoạch giám sát việc thực hiện chế độ năm 2024', false],
  ])('%s', (t, event) => {
    expect(isEventTitle(t)).toBe(event);
  });
  it('reads no term for a congress\'s plan', () => {
    expect(readPeriod('KẾ HOẠCH Đại hội Công đoàn cơ sở xã Vĩnh Lộc A lần thứ VI, nhiệm kỳ 2023 - 2028')).toBeNull();
  });
});

describe('a union\'s committee in the header', () => {
  it('issues the plan, named with its union above it', () => {
    const h = readHeaderBlock(readLines('CÔNG ĐOÀN CÔNG TY ĐIỆN LỰC QUẢNG NGÃI\nBAN NỮ CÔNG\nKẾ HOẠCH HOẠT ĐỘNG NỮ CÔNG NĂM 2025').lines);
    expect(h.bodies).toEqual(['Công đoàn Công ty Điện lực Quảng Ngãi', 'Ban Nữ công Công đoàn Công ty Điện lực Quảng Ngãi']);
  });
  it('is not the executive committee that signs for the union', () => {
    const h = readHeaderBlock(readLines('CÔNG ĐOÀN TRƯỜNG THCS AN PHÚ\nBAN CHẤP HÀNH\nKẾ HOẠCH NĂM 2025').lines);
    expect(h.bodies).not.toContain('Ban Chấp hành Công đoàn Trường THCS An Phú');
  });
});

describe('header fields written otherwise (unseen documents, second batch)', () => {
  it('reads "SỐ:" in capitals', () => {
    expect(readNumber('CÔNG VĂN SỐ: 1245/TLĐ')).toBe('1245/TLĐ');
  });
  it('reads a date whose place is left blank, and a date in capitals on a line of its own', () => {
    expect(readPlaceDate('……, ngày 3 tháng 5 năm 2012')).toMatchObject({ place: null, date: '2012-05-03' });
    expect(readPlaceDate('NGÀY 01 THÁNG 8 NĂM 2006')).toMatchObject({ place: null, date: '2006-08-01', month: '2006-08' });
    // In running case such a line is more likely a day of a schedule.
    expect(readPlaceDate('Ngày 20 tháng 11 năm 2024')).toBeNull();
  });
  it('does not take a cited document\'s date for the document\'s place and date', () => {
    expect(readPlaceDate('- Tiếp tục thực hiện Kế hoạch 18/KH-TLĐ, ngày 28 tháng 02 năm 2014 của Tổng Liên đoàn Lao động Việt Nam về công tác gia đình')).toBeNull();
    expect(readPlaceDate('Hà Nội, ngày 28 tháng 02 năm 2014')).toMatchObject({ place: 'Hà Nội', date: '2014-02-28' });
  });
  it('reads the older spelling "nhiệm kì" and a month written "tháng 5-2024"', () => {
    expect(readPeriod('Chương trình hành động nhiệm kì 2023 - 2028')).toEqual({ kind: 'term', from: '2023-01', to: '2028-12' });
    expect(readPeriod('Tháng Công nhân (tháng 5-2024) với chủ đề')).toEqual({ kind: 'month', from: '2024-05', to: '2024-05' });
  });
  it('reads number, date and body from a news page\'s opening sentence', () => {
    expect(readLeadLine('Ngày 27/10/2025, Công đoàn Y tế Việt Nam đã có Kế hoạch 72/KH-CĐYT năm 2025 tổ chức các hoạt động chăm lo'))
      .toEqual({ number: '72/KH-CĐYT', date: '2025-10-27', body: 'Công đoàn Y tế Việt Nam' });
    expect(readLeadLine('Ngày 5/3/2024, LĐLĐ huyện Gia Lâm ban hành Kế hoạch số 12/KH-LĐLĐ về Tháng Công nhân')).toMatchObject({ number: '12/KH-LĐLĐ', date: '2024-03-05' });
    expect(readLeadLine('Ngày 5/3/2024, Công đoàn trường tổ chức hội thao')).toBeNull();
  });
  it('takes the page\'s own title above a lead line for preamble', () => {
    const h = readHeaderBlock(readLines('Toàn văn Kế hoạch 72/KH-CĐYT chăm lo Tết ra sao?\nNgày 27/10/2025, Công đoàn Y tế Việt Nam đã có Kế hoạch 72/KH-CĐYT tổ chức chăm lo\nTheo đó, các đơn vị thực hiện:').lines);
    expect([...h.preamble]).toEqual([0]);
    expect(h).toMatchObject({ number: '72/KH-CĐYT', date: '2025-10-27' });
  });
  it('reads a title behind a stray dash, and one in running case under the header\'s fields', () => {
    const dashed = readHeaderBlock(readLines('Công đoàn trường THCS Thạch Kim Độc lập - Tự do - Hạnh phúc\n-báo cáo\ntổng kết hoạt động công đoàn năm học 2006 – 2007\nPHƯƠNG HƯớng, nhiệm vụ năm học 2007 - 2008\nI. Đặc điểm tình hình').lines);
    expect(dashed.title).toMatch(/^báo cáo tổng kết hoạt động công đoàn năm học 2006 – 2007/);
    const lines = ['LIÊN ĐOÀN LAO ĐỘNG HUYỆN A', 'CÔNG ĐOÀN XÃ B', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 12/BC-CĐ', 'B, ngày 3 tháng 5 năm 2012', 'báo cáo tổng kết công tác công đoàn nhiệm kỳ 2007-2012', 'I. Kết quả'];
    // Twelve lines of a cover above push the fields down past the top twelve.
    const late = readHeaderBlock(readLines([...Array.from({ length: 8 }, (_, i) => `Trang bìa dòng ${i + 1} của văn bản này`), ...lines].join('\n')).lines);
    expect(late.title).toBe('báo cáo tổng kết công tác công đoàn nhiệm kỳ 2007-2012');
  });
  it('ends a title at a speech\'s greeting', () => {
    expect(readHeaderBlock(readLines('BÁO CÁO TỔNG KẾT CÔNG TÁC CÔNG ĐOÀN\nvà phương hướng hoạt động công đoàn\nKính thưa quý vị đại biểu').lines).title).toBe('BÁO CÁO TỔNG KẾT CÔNG TÁC CÔNG ĐOÀN và phương hướng hoạt động công đoàn');
  });
});
