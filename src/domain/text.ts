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

/**
 * Characters that show nothing or only turn the writing direction (Unicode's default-ignorable code
 * points: zero-width spaces and joiners, soft hyphen, word joiner, BOM, variation selectors, tags,
 * and the bidirectional marks, embeddings, overrides and isolates). Pasted from the web or a chat,
 * they make "UB01" and "UB\u200B01" look the same and differ. Written as ranges, not \p{…}, so that
 * old webviews parse it.
 */
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF0-\uFFF8]|\uDB40[\uDC00-\uDFFF]/g;

const ANY_INVISIBLE = new RegExp(INVISIBLE.source);

export function hasInvisible(s: string): boolean {
  return ANY_INVISIBLE.test(s);
}

export function withoutInvisible(s: string): string {
  return s.replace(INVISIBLE, '');
}

/** The invisible characters of `s` as code points: "U+200B, U+200D". */
export function invisibleCodePoints(s: string): string {
  const seen = [...new Set(s.match(INVISIBLE) ?? [])];
  return seen.map((c) => `U+${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
}

/**
 * A code or name for a message, quoted, its invisible characters removed and named after it:
 * `"UB01" (kèm ký tự ẩn U+200B)` — never text that looks like another code.
 */
export function shownText(s: string, lang: 'vi' | 'en' = 'vi'): string {
  if (!hasInvisible(s)) return `"${s}"`;
  const points = invisibleCodePoints(s);
  return lang === 'vi' ? `"${withoutInvisible(s)}" (kèm ký tự ẩn ${points})` : `"${withoutInvisible(s)}" (with hidden characters ${points})`;
}

/** A key for matching names and codes: normalised, invisible characters removed, case-folded. */
export function matchKey(s: string): string {
  // Plain ASCII with single inner spaces is already normal: the common case of codes, kept fast.
  if (/^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/.test(s)) return s.toLowerCase();
  return normalizeText(withoutInvisible(s)).toLocaleLowerCase('vi');
}

/** Excel refuses a header/footer section that contains a lone "&": it starts a control code. */
export function escapeHeaderFooter(s: string): string {
  return s.replace(/&/g, '&&');
}

/** Names for a message, each in quotes: "Tổng hợp", "Kiểm tra". */
export function quotedList(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(', ');
}
