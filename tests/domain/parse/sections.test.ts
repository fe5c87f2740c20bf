import { period } from '../../support/period';
import { readPhase } from '../../../src/domain/parse/sections';
import { parsePlanText } from '../../../src/domain/parse/parsePlanText';

const lines = (...l: string[]) => l.join('\n');

describe('readPhase: a phase of a campaign dates what is under it', () => {
  const school = period('2021-2022');
  it.each([
    ['Đợt 1: Từ tháng 9/2021 đến tháng 11/2021 Thi đua lập thành tích chào mừng ngày 20/11', ['2021-09', '2021-10', '2021-11']],
    ['Giai đoạn 2 (từ 01/4 đến 30/4): tổ chức các giải thể thao', ['2022-04']],
    ['ĐỢT II: tháng 12/2021 - tháng 01/2022', ['2021-12', '2022-01']],
    ['Đợt cuối: tháng 5', ['2022-05']],
    ['Đợt 3:', []],
  ])('%s', (text, months) => {
    expect(readPhase(text, school)?.months).toEqual(months);
  });
  it('is not a sentence that speaks of a phase', () => {
    expect(readPhase('Đợt này tổ chức thăm hỏi vào tháng 10', school)).toBeNull();
    expect(readPhase('Giai đoạn hiện nay có nhiều khó khăn', school)).toBeNull();
  });
});

describe('headings that date their part', () => {
  it('gives the items of a phase the phase\'s months, and the phase line its own work', () => {
    const p = parsePlanText(lines('KẾ HOẠCH THI ĐUA NĂM HỌC 2024-2025', 'Đợt 1 (tháng 10 - tháng 11/2024): chào mừng ngày Nhà giáo Việt Nam', '- Thao giảng cấp tổ', '- Viết sáng kiến', 'Đợt 2: tháng 3/2025', '- Hội thi nữ công'));
    expect(p.tasks.map((t) => [t.text, t.timing.months])).toEqual([
      ['Đợt 1 (tháng 10 - tháng 11/2024): chào mừng ngày Nhà giáo Việt Nam', ['2024-10', '2024-11']],
      ['Thao giảng cấp tổ', ['2024-10', '2024-11']],
      ['Viết sáng kiến', ['2024-10', '2024-11']],
      ['Hội thi nữ công', ['2025-03']],
    ]);
  });
  it('takes a task\'s own dates inside a part dated outside the period (a May plan\'s review of April)', () => {
    const p = parsePlanText(lines('KẾ HOẠCH THÁNG 5/2024', 'I. ĐÁNH GIÁ HOẠT ĐỘNG THÁNG 4', '- Tập huấn an toàn từ 8/4 đến ngày 12/4/2024', '- Thăm hỏi đoàn viên ngày 3/3/2024', 'II. NHIỆM VỤ THÁNG 5', '- Tổ chức ngày 19/5'));
    expect(p.tasks.map((t) => [t.timing.kind, t.timing.months])).toEqual([['months', ['2024-04']], ['unspecified', []], ['months', ['2024-05']]]);
  });
  it('cuts a page flattened into one line before "Đợt 1:" after the sentence that announces it', () => {
    const blob = `${'Phong trào thi đua yêu nước tiếp tục phát triển sâu rộng trong toàn ngành, '.repeat(5)}phát động thi đua qua 3 đợt như sau: Đợt 1: Từ tháng 9/2024 đến tháng 11/2024 thi đua chào mừng 20/11`;
    const p = parsePlanText(lines('PHÁT ĐỘNG THI ĐUA NĂM HỌC 2024-2025', blob));
    expect(p.tasks.find((t) => t.text.startsWith('Đợt 1'))?.timing.months).toEqual(['2024-09', '2024-10', '2024-11']);
  });
});

describe('headings that name a half-year, and lead-ins before phases', () => {
  it('dates the items of "PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM" in a half-year report by their own dates in that half', () => {
    const p = parsePlanText(lines('BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2024', 'I. KẾT QUẢ', '1. Tổ chức Hội nghị người lao động ngày 20/01/2024.', 'II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM', '1. Kỷ niệm ngày 28/7.', '2. Hội thao vào tháng 9.', '3. Chăm lo cho đoàn viên khó khăn.'));
    expect(p.tasks.map((t) => [t.done, t.timing.months])).toEqual([
      [true, ['2024-01']], [false, ['2024-07']], [false, ['2024-09']], [false, ['2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12']],
    ]);
  });
  it('reads "… qua 3 đợt như sau:" before a phase as its lead-in', () => {
    const p = parsePlanText(lines('KẾ HOẠCH THI ĐUA NĂM HỌC 2024 – 2025', 'Công đoàn trường phát động thi đua qua 3 đợt như sau:', 'Đợt 1: tháng 9 - tháng 11/2024', '- Hội giảng'));
    expect(p.other.find((o) => o.line === 2)?.reason).toBe('heading');
    expect(p.tasks.map((t) => t.text)).toEqual(['Hội giảng']);
  });
});
