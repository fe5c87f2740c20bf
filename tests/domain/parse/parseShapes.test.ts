import { parsePlanText } from '../../../src/domain/parse/parsePlanText';
import { parsedToPlan } from '../../../src/domain/parse/toPlan';

/** The shapes of real plans issue #16 lists, each read by a general rule. */
const lines = (...l: string[]) => l.join('\n');

describe('plan shapes', () => {
  it('reads sections numbered "1-", "2-" from the first one, and strips a Word bookmark', () => {
    const p = parsePlanText(lines('KẾ HOẠCH công tác năm 2025', 'II- NHIỆM VỤ', '1- Tuyên truyền', '- Tuyên truyền pháp luật', '2- Chăm lo', '- [bookmark: _GoBack]Thường xuyên thăm hỏi đoàn viên'));
    expect(p.tasks.map((t) => [t.section, t.text])).toEqual([['1', 'Tuyên truyền pháp luật'], ['2', 'Thường xuyên thăm hỏi đoàn viên']]);
    expect(p.tasks[1].timing.kind).toBe('continuous');
    expect(p.warnings.map((w) => w.code)).toContain('debris-stripped');
  });

  it('puts a monthly plan\'s tasks in its month unless they say otherwise', () => {
    const p = parsePlanText(lines('KẾ HOẠCH THÁNG 3/2025', '1. Tổ chức hội thao giữa các tổ', '2. Gặp mặt nữ đoàn viên nhân ngày 8/3', '3. Chuẩn bị Tháng Công nhân tháng 5'));
    expect(p.info.period).toEqual({ kind: 'month', from: '2025-03', to: '2025-03' });
    expect(p.tasks.map((t) => t.timing.months)).toEqual([['2025-03'], ['2025-03'], []]);
  });

  it('takes the year of "Kế hoạch tháng 11" from the school year the document names', () => {
    const p = parsePlanText(lines('Kế hoạch tháng 11', 'Năm học 2024-2025, công đoàn trường thực hiện như sau:', '- Tổ chức ngày Nhà giáo Việt Nam'));
    expect(p.info.period).toEqual({ kind: 'month', from: '2024-11', to: '2024-11' });
  });

  it('dates a review part\'s items by the month its heading names, and marks them done', () => {
    const p = parsePlanText(lines('KẾ HOẠCH HOẠT ĐỘNG CÔNG ĐOÀN THÁNG 5/2020', 'I. ĐÁNH GIÁ HOẠT ĐỘNG THÁNG 4/20120', '- Tuyên truyền phòng chống dịch.', 'II. KẾ HOẠCH THÁNG 5', '- Tổ chức ngày 19/5.'));
    expect(p.tasks.map((t) => [t.timing.months, t.done])).toEqual([[['2020-04'], true], [['2020-05'], false]]);
    expect(p.warnings.map((w) => w.code)).toContain('year-impossible');
    expect(parsedToPlan(p).tasks[0]).toMatchObject({ status: 'done', start: '2020-04' });
  });

  it('applies a "Thời gian thực hiện:" line to the bullets above it up to the previous heading', () => {
    const p = parsePlanText(lines('KẾ HOẠCH năm 2024', 'III. NHIỆM VỤ', '1. Tuyên truyền', '- Việc một', '- Việc hai', 'Thời gian thực hiện: Quý II/2024.', '2. Kiểm tra', '- Việc ba'));
    expect(p.tasks.map((t) => [t.text, t.timing.months.length])).toEqual([['Việc một', 3], ['Việc hai', 3], ['Việc ba', 0]]);
  });

  it('reads the responsible unit written under a task', () => {
    const p = parsePlanText(lines('KẾ HOẠCH năm 2024', '1. Tổ chức hội nghị cán bộ', 'Đơn vị thực hiện: Ban Thường vụ', 'Thời gian: tháng 1/2024'));
    expect(p.tasks).toMatchObject([{ text: 'Tổ chức hội nghị cán bộ', responsible: 'Ban Thường vụ', timing: { months: ['2024-01'] } }]);
  });

  it('reads a table with a header row: content, timing and who does it', () => {
    const p = parsePlanText(lines('KẾ HOẠCH năm 2024', '| TT | Nội dung | Thời gian | Người thực hiện |', '|---|---|---|---|', '| 1 | Hội nghị CBCCVC | Tháng 1/2024 | BCH |'));
    expect(p.tasks).toMatchObject([{ text: 'Hội nghị CBCCVC', responsible: 'BCH', timing: { months: ['2024-01'] } }]);
  });

  it('accounts for every line: header as info, purpose and preamble in other with their reason', () => {
    const text = lines('CÔNG ĐOÀN TRƯỜNG A', 'Số: 01/KH-CĐCS', 'KẾ HOẠCH năm 2024', 'Căn cứ kế hoạch của cấp trên, Ban Chấp hành xây dựng kế hoạch như sau:', 'I. MỤC ĐÍCH', '- Nâng cao nhận thức.', 'II. NHIỆM VỤ', '- Tổ chức hội thao ngày 26/3.', '', 'Nơi nhận:', '- Lưu VT.', 'TM. BAN CHẤP HÀNH', 'CHỦ TỊCH', 'Nguyễn Văn An');
    const p = parsePlanText(text);
    expect(p.lines.map((l) => `${l.line}:${l.placement}`)).toEqual(['1:info', '2:info', '3:info', '4:other', '5:other', '6:other', '7:other', '8:task', '10:info', '11:info', '12:info', '13:info', '14:info']);
    expect(p.other.map((o) => o.reason)).toEqual(['preamble', 'heading', 'purpose', 'heading']);
    expect(p.info).toMatchObject({ issuingBody: 'Công đoàn Trường A', recipients: ['Lưu VT.'], signerName: 'Nguyễn Văn An' });
  });

  it('reads the schedule annex after the signature', () => {
    const p = parsePlanText(lines('KẾ HOẠCH NĂM HỌC 2024-2025', '1. Nhiệm vụ', 'Thực hiện tốt công tác.', 'TM. BCH', 'CHỦ TỊCH', 'NỘI DUNG CÔNG TÁC CỤ THỂ HÀNG THÁNG', 'Tháng 9/2024', '- Khai giảng năm học', 'Tháng 10: Kỷ niệm ngày Phụ nữ Việt Nam 20/10'));
    expect(p.schedule.map((s) => [s.month, s.text])).toEqual([['2024-09', 'Khai giảng năm học'], ['2024-10', 'Kỷ niệm ngày Phụ nữ Việt Nam 20/10']]);
  });
});

