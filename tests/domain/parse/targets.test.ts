import { findTargets } from '../../../src/domain/parse/targets';

const one = (text: string, counts = true) => {
  const found = findTargets(text, '', counts);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('findTargets (docs/domain.md#targets)', () => {
  it('reads a count to add', () => {
    expect(one('Kết nạp mới: tăng thêm 85 đoàn viên')).toMatchObject({ comparator: '>=', value: 85, percent: false, unit: 'đoàn viên', rule: 'sum' });
    expect(one('Thành lập mới công đoàn cơ sở: 02 doanh nghiệp')).toMatchObject({ value: 2, unit: 'doanh nghiệp' });
  });
  it('reads percentages with their comparator', () => {
    expect(one('Tổ chức đối thoại định kỳ: đạt 100%')).toMatchObject({ comparator: '>=', value: 100, percent: true, unit: null });
    expect(one('Có trên 85% CĐCS xếp loại hoàn thành tốt nhiệm vụ')).toMatchObject({ comparator: '>', value: 85, unit: 'CĐCS', rule: 'unit-share' });
    expect(one('Mỗi CĐCS có ít nhất 10% đoàn viên tham gia hiến máu')).toMatchObject({ comparator: '>=', value: 10, unit: 'đoàn viên', rule: 'unit-share' });
    expect(one('Tỷ lệ nợ đọng kinh phí không quá 5% tổng số phải thu')).toMatchObject({ comparator: '<=', value: 5 });
    expect(one('Tai nạn lao động dưới 2% số lao động')).toMatchObject({ comparator: '<', value: 2 });
    expect(one('Đoàn viên được tuyên truyền pháp luật đạt 90,5%')).toMatchObject({ value: 90.5 });
  });
  it('reads a fraction as value and base', () => {
    expect(one('Phấn đấu 3/3 tổ công đoàn đạt vững mạnh', false)).toMatchObject({ value: 3, base: 3, unit: 'tổ công đoàn', percent: false });
  });
  it('reads "không có … không hoàn thành" as a ceiling of zero units', () => {
    expect(one('Không có CĐCS không hoàn thành nhiệm vụ', false)).toMatchObject({ comparator: '<=', value: 0, unit: 'CĐCS', rule: 'unit-count' });
  });
  it('finds every target of one sentence, each with its own clause', () => {
    const found = findTargets('Phấn đấu có trên 85% CĐCS hoàn thành tốt nhiệm vụ, trong đó 15% CĐCS hoàn thành xuất sắc nhiệm vụ, không có CĐCS không hoàn thành nhiệm vụ.', '2.2', false);
    expect(found.map((t) => [t.comparator, t.value, t.percent])).toEqual([['>', 85, true], ['>=', 15, true], ['<=', 0, false]]);
    expect(found[1].text).toBe('trong đó 15% CĐCS hoàn thành xuất sắc nhiệm vụ');
    expect(found.every((t) => t.section === '2.2')).toBe(true);
  });
  it('marks targets that apply only where there is a base', () => {
    expect(one('Giới thiệu ít nhất 1 đoàn viên ưu tú cho Đảng (nếu có)').conditional).toBe(true);
  });
  it('does not read dates, document numbers, years or qualifiers as targets', () => {
    expect(findTargets('Thực hiện Kế hoạch số 12-KH/LĐLĐ ngày 15/3/2026 trong năm 2026', '', true)).toEqual([]);
    expect(findTargets('Thành lập CĐCS ở doanh nghiệp từ 10 - dưới 25 lao động: đạt 100%', '', true).map((t) => t.value)).toEqual([100]);
    expect(findTargets('Phối hợp với 6 tổ chức chính trị - xã hội', '', false)).toEqual([]);
  });
});

describe('targets anywhere in a sentence (issue #16)', () => {
  const all = (text: string, counts = false) => findTargets(text, '', counts).map((t) => [t.comparator, t.value, t.percent, t.base]);
  it.each([
    ['Thu kinh phí công đoàn tại 4/4 khối doanh nghiệp', [['>=', 4, false, 4]]],
    ['giới thiệu ít nhất 02 đoàn viên ưu tú cho Đảng xem xét kết nạp', [['>=', 2, false, null]]],
    ['Mỗi tổ đăng ký ít nhất một công trình', [['>=', 1, false, null]]],
    ['Phấn đấu phát triển 1,5 triệu đoàn viên', [['>=', 1500000, false, null]]],
    ['95% doanh nghiệp có từ 20 lao động trở lên thành lập công đoàn', [['>=', 95, true, null]]],
    ['giới thiệu ít nhất 01 (một) đoàn viên ưu tú', [['>=', 1, false, null]]],
    ['Phấn đấu đến năm 2018 có 10 triệu đoàn viên', [['>=', 10000000, false, null]]],
    ['gửi dự thi ít nhất 01 video clip', [['>=', 1, false, null]]],
    ['Tỷ lệ tai nạn lao động giảm 5%', [['>=', 5, true, null]]],
    ['Phát triển thêm 1.200 đoàn viên', [['>=', 1200, false, null]]],
  ])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });
  it('never reads anniversaries, dates, times, article numbers or money as targets', () => {
    expect(all('Kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2024)', true)).toEqual([]);
    expect(all('Mỗi phần quà trị giá 80.000 đồng; hỗ trợ 5 triệu đồng', true)).toEqual([]);
    expect(all('Đúng 6 giờ 00 phút tập trung tại cổng trường', true)).toEqual([]);
    expect(all('Theo Điều 5 Luật Công đoàn và Nghị định 04/2015/NĐ-CP', true)).toEqual([]);
    expect(all('Xếp loại Hoàn thành xuất sắc nhiệm vụ đạt 97/100 điểm', true)).toEqual([]);
  });
  it('reads a bare count in a task only where a word says it is a target', () => {
    expect(all('Tổ chức 02 lớp tập huấn cho cán bộ công đoàn')).toEqual([]);
    expect(all('Tổ chức 02 lớp tập huấn cho cán bộ công đoàn', true)).toEqual([['>=', 2, false, null]]);
  });
});

describe('a floor after a target\'s verb, and what a plan undertakes to give', () => {
  const all = (text: string) => findTargets(text, '', false).map((t) => [t.comparator, t.value, t.percent, t.unit]);
  it('reads "từ N" after the verb of a target as its floor', () => {
    expect(all('phát triển mới từ 300 đoàn viên')).toEqual([['>=', 300, false, 'đoàn viên']]);
    expect(all('kết nạp từ 50 đoàn viên trở lên')).toEqual([['>=', 50, false, 'đoàn viên']]);
  });
  it('still takes "có từ N lao động" for a condition on what is counted', () => {
    expect(all('thành lập công đoàn ở doanh nghiệp có từ 25 lao động trở lên')).toEqual([]);
  });
  it('counts what is given, whatever it is', () => {
    expect(all('trao tặng 2.000 áo dài cho nữ đoàn viên có hoàn cảnh khó khăn')).toEqual([['>=', 2000, false, 'áo dài']]);
    expect(all('tặng 10.000 phần quà cho đoàn viên công đoàn')).toEqual([['>=', 10000, false, 'phần quà']]);
    expect(all('tặng quà cho các cháu và hỗ trợ 500.000 đồng')).toEqual([]);
  });
});
