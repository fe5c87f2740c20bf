import { htmlToPlanText } from '../../../src/domain/parse/docxHtml';

describe('htmlToPlanText', () => {
  it('writes Word lists back as typed numbers and dashes', () => {
    const html = '<p><strong>II. CHỈ TIÊU</strong></p><ol><li>Chỉ tiêu chung<ol><li>Đạt 100% &amp; hơn</li></ol></li></ol><ul><li>Kết nạp 20 đoàn viên</li></ul><p>Dòng&nbsp;cuối</p>';
    expect(htmlToPlanText(html).split('\n')).toEqual(['II. CHỈ TIÊU', '1. Chỉ tiêu chung', '1.1. Đạt 100% & hơn', '- Kết nạp 20 đoàn viên', 'Dòng cuối']);
  });
});