describe('the agenda of a meeting', () => {
  const agenda = lines('CÔNG ĐOÀN CƠ SỞ XÃ AN HÒA', 'An Hòa, tháng 04 năm 2023', 'CHƯƠNG TRÌNH', 'ĐẠI HỘI CÔNG ĐOÀN CƠ SỞ XÃ AN HÒA LẦN THỨ III', 'Nhiệm kỳ 2023 - 2028',
    'PHIÊN TRÙ BỊ', '(Ngày 14/4/2023)', 'Thời gian TT Nội dung', '7h30-8h00 1 Đón tiếp đại biểu', '8h00-8h15 2', 'Văn nghệ chào mừng', '8h15: Khai mạc',
    'PHIÊN CHÍNH THỨC', '(Ngày 15/5/2023)', '7h30 - Bầu Ban Chấp hành khóa mới');
  it('takes its sessions\' dates for its period, not the congress\'s term', () => {
    const p = parsePlanText(agenda);
    expect(p.info.period).toEqual({ kind: 'range', from: '2023-04', to: '2023-05' });
    expect(p.info.place).toBe('An Hòa');
  });
  it('reads each timed row as a task in its session\'s month; the column names and a bare time are structure', () => {
    const p = parsePlanText(agenda);
    expect(p.tasks.map((t) => [t.text, t.timing.months])).toEqual([
      ['Đón tiếp đại biểu', ['2023-04']], ['Văn nghệ chào mừng', ['2023-04']], ['Khai mạc', ['2023-04']], ['Bầu Ban Chấp hành khóa mới', ['2023-05']],
    ]);
    expect(p.other.filter((o) => o.reason === 'heading').map((o) => o.text)).toEqual(['PHIÊN TRÙ BỊ', '(Ngày 14/4/2023)', 'Thời gian TT Nội dung', '8h00-8h15 2', 'PHIÊN CHÍNH THỨC', '(Ngày 15/5/2023)']);
  });
  it('takes the month of the cover page when no session is dated', () => {
    const p = parsePlanText(lines('An Hòa, tháng 04 năm 2023', 'CHƯƠNG TRÌNH HỘI NGHỊ CÁN BỘ VIÊN CHỨC', '1. Khai mạc', '2. Báo cáo kết quả'));
    expect(p.info.period).toEqual({ kind: 'range', from: '2023-04', to: '2023-04' });
  });
  it('reads a member table\'s header row as structure', () => {
    const p = parsePlanText(lines('KẾ HOẠCH CÔNG ĐOÀN NĂM 2025', 'I. ĐẶC ĐIỂM TÌNH HÌNH', 'TT Họ và tên Chức vụ Ghi chú', 'II. NHIỆM VỤ', '- Tuyên truyền'));
    expect(p.other.find((o) => o.text.startsWith('TT Họ'))?.reason).toBe('heading');
  });
});

