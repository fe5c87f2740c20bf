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
    expect(one('Không có CĐCS không hoàn thành nhiệm vụ', false)).toMatchObject({ comparator: '=', value: 0, unit: 'CĐCS', rule: 'unit-count' });
  });
  it('finds every target of one sentence, each with its own clause', () => {
    const found = findTargets('Phấn đấu có trên 85% CĐCS hoàn thành tốt nhiệm vụ, trong đó 15% CĐCS hoàn thành xuất sắc nhiệm vụ, không có CĐCS không hoàn thành nhiệm vụ.', '2.2', false);
    expect(found.map((t) => [t.comparator, t.value, t.percent])).toEqual([['>', 85, true], ['>=', 15, true], ['=', 0, false]]);
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
