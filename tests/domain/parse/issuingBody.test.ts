import { bodyFromOpening, bodyFromSignature, bodyFromTitle, ownClause } from '../../../src/domain/parse/issuingBody';
import { nameCase } from '../../../src/domain/parse/names';

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
  ])('%s', (caps, name) => {
    expect(nameCase(caps)).toBe(name);
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
