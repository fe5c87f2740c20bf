import { readLines, splitBlob, splitMotto } from '../../../src/domain/parse/sourceLines';

describe('readLines: the document as a reader sees it, every line numbered', () => {
  it('strips debris and says what it stripped', () => {
    const r = readLines('**1. Nội dung**\n[bookmark: _GoBack]Thường xuyên rà soát\n-------\nTải về\n<span class=\'x\'>(1)</span>Trang 1CÔNG ĐOÀN TRƯỜNG X\n\n');
    expect(r.lines.map((l) => [l.text, l.nos, l.emphasis])).toEqual([
      ['1. Nội dung', [1], true], ['Thường xuyên rà soát', [2], false], ['CÔNG ĐOÀN TRƯỜNG X', [5], false],
    ]);
    expect(r.debrisOnly).toEqual([3, 4]);
    expect(r.blank).toEqual([6, 7]);
    expect(new Set(r.debris.map((d) => d.kind))).toEqual(new Set(['markup', 'bookmark', 'rule', 'download']));
  });
  it('keeps a single leading "* " as a bullet', () => {
    expect(readLines('* Tổ chức hội thao').lines[0].text).toBe('* Tổ chức hội thao');
  });
  it('joins a sentence a hard wrap split, keeping both line numbers', () => {
    const r = readLines('Tiếp tục thực hiện chính sách của\n\nđoàn viên, người lao động.\nNăm 2024');
    expect(r.lines.map((l) => [l.text, l.nos])).toEqual([['Tiếp tục thực hiện chính sách của đoàn viên, người lao động.', [1, 3]], ['Năm 2024', [4]]]);
  });
  it('does not join a line that opens a header field or a bullet', () => {
    expect(readLines('Chương trình số 88-CTr/TU,\nngày 26/01/2022').lines).toHaveLength(2);
  });
  it('does not join a title in running case to the place and date above it', () => {
    expect(readLines('Xã B, ngày 3 tháng 5 năm 2012\nbáo cáo tổng kết công tác công đoàn').lines).toHaveLength(2);
  });
  it('splits table rows: two cells become two lines, three or more a row with its cells', () => {
    const two = readLines('| LĐLĐ HUYỆN A | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |').lines;
    expect(two.map((l) => l.text)).toEqual(['LĐLĐ HUYỆN A', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
    const row = readLines('|---|---|---|\n| 1 | Tổ chức hội thao | Tháng 3 |').lines;
    expect(row[0].cells).toEqual(['1', 'Tổ chức hội thao', 'Tháng 3']);
  });
});

describe('splitMotto: a flattened header cut into its fields', () => {
  it('cuts at the motto, the number field, the place and date and the title', () => {
    expect(splitMotto('CÔNG ĐOÀN GD H. BA TƠ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM CĐCS Tr. THCS TT BA TƠ Độc lập – Tự do – Hạnh phúc Số:03 /BC-CĐCS Ba Tơ, ngày 8 tháng 4 năm 2010 BÁO CÁO TỔNG KẾT')).toEqual([
      'CÔNG ĐOÀN GD H. BA TƠ', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CĐCS Tr. THCS TT BA TƠ', 'Độc lập – Tự do – Hạnh phúc',
      'Số:03 /BC-CĐCS', 'Ba Tơ, ngày 8 tháng 4 năm 2010', 'BÁO CÁO TỔNG KẾT',
    ]);
  });
  it('keeps "TP." with the place, not the number', () => {
    expect(splitMotto('Số: 142/KH-CĐK TP. Hồ Chí Minh, ngày 24 tháng 10 năm 2023')).toEqual(['Số: 142/KH-CĐK', 'TP. Hồ Chí Minh, ngày 24 tháng 10 năm 2023']);
  });
  it('leaves body sentences alone, the motto\'s words in a sentence too', () => {
    const s = 'Tổ chức Hội thao chào mừng Quốc khánh nước Cộng hoà xã hội chủ nghĩa Việt Nam, ngày 2 tháng 9 năm 2015';
    expect(splitMotto(s)).toEqual([s]);
  });
});

describe('more debris and motto shapes', () => {
  it('strips line breaks a scraper wrote out, and says so', () => {
    const r = readLines('\\r\\n\n\\r\\n Kính gửi: - BCH Công đoàn bộ phận\n\\n\\t - Ủy viên Ban Văn thể');
    expect(r.lines.map((l) => l.text)).toEqual(['Kính gửi: - BCH Công đoàn bộ phận', '- Ủy viên Ban Văn thể']);
    expect(r.debrisOnly).toEqual([1]);
    expect(r.debris.filter((d) => d.kind === 'escape')).toHaveLength(3);
    expect(readLines('Thư mục C:\\new\\ghi chú').lines[0].text).toBe('Thư mục C:\\new\\ghi chú');
  });
  it.each([
    ['LIEN DOAN LAO DONG TINH CONG HOA XA HOI CHU NGHIA VIET NAM', ['LIEN DOAN LAO DONG TINH', 'CONG HOA XA HOI CHU NGHIA VIET NAM']],
    ['Công đoàn Cộng hoà xã hội chủ nghĩa việt nam', ['Công đoàn', 'Cộng hoà xã hội chủ nghĩa việt nam']],
    ['Trường THCS An Phú Độc lập Tự do Hạnh phúc', ['Trường THCS An Phú', 'Độc lập Tự do Hạnh phúc']],
    ['CĐCS XÃ AN HÒA DOC LAP - TU DO - HANH PHUC', ['CĐCS XÃ AN HÒA', 'DOC LAP - TU DO - HANH PHUC']],
    ['Phòng Giáo dục huyện Cộng hòa xã hội chủ nghĩa Việt Nam', ['Phòng Giáo dục huyện', 'Cộng hòa xã hội chủ nghĩa Việt Nam']],
    ['Chào mừng Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam 2/9/2025', ['Chào mừng Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam 2/9/2025']],
  ])('cuts the motto in any case, with or without accents: %s', (line, parts) => {
    expect(splitMotto(line)).toEqual(parts);
  });
  it('cuts a number field whose digits a PDF garbled, and keeps the place after it', () => {
    expect(splitMotto('CÔNG ĐOÀN GIÁO DỤC Số: f!⁄2/CĐGD Hà Tĩnh, ngày 14 tháng 9 năm 2015')).toEqual(['CÔNG ĐOÀN GIÁO DỤC', 'Số: f!⁄2/CĐGD', 'Hà Tĩnh, ngày 14 tháng 9 năm 2015']);
  });
});

describe('splitBlob: a document flattened into one line', () => {
  it('is cut before its parts, sections and bullets', () => {
    const blob = `${'Nội dung mở đầu dài. '.repeat(10)}KẾ HOẠCH TỔ CHỨC HỘI THI *** -Thực hiện chỉ đạo của Công đoàn. I. MỤC ĐÍCH 1. Tạo không khí vui tươi. 2. Động viên đoàn viên.`;
    const parts = splitBlob(blob);
    expect(parts.slice(1)).toEqual(['KẾ HOẠCH TỔ CHỨC HỘI THI', '-Thực hiện chỉ đạo của Công đoàn.', 'I. MỤC ĐÍCH', '1. Tạo không khí vui tươi.', '2. Động viên đoàn viên.']);
  });
  it('leaves an ordinary paragraph alone', () => {
    const p = 'Thực hiện Kế hoạch số 57-KH/LĐLĐ, ngày 28/3/2024 của Ban Thường vụ Liên đoàn Lao động tỉnh về việc thực hiện Chương trình hành động số 88-CTr/TU. '.repeat(3);
    expect(splitBlob(p)).toEqual([p]);
  });
});
