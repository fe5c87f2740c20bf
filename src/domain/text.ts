/**
 * Vietnamese text arrives in NFC or NFD, with "Ð" (U+00D0, Icelandic eth) typed for "Đ" (U+0110),
 * non-breaking and doubled spaces. Normalise before comparing; keep the user's text for display.
 */
export function normalizeText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/\u00D0/g, '\u0110')
    .replace(/\u00F0/g, '\u0111')
    .replace(/[\u00A0\u2007\u202F\t]/g, ' ')
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** A key for matching names and codes: normalised and case-folded. */
export function matchKey(s: string): string {
  // Plain ASCII with single inner spaces is already normal: the common case of codes, kept fast.
  if (/^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/.test(s)) return s.toLowerCase();
  return normalizeText(s).toLocaleLowerCase('vi');
}

/** Excel refuses a header/footer section that contains a lone "&": it starts a control code. */
export function escapeHeaderFooter(s: string): string {
  return s.replace(/&/g, '&&');
}

/** Names for a message, each in quotes: "Tổng hợp", "Kiểm tra". */
export function quotedList(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(', ');
}