describe('official letters and announcements', () => {
  const letter = lines('LĐLĐ HUYỆN AN LÃO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CÔNG ĐOÀN GIÁO DỤC Độc lập - Tự do - Hạnh phúc', 'Số: 1O5/CĐGD An Lão, ngày 02 tháng 10 năm 2024',
    'V/v tổ chức Hội thi cắm hoa', 'chào mừng ngày Phụ nữ Việt Nam 20/10', 'Kính gửi: Công đoàn các trường mầm non, tiểu học,', 'trung học cơ sở trên địa bàn huyện.',
    'Thực hiện Kế hoạch số 20/KH-LĐLĐ ngày 15/9/2024 của Liên đoàn Lao động huyện, Công đoàn Giáo dục đề nghị Công đoàn các trường thực hiện một số nội dung sau:',
    '1. Mỗi trường cử một đội tham gia.', '2. Nộp danh sách trước ngày 12/10/2024.');
  it('reads the subject as the title and its named day as the period; the address, wrapped, is preamble', () => {
    const p = parsePlanText(letter);
    expect(p.info).toMatchObject({ title: 'V/v tổ chức Hội thi cắm hoa chào mừng ngày Phụ nữ Việt Nam 20/10', period: { kind: 'range', from: '2024-10', to: '2024-10' }, place: 'An Lão', number: '1O5/CĐGD' });
    // The wrapped address is one line of the reader's (6–7).
    expect(p.other.filter((o) => o.reason === 'preamble').map((o) => o.line)).toEqual([6, 8]);
    expect(p.lines.find((l) => l.line === 7)?.placement).toBe('other');
    expect(p.tasks.map((t) => t.timing.months)).toEqual([['2024-10'], ['2024-10']]);
    expect(p.warnings.map((w) => w.code)).toContain('number-garbled');
  });
  it('reads an address made of bullets as preamble', () => {
    const p = parsePlanText(lines('THÔNG BÁO', 'Kính gửi:', '- BCH các Công đoàn bộ phận', '- Ủy viên Ban Văn thể', 'Công đoàn Trường thông báo lịch thi đấu như sau:', '- Ngày 26/3/2024: bốc thăm'));
    expect(p.other.filter((o) => o.reason === 'preamble').map((o) => o.line)).toEqual([2, 3, 4]);
    expect(p.tasks.map((t) => t.line)).toEqual([6]);
  });
  it('reads an opening that organises the event itself at a stated time as its first task, and its period', () => {
    const p = parsePlanText(lines('Kính gửi: Các Công đoàn bộ phận', 'Thực hiện chương trình công tác năm học 2023-2024; nhân dịp kỷ niệm 30/4 và 1/5, Công đoàn Trường sẽ tổ chức Giải cầu lông từ tháng 3 đến tháng 5 năm 2024.', 'Để Giải diễn ra sôi nổi, Thường vụ Công đoàn Trường thông báo như sau:', '- Đăng ký trước ngày 20/3/2024.'));
    expect(p.info.period).toEqual({ kind: 'range', from: '2024-03', to: '2024-05' });
    expect(p.tasks.map((t) => [t.line, t.timing.months])).toEqual([[2, ['2024-03', '2024-04', '2024-05']], [4, ['2024-03']]]);
  });
  it('keeps an opening that introduces the plan as preamble', () => {
    const p = parsePlanText(lines('KẾ HOẠCH HOẠT ĐỘNG NĂM 2025', 'Căn cứ Hướng dẫn của Liên đoàn Lao động huyện, Công đoàn xã An Hòa tổ chức các hoạt động chào mừng ngày 1/5 như sau:', '1. Thăm hỏi công nhân'));
    expect(p.other.map((o) => o.reason)).toEqual(['preamble']);
  });
});

describe('text an old font\'s conversion damaged', () => {
  it('gives back the lost "ư" and says so', () => {
    const p = parsePlanText(lines('Kế hoạch hoạt động nữ công', 'công đoàn trờng thcs an phú', 'năm học 2009 2010', '1. Hởng ứng phong trào thi đua, đăng ký đợc 100% đoàn viên'));
    expect(p.info.period).toEqual({ kind: 'school-year', from: '2009-09', to: '2010-08' });
    expect(p.tasks[0].text).toBe('Hưởng ứng phong trào thi đua, đăng ký được 100% đoàn viên');
    expect(p.warnings.map((w) => w.code)).toContain('letters-restored');
  });
});

