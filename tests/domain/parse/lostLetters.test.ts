import { restoreLostU } from '../../../src/domain/parse/lostLetters';

describe('restoreLostU: the "ư" an old font\'s conversion lost', () => {
  it.each([
    ['Kế hoạch công đoàn trờng THCS An Phú', 'Kế hoạch công đoàn trường THCS An Phú'],
    ['Chơng trình hoạt động đợc thống nhất', 'Chương trình hoạt động được thống nhất'],
    ['Hởng ứng phong trào, tổ trởng chuyên môn', 'Hưởng ứng phong trào, tổ trưởng chuyên môn'],
    ['TRỜNG THCS TÂN PHÚC', 'TRƯỜNG THCS TÂN PHÚC'],
    ['nớc, bớc, lơng, phơng, thơng, giờng', 'nước, bước, lương, phương, thương, giường'],
  ])('%s', (text, fixed) => {
    expect(restoreLostU(text)).toEqual({ text: fixed, restored: fixed.split(/[ưƯ]/).length - 1 - (text.split(/[ưƯ]/).length - 1) });
  });
  it('leaves rhymes Vietnamese has alone: "ơn", "ơi", "ơm", "ớp"', () => {
    expect(restoreLostU('Cảm ơn, tới lớp, thơm, mới')).toEqual({ text: 'Cảm ơn, tới lớp, thơm, mới', restored: 0 });
  });
  it('leaves a text that writes "ươ" elsewhere: its odd words are other damage', () => {
    const text = 'Cơng đồn Giáo dục yêu cầu các trường thực hiện';
    expect(restoreLostU(text)).toEqual({ text, restored: 0 });
  });
});
