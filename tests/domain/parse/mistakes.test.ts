import { anniversaryMistakes, dateMistakes, impossibleDate } from '../../../src/domain/parse/mistakes';

describe('mistakes a careful reader catches (issue #16, item 8)', () => {
  it('finds days that do not exist', () => {
    expect(dateMistakes('công văn số 13/LĐLĐ ngày 0/4/2020 về việc').map((m) => m.kind)).toEqual(['date']);
    expect(dateMistakes('tổ chức vào ngày 31/2').map((m) => m.kind)).toEqual(['date']);
    expect(dateMistakes('ngày 30 tháng 2 năm 2024').map((m) => m.kind)).toEqual(['date']);
    expect(dateMistakes('ngày 29/2/2023').map((m) => m.kind)).toEqual(['date']);
    expect(impossibleDate(29, 2, 2024)).toBeNull();
  });
  it('finds years with a digit too many and school years glued together', () => {
    expect(dateMistakes('ĐÁNH GIÁ HOẠT ĐỘNG CÔNG ĐOÀN THÁNG 4/20120').map((m) => m.kind)).toEqual(['year']);
    expect(dateMistakes('kế hoạch năm 20225').map((m) => m.kind)).toEqual(['year']);
    expect(dateMistakes('Thực hiện kế hoạch năm học 20122013').map((m) => m.message)).toEqual(['Năm "20122013" thiếu dấu gạch: 2012-2013?']);
  });
  it('leaves fractions, scores and ordinary dates alone', () => {
    expect(dateMistakes('đạt 97/100 điểm; 4/4 tổ; ngày 20/10/2024; tháng 12/2024')).toEqual([]);
  });
  it('checks anniversary counts against their years and against the commemorations\' founding years', () => {
    expect(anniversaryMistakes('kỷ niệm 95 năm (20/10/1930 – 20/10/2024)', [2024]).map((m) => [m.kind, m.stated, m.expected])).toEqual([['anniversary-count', 95, 94]]);
    expect(anniversaryMistakes('kỷ niệm 96 năm Ngày thành lập Công đoàn Việt Nam', [2024]).map((m) => [m.kind, m.stated, m.expected])).toEqual([['anniversary-count', 96, 95]]);
    expect(anniversaryMistakes('kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam', [2024])).toEqual([]);
    expect(anniversaryMistakes('kỷ niệm 114 năm ngày Quốc tế Phụ nữ 8/3', [2023, 2024])).toEqual([]);
  });
});
