import { codeOf } from '../../src/domain/choice';
import { FREQUENCIES } from '../../src/domain/task';
import { escapeHeaderFooter, hasInvisible, matchKey, normalizeText, shownText, withoutInvisible } from '../../src/domain/text';

describe('Vietnamese text normalisation', () => {
  it('makes NFD and NFC equal', () => {
    const nfd = 'Công đoàn'.normalize('NFD');
    expect(nfd).not.toBe('Công đoàn');
    expect(normalizeText(nfd)).toBe('Công đoàn');
  });
  it('turns the Icelandic eth into Đ and collapses odd spaces', () => {
    expect(normalizeText('\u00D0oàn\u00A0viên   mới ')).toBe('Đoàn viên mới');
  });
  it('matches names without regard to case', () => {
    expect(matchKey('CÔNG ĐOÀN')).toBe(matchKey('công đoàn'));
  });
  it('reads choice words forgivingly but not loosely', () => {
    expect(codeOf(FREQUENCIES, ' thường  XUYÊN ')).toBe('continuous');
    expect(codeOf(FREQUENCIES, 'Continuous')).toBe('continuous');
    expect(codeOf(FREQUENCIES, 'thường')).toBeNull();
  });
  it('escapes ampersands for Excel headers', () => {
    expect(escapeHeaderFooter('A & B')).toBe('A && B');
  });

  it.each([
    ['zero-width space', 'UB\u200B01', 'U+200B'],
    ['zero-width joiner and non-joiner', 'U\u200DB\u200C01', 'U+200D, U+200C'],
    ['right-to-left override', '\u202EUB01', 'U+202E'],
    ['left-to-right and right-to-left marks', 'UB01\u200E\u200F', 'U+200E, U+200F'],
    ['isolates', '\u2066UB01\u2069', 'U+2066, U+2069'],
    ['byte-order mark and word joiner', '\uFEFFUB\u206001', 'U+FEFF, U+2060'],
    ['soft hyphen', 'UB\u00AD01', 'U+00AD'],
    ['Arabic letter mark', 'UB01\u061C', 'U+061C'],
    ['a tag character', 'UB01\u{E0041}', 'U+E0041'],
  ])('finds, removes and names a %s', (_name, text, points) => {
    expect(hasInvisible(text)).toBe(true);
    expect(withoutInvisible(text)).toBe('UB01');
    expect(matchKey(text)).toBe(matchKey('UB01'));
    expect(shownText(text)).toBe(`"UB01" (kèm ký tự ẩn ${points})`);
    expect(shownText(text, 'en')).toBe(`"UB01" (with hidden characters ${points})`);
  });
  it('leaves Vietnamese text and ordinary codes alone', () => {
    for (const s of ['Công đoàn phường An Khánh', 'UB-01', 'Đoàn viên mới', '😀 vui']) {
      expect(hasInvisible(s)).toBe(false);
      expect(shownText(s)).toBe(`"${s}"`);
    }
  });
});
