import { isCapitalsHeading, readMarker, romanValue } from '../../../src/domain/parse/outline';

describe('readMarker: numbering in every style officers type', () => {
  it.each([
    ['I. MỤC ĐÍCH', 'part', 'I', 'part.'], ['II- CHỈ TIÊU', 'part', 'II', 'part-'], ['III/ NHIỆM VỤ', 'part', 'III', 'part/'], ['IV.quy định chung:', 'part', 'IV', 'part.'],
    ['II Đối tượng tham gia:', 'part', 'II', 'part.'], ['Phần ITuyên truyền', 'part', 'I', 'part-word-phần'], ['PHẦN 1: KẾ HOẠCH CHUNG', 'part', '1', 'part-word-phần'],
    ['A. PHẦN CHUNG', 'upper-letter', 'A', 'upper-letter.'],
    ['1. Mục đích', 'number', '1', 'number.'], ['1- Công tác tuyên truyền', 'number', '1', 'number-'], ['2) Chăm lo', 'number', '2', 'number)'], ['3/ Kiểm tra', 'number', '3', 'number/'],
    ['2.Đôi nam nữ', 'number', '2', 'number.'], ['1 Mục đích', 'number', '1', 'number.'],
    ['1.1. Tuyên truyền', 'subnumber', '1.1', 'subnumber2'], ['2.3.1 Hội nghị', 'subnumber', '2.3.1', 'subnumber3'],
    ['a) Tổ chức', 'letter', 'a', 'letter)'], ['b. Thăm hỏi', 'letter', 'b', 'letter.'],
    ['- Tổ chức', 'bullet', '-', 'bullet-'], ['– Tổ chức', 'bullet', '–', 'bullet-'], ['+ Thăm hỏi', 'bullet', '+', 'bullet+'], ['• Nhằm', 'bullet', '•', 'bullet•'], ['* Ghi chú', 'bullet', '*', 'bullet*'], ['- 100% đoàn viên', 'bullet', '-', 'bullet-'],
  ])('%s', (line, kind, label, style) => {
    expect(readMarker(line)).toMatchObject({ kind, label, style });
  });
  it.each(['1/8 là ngày truyền thống', '2-3 ngày', '6 giờ 30 phút xe chạy', '20/10/2024', 'Tổ chức hội thao', '1.200 đoàn viên', 'Ivan'])('"%s" is not numbered', (line) => {
    expect(readMarker(line)).toBeNull();
  });
  it.each([
    ['13h45-14h00 1 Thắp hương Đài tưởng niệm', '13h45-14h00', 'Thắp hương Đài tưởng niệm'],
    ['7h30: Đón tiếp đại biểu', '7h30', 'Đón tiếp đại biểu'],
    ['14:00 - 15:30 Thảo luận ở tổ', '14:00-15:30', 'Thảo luận ở tổ'],
    ['8 giờ - Khai mạc hội nghị', '8giờ', 'Khai mạc hội nghị'],
    ['9h15 – 9h45 12 Phát biểu chỉ đạo', '9h15–9h45', 'Phát biểu chỉ đạo'],
    ['14h00-14h10 2', '14h00-14h10', ''],
  ])('an agenda row opens with its time: %s', (line, label, rest) => {
    expect(readMarker(line)).toEqual({ kind: 'bullet', label, style: 'bullet-time', rest });
  });
  it.each(['14 giờ, thứ 4, họp ban văn thể', '12 học sinh - giỏi', '2 hội thao – 3 hội diễn'])('"%s" opens with no time row', (line) => {
    expect(readMarker(line)?.style).not.toBe('bullet-time');
  });
  it('reads Roman numerals and refuses what is not one', () => {
    expect([romanValue('IV'), romanValue('IX'), romanValue('XIV'), romanValue('IIV'), romanValue('VV')]).toEqual([4, 9, 14, null, null]);
  });
  it('tells a heading in capitals from a sentence', () => {
    expect(isCapitalsHeading('NHIỆM VỤ TRỌNG TÂM')).toBe(true);
    expect(isCapitalsHeading('Nhiệm vụ trọng tâm')).toBe(false);
    expect(isCapitalsHeading('BCH')).toBe(false);
  });
});
