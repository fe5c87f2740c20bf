import fc from 'fast-check';
import { parsePlanText } from '../../../src/domain/parse/parsePlanText';
import { findTargets } from '../../../src/domain/parse/targets';
import { inlineTiming, parseTiming } from '../../../src/domain/parse/timing';
import { UserError } from '../../../src/domain/userError';
import { periodContains } from '../../../src/domain/period';
import { period } from '../../support/period';

/**
 * Issue #9: the plan parser meets whatever users paste. Thousands of generated texts — the words of
 * plans in random order, arbitrary Unicode, NFD, the look-alike Ð, legacy-encoded letters — never
 * crash it: it returns a plan or a UserError, and what it keeps obeys the grammar.
 */
const WORDS = [
  'KẾ HOẠCH', 'Công tác công đoàn năm', 'năm học', 'nhiệm kỳ', '2026', '2025-2026', '2023 - 2028', 'I.', 'II.', '1.', '2.1.', 'a)', '-', '+', '•',
  'MỤC ĐÍCH', 'YÊU CẦU', 'CHỈ TIÊU', 'NHIỆM VỤ', 'tăng thêm', 'phấn đấu', 'trên', 'ít nhất', 'không có', 'đạt', '100%', '90 %', '106', '1.234', '0,5',
  'đoàn viên', 'CĐCS', 'hoàn thành tốt nhiệm vụ', 'Thường xuyên', 'Quý II/2026', 'quý IV', 'tháng 3', 'từ tháng 3 đến tháng 10/2026', 'nhân dịp 28/7',
  '20/11', '8/3', 'Định kỳ', 'Đột xuất', 'Thời gian:', 'Thực hiện:', 'Ban Thường vụ', 'Số: 12/KH-CĐ', 'An Khánh, ngày 05 tháng 01 năm 2026',
  'Nơi nhận:', 'TM. BAN CHẤP HÀNH', 'Ð', 'Tha\u0300nh', 'C«ng ®oµn', 'Coâng ñoaøn', '\t', '\n', '\n\n', '  ', '(', ')', ':', ';', '=HYPERLINK("x")',
];
const planish = fc.array(fc.constantFrom(...WORDS), { maxLength: 80 }).map((w) => w.join(' '));
const anyText = fc.oneof(planish, fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }));
const periods = ['2026', '2025-2026', '2023-2028'].map(period);

describe('plan parser, fuzzed', () => {
  it('returns a plan or a UserError for any text', () => {
    fc.assert(fc.property(anyText, (text) => {
      try {
        const parsed = parsePlanText(text);
        for (const t of parsed.targets) expect(Number.isFinite(t.value)).toBe(true);
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
      }
    }), { numRuns: 2000 });
  });

  it('places every non-blank line of any text exactly once, and throws nothing but a UserError', () => {
    const lined = fc.array(fc.oneof(planish, fc.string({ unit: 'grapheme', maxLength: 80 }), fc.constantFrom('', '   ', '| a | b | c |', '-----', '**', 'Tải về')), { maxLength: 30 }).map((l) => l.join('\n'));
    fc.assert(fc.property(fc.oneof(lined, anyText), (text) => {
      try {
        const parsed = parsePlanText(text);
        const nonBlank = text.replace(/\r\n?/g, '\n').split('\n').flatMap((l, i) => (l.normalize('NFC').replace(/[\s\u200B-\u200D\u2060\uFEFF\u00AD]/g, '') ? [i + 1] : []));
        expect(parsed.lines.map((l) => l.line)).toEqual(nonBlank);
        // A line cut into pieces (a flattened header) can hold an "other" piece beside an info one.
        for (const o of parsed.other) expect(parsed.lines.some((l) => l.line === o.line)).toBe(true);
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
      }
    }), { numRuns: 1500 });
  });

  it('reads a timing as months inside the period only, whatever the text', () => {
    fc.assert(fc.property(anyText, fc.constantFrom(...periods), (text, p) => {
      const { timing, outside } = parseTiming(text, p);
      for (const m of timing.months) expect(periodContains(p, m)).toBe(true);
      for (const m of outside) expect(periodContains(p, m)).toBe(false);
      const inline = inlineTiming(text, p);
      if (inline) for (const m of inline.timing.months) expect(periodContains(p, m)).toBe(true);
    }), { numRuns: 3000 });
  });

  it('finds targets with finite values in any text', () => {
    fc.assert(fc.property(anyText, fc.boolean(), (text, counts) => {
      for (const t of findTargets(text, '1', counts)) expect(Number.isFinite(t.value)).toBe(true);
    }), { numRuns: 3000 });
  });
});
