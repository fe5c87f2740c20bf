import { bodyFromOpening, bodyFromSignature, bodyFromTitle, completeName, ownClause } from '../../../src/domain/parse/issuingBody';
import { nameCase, restoreAccents } from '../../../src/domain/parse/names';

describe('the issuing body named in running text', () => {
  it.each([
    ['Ban Thường vụ Liên đoàn Lao động huyện xây dựng kế hoạch thực hiện năm 2024', 'Liên đoàn Lao động huyện'],
    ['trong năm học 2023-2024 CĐCS trường THCS Mỹ Tú cần thực hiện một số nhiệm vụ', 'CĐCS trường THCS Mỹ Tú'],
    ['khắc phục tồn tại, Công đoàn Trường THPT Lê Quý Đôn – Lâm Hà tập trung triển khai những nhiệm vụ', 'Công đoàn Trường THPT Lê Quý Đôn – Lâm Hà'],
    ['Căn cứ hướng dẫn số 39/HD-CĐN của Ban Thường vụ Công đoàn Giáo dục Đại Từ hướng dẫn triển khai; BCH Công đoàn trường THCS Lục Ba xây dựng phương hướng', 'Công đoàn trường THCS Lục Ba'],
  ])('opening: %s', (text, body) => {
    expect(bodyFromOpening(text)).toBe(body);
  });
  it('does not take a cited document\'s body or "Công đoàn các cấp"', () => {
    expect(bodyFromOpening('Thực hiện Nghị quyết Đại hội Công đoàn các cấp nhiệm kỳ 2023-2028 của Ban Chấp hành Liên đoàn Lao động tỉnh về việc')).toBeNull();
  });
  it.each([
    ['KẾ HOẠCH hoạt động Công đoàn cơ sở Ban Tuyên giáo Tỉnh ủy năm 2024', 'Công đoàn cơ sở Ban Tuyên giáo Tỉnh ủy'],
    ['KẾ HOẠCH Tổ chức sinh hoạt Trong nữ cán bộ, đoàn viên của Công đoàn Trường THCS Chu Văn An', 'Công đoàn Trường THCS Chu Văn An'],
  ])('title: %s', (title, body) => {
    expect(bodyFromTitle(title)).toBe(body);
  });
  it('reads no body from a title that names only its period', () => {
    expect(bodyFromTitle('KẾ HOẠCH CÔNG ĐOÀN Năm học 2018 – 2019')).toBeNull();
    expect(bodyFromTitle('BÁO CÁO TỔNG KẾT HOẠT ĐỘNG CÔNG ĐOÀN NĂM HỌC 2021-2022')).toBeNull();
  });
  it('reads a signature that names its body', () => {
    expect(bodyFromSignature('TM. BAN CHẤP HÀNH CÔNG ĐOÀN TRƯỜNG THCS AN PHÚ')).toBe('CÔNG ĐOÀN TRƯỜNG THCS AN PHÚ');
    expect(bodyFromSignature('TM. BCH CĐCS')).toBeNull();
  });
});

