import { compareWithLastYear, type LastYearRow } from '../../../src/domain/report/compare';
import { changePercentText, changeText, changeWords } from '../../../src/domain/report/compareText';
import type { TargetResult } from '../../../src/domain/report/consolidate';

const result = (code: string, text: string, value: number | null, percent = false): TargetResult => ({
  code, text, comparator: '>=', target: 100, percent, rule: percent ? 'ratio' : 'sum', unit: percent ? 'đoàn viên' : 'đoàn viên',
  result: value, numerator: value, base: null, attainment: value, status: 'met', unitsReported: 1, unitsNa: 0, unitsMeeting: null,
});
const row = (code: string, text: string, value: number, share = false): LastYearRow => ({ code, text, value, share, at: 'E5' });
const where = { file: 'tong-hop-2025.xlsx', sheet: 'Tổng hợp 6T' };

describe('compared with last year', () => {
  it('matches by code, then by the text normalised, and only a row of the same kind', () => {
    const c = compareWithLastYear(
      [result('CT01', 'Kết nạp đoàn viên', 148), result('CT09', 'Thu  kinh phí CÔNG ĐOÀN', 4), result('CT03', 'Tỷ lệ đoàn viên được tuyên truyền', 90, true)],
      [row('CT01', 'Kết nạp đoàn viên mới', 136), row('CT7', 'Thu kinh phí công đoàn', 3), row('CT03', 'Tỷ lệ đoàn viên được tuyên truyền', 30)],
      where,
    );
    expect(c.targets.map((t) => [t.lastYear?.value ?? null, t.lastYear?.by ?? null])).toEqual([[136, 'code'], [3, 'text'], [null, null]]);
    expect(c.unmatched).toEqual(['CT03 – Tỷ lệ đoàn viên được tuyên truyền']);
    expect(c.findings.map((f) => [f.code, f.sheet, f.value])).toEqual([['summary-compare-unmatched', 'tong-hop-2025.xlsx › Tổng hợp 6T', 'CT03']]);
  });

  it('never guesses between two rows of the same text', () => {
    const c = compareWithLastYear([result('A', 'Hội thi', 3)], [row('X', 'Hội thi', 2), row('Y', 'hội thi', 5)], where);
    expect(c.targets[0].lastYear).toBeNull();
    expect(c.unmatched).toHaveLength(1);
  });

  it('a count changes in units and percent, a share in points', () => {
    const [count, share] = compareWithLastYear([result('CT01', 'a', 148), result('CT03', 'b', 90.5, true)], [row('CT01', 'a', 136), row('CT03', 'b', 87.3, true)], where).targets;
    expect(count.lastYear).toMatchObject({ change: 12 });
    expect(count.lastYear?.changePercent).toBeCloseTo((12 / 136) * 100, 9);
    expect(changeText(count, count.lastYear!)).toBe('+12');
    expect(changePercentText(count.lastYear!)).toBe('+8,8%');
    expect(changeWords(count, count.lastYear!)).toBe('tăng 12 đoàn viên (8,8%) so với cùng kỳ năm trước');
    expect(share.lastYear?.changePercent).toBeNull();
    expect(changeText(share, share.lastYear!)).toBe('+3,2 điểm %');
    expect(changeWords(share, share.lastYear!)).toBe('tăng 3,2 điểm % so với cùng kỳ năm trước');
  });

  it('a fall reads as "giảm", the same as "bằng", no result as nothing', () => {
    const [down, same, none] = compareWithLastYear([result('A', 'a', 10), result('B', 'b', 5), result('C', 'c', null)], [row('A', 'a', 12), row('B', 'b', 5), row('C', 'c', 4)], where).targets;
    expect(changeText(down, down.lastYear!)).toBe('−2');
    expect(changeWords(down, down.lastYear!)).toBe('giảm 2 đoàn viên (16,7%) so với cùng kỳ năm trước');
    expect(changeWords(same, same.lastYear!)).toBe('bằng cùng kỳ năm trước');
    expect(changeWords(none, none.lastYear!)).toBe('');
  });
});
