import { codeOf } from '../../src/domain/choice';
import { FREQUENCIES } from '../../src/domain/task';
import { escapeHeaderFooter, matchKey, normalizeText } from '../../src/domain/text';

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
});