describe('nameCase: a name in capitals in its usual spelling', () => {
  it.each([
    ['CÔNG ĐOÀN TRƯỜNG THCS NGUYỄN DU', 'Công đoàn Trường THCS Nguyễn Du'],
    ['LIÊN ĐOÀN LAO ĐỘNG HUYỆN DƯƠNG MINH CHÂU', 'Liên đoàn Lao động huyện Dương Minh Châu'],
    ['CÔNG ĐOÀN CƠ SỞ TRƯỜNG MẦM NON HOA SEN', 'Công đoàn cơ sở Trường Mầm Non Hoa Sen'],
    ['LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HỒ CHÍ MINH', 'Liên đoàn Lao động thành phố Hồ Chí Minh'],
    ['CĐCS TRƯỜNG THPT LÊ THÀNH TÔNG', 'CĐCS Trường THPT Lê Thành Tông'],
    ['Công đoàn phường An Khánh', 'Công đoàn phường An Khánh'],
    ['Công đoàn Trường THCS TÂN PHÚC', 'Công đoàn Trường THCS Tân Phúc'],
    ['CĐCS Tr. THCS TT BA TƠ', 'CĐCS Tr. THCS TT Ba Tơ'],
    ['Công đoàn Trường Đại học Kinh tế - ĐHQGHN', 'Công đoàn Trường Đại học Kinh tế - ĐHQGHN'],
  ])('%s', (caps, name) => {
    expect(nameCase(caps)).toBe(name);
  });
  it.each([
    ['Công đoàn Trường THCS Tân Phuc', ['công đoàn trường thcs tân phúc.'], 'Công đoàn Trường THCS Tân Phúc'],
    ['CÔNG ĐOÀN TRƯỜNG MAM NON HOA SEN', ['Kế hoạch của Trường Mầm non Hoa Sen'], 'CÔNG ĐOÀN TRƯỜNG MẦM NON HOA SEN'],
    ['LIEN DOAN LAO DONG HUYEN AN LAO', ['Liên đoàn Lao động huyện An Lão chỉ đạo'], 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN AN LÃO'],
    ['Công đoàn xã Ba', ['bà con xã Bà Điểm'], 'Công đoàn xã Ba'],
  ])('gives back accents a name lost: %s', (name, texts, full) => {
    expect(restoreAccents(name, texts)).toBe(full);
  });
});

describe('ownClause: the document\'s own words after its grounds', () => {
  it.each([
    ['Thực hiện kế hoạch công tác của Ban Chấp hành Công đoàn Trường nhiệm kỳ 30 (2010 - 2013); nhân dịp kỷ niệm 30/4, Công đoàn Trường sẽ tổ chức Giải Bóng đá từ tháng 3 đến tháng 5 năm 2012.', 'Công đoàn Trường sẽ tổ chức Giải Bóng đá từ tháng 3 đến tháng 5 năm 2012.'],
    ['Căn cứ Hướng dẫn số 12/HD-LĐLĐ của Liên đoàn Lao động huyện, Ban Chấp hành Công đoàn xã An Hòa xây dựng kế hoạch năm 2025 như sau:', 'Ban Chấp hành Công đoàn xã An Hòa xây dựng kế hoạch năm 2025 như sau:'],
    ['Thực hiện Kế hoạch của Công đoàn ngành, Công đoàn Trường THCS Lê Lợi tiếp tục triển khai Tháng Công nhân năm 2025', 'Công đoàn Trường THCS Lê Lợi tiếp tục triển khai Tháng Công nhân năm 2025'],
    ['Ban Chấp hành Công đoàn Trường Đại học Kinh tế thông báo kế hoạch tổ chức Ngày Phụ nữ Việt Nam', 'Ban Chấp hành Công đoàn Trường Đại học Kinh tế thông báo kế hoạch tổ chức Ngày Phụ nữ Việt Nam'],
  ])('%s', (text, own) => {
    expect(ownClause(text)).toBe(own);
  });
  it('is none where only a cited body acts ("… Công đoàn Mỹ Tú đã đề ra")', () => {
    expect(ownClause('Thực hiện mục tiêu Nghị quyết Đại hội XI Công đoàn Mỹ Tú đã đề ra')).toBeNull();
    expect(ownClause('Căn cứ Kế hoạch số 5/KH-LĐLĐ ngày 2/1/2025 của Liên đoàn Lao động tỉnh')).toBeNull();
  });
});

describe('names not cut short', () => {
  it.each([
    ['Ban Chấp hành Công đoàn Trường Đại học Kinh tế thông báo kế hoạch tổ chức Ngày Phụ nữ Việt Nam', 'Công đoàn Trường Đại học Kinh tế'],
    ['Công đoàn Trường Cao đẳng Y tế xây dựng kế hoạch năm 2025', 'Công đoàn Trường Cao đẳng Y tế'],
    ['BCH Công đoàn Trường Tiểu học tổ chức hội thi', 'Công đoàn Trường Tiểu học'],
    ['Công đoàn Trường THPT Lê Lợi – Đông Hà sẽ tổ chức Hội thao vào tháng 3', 'Công đoàn Trường THPT Lê Lợi – Đông Hà'],
  ])('opening: %s', (text, body) => {
    expect(bodyFromOpening(text)).toBe(body);
  });
  it('reads a numbered group of a union in a title', () => {
    expect(bodyFromTitle('KẾ HOẠCH HOẠT ĐỘNG CỦA TỔ 3 CÔNG ĐOÀN NĂM HỌC 2015 – 2016')).toBe('TỔ 3 CÔNG ĐOÀN');
    expect(bodyFromTitle('Kế hoạch công tác của Tổ Công đoàn Văn phòng năm 2025')).toBe('Tổ Công đoàn Văn phòng');
  });
  it.each([
    ['Tổ 3 Công đoàn', ['Kê hoạch tổ 3 Công đoàn Trường Tiểu học Thạch Điền năm học 2015-2016'], 'Tổ 3 Công đoàn Trường Tiểu học Thạch Điền'],
    ['Công đoàn Giáo dục huyện', ['Công đoàn Giáo dục huyện Phú Lộc đề nghị các trường thực hiện'], 'Công đoàn Giáo dục huyện Phú Lộc'],
    ['Công đoàn Trường Đại học', ['của Công đoàn Trường Đại học Sư phạm - ĐHĐN, cụ thể'], 'Công đoàn Trường Đại học Sư phạm - ĐHĐN'],
    ['Công đoàn Viên chức tỉnh', ['Nghị quyết Đại hội V Công đoàn Viên chức tỉnh Bình Định; các nghị quyết'], 'Công đoàn Viên chức tỉnh Bình Định'],
    ['Tổng Liên đoàn Lao động Việt Nam', ['Nơi ban hành: Tổng liên đoàn Lao động Việt Nam Người ký: Nguyễn Văn A'], 'Tổng Liên đoàn Lao động Việt Nam'],
    ['Công đoàn cơ sở xã An Hòa', ['ĐẠI HỘI CÔNG ĐOÀN CƠ SỞ XÃ AN HÒA LẦN THỨ III'], 'Công đoàn cơ sở xã An Hòa'],
    ['Công đoàn Trường THCS Lê Lợi', ['Công đoàn Trường THCS Lê Lợi tổ chức hội thao'], 'Công đoàn Trường THCS Lê Lợi'],
    ['Công đoàn Trường', ['văn phòng Công đoàn Trường và Đội trưởng các đội'], 'Công đoàn Trường'],
  ])('completes %s from the name written out', (name, texts, full) => {
    expect(completeName(name, texts)).toBe(full);
  });
});

describe('a name in running text ends with the name', () => {
  it('at a lower-case word after a kind of place', () => {
    expect(bodyFromOpening('Liên đoàn Lao động tỉnh tập trung vào 10 hoạt động nổi bật. Đó là tổ chức tôn vinh công nhân')).toBe('Liên đoàn Lao động tỉnh');
    expect(bodyFromOpening('Liên đoàn Lao động huyện Đông Anh tổ chức hội nghị')).toBe('Liên đoàn Lao động huyện Đông Anh');
  });
  it('at the end of a sentence', () => {
    expect(bodyFromOpening('Công đoàn Trường THCS An Phú chú trọng công tác thi đua. Đó là tổ chức hội thao')).toBe('Công đoàn Trường THCS An Phú');
  });
});

describe('a name holds no year', () => {
  it('ends before a year or a span of years', () => {
    expect(bodyFromTitle('báo cáo tổng kết nhiệm kỳ và phương hướng hoạt động công đoàn 2012-2015 Kính thưa')).toBeNull();
    expect(bodyFromTitle('KẾ HOẠCH hoạt động Công đoàn Trường THCS An Phú 2024')).toBe('Công đoàn Trường THCS An Phú');
  });
});