describe('the issuing body in other layouts', () => {
  it('reads number, date and body from a page\'s lead line naming the document', () => {
    const p = parsePlanText(lines('Công văn số 17/KH-CĐSP ngày 5/3/2024 của Công đoàn Trường Đại học Sư phạm - ĐHĐN', 'Kính gửi: Các Công đoàn bộ phận', '1. Tổ chức giao lưu ngày 8/3'));
    expect(p.info).toMatchObject({ number: '17/KH-CĐSP', date: '2024-03-05', issuingBody: 'Công đoàn Trường Đại học Sư phạm - ĐHĐN', issuingBodyFrom: 'header' });
    expect(p.lines.find((l) => l.line === 1)?.placement).toBe('info');
  });
  it('reads a lead line that begins like a title as the lead line, not the title', () => {
    const p = parsePlanText(lines('Kế hoạch số 18/KH-CĐ ngày 02/10/2023 của Công đoàn Trường Đại học Nông Lâm - Đại học Huế', 'Căn cứ Chương trình công tác năm học 2023-2024, Ban Chấp hành Công đoàn Trường xây dựng kế hoạch tổ chức Hội thi cắm hoa chào mừng ngày 20/10 như sau:', '1. Thời gian: 8h00 ngày 18/10/2023.'));
    expect(p.info).toMatchObject({ number: '18/KH-CĐ', date: '2023-10-02', title: null, issuingBody: 'Công đoàn Trường Đại học Nông Lâm - Đại học Huế', period: { kind: 'range', from: '2023-10', to: '2023-10' } });
  });
  it('takes an untitled notice that organises one event for an event: its year is not a year\'s plan', () => {
    const p = parsePlanText(lines('Kính gửi: Các Công đoàn khoa, phòng', 'Ban Chấp hành Công đoàn Bệnh viện Đa khoa tỉnh Phú Thọ thông báo kế hoạch tổ chức Giải bóng bàn năm 2024 như sau:', '1. Thời gian: từ ngày 10/5 đến ngày 15/5/2024.'));
    expect(p.info.period).toBeNull();
    expect(p.tasks[0].timing.months).toEqual(['2024-05']);
  });
  it('does not take a cited document for the document\'s own', () => {
    const p = parsePlanText(lines('KẾ HOẠCH NĂM 2024', 'Căn cứ Công văn số 17/KH-LĐLĐ ngày 5/3/2024 của Liên đoàn Lao động huyện', '1. Tổ chức giao lưu'));
    expect(p.info.number).toBeNull();
  });
  it('joins the header\'s kind of body to the next line, cut from the motto, and gives back its accents from the title', () => {
    const p = parsePlanText(lines('Công đoàn Cộng hoà xã hội chủ nghĩa việt nam', 'Trường THCS AN PHU Độc lập Tự do Hạnh phúc', 'Kế hoạch hoạt động nữ công', 'công đoàn trường thcs an phú.', 'năm học 2024 2025', 'I. Nhiệm vụ', '- Tổ chức ngày 20/10'));
    expect(p.info).toMatchObject({ issuingBody: 'Công đoàn Trường THCS An Phú', period: { kind: 'school-year', from: '2024-09', to: '2025-08' } });
  });
  it('completes a group\'s name from the page\'s own title', () => {
    const p = parsePlanText(lines('Kế hoạch tổ 2 Công đoàn Trường Tiểu học An Phú năm học 2024-2025', 'KẾ HOẠCH HOẠT ĐỘNG CỦA TỔ 2 CÔNG ĐOÀN', 'NĂM HỌC 2024 – 2025', '1. Dự giờ thăm lớp'));
    expect(p.info.issuingBody).toBe('Tổ 2 Công đoàn Trường Tiểu học An Phú');
  });
});

describe('a plan without a stated period', () => {
  it('keeps each task\'s own dated months, whatever year they fall in, and warns of nothing outside', () => {
    const p = parsePlanText(lines('LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA', 'Số: 88/KH-LĐLĐ', 'Thanh Hóa, ngày 05 tháng 12 năm 2023', 'KẾ HOẠCH', 'Chăm lo Tết cho đoàn viên, người lao động Tết Giáp Thìn năm 2024',
      '1. Khảo sát đời sống công nhân trong tháng 12/2023.', '2. Trao quà vào tháng 01/2024.', '3. Tổng kết trước ngày 15/3/2024.'));
    expect(p.info.period).toBeNull();
    expect(p.tasks.map((t) => t.timing.months)).toEqual([['2023-12'], ['2024-01'], ['2024-03']]);
    expect(p.warnings.map((w) => w.code)).not.toContain('timing-outside-period');
  });
});
