/**
 * Text converted from an old font sometimes loses one letter everywhere: "ư" before "ơ" ("Trờng",
 * "chơng trình", "đợc", "Hởng ứng"). Vietnamese has no rhyme "ơng" or "ơc" (only "ương", "ước"),
 * so such a syllable is a lost "ư", given back. Only a text that never writes "ươ" lost it: where
 * "ươ" is written, an odd "Cơng" is some other damage, left as it is.
 */
const LOST_U = /(?<![\p{L}])(b|c|ch|d|đ|g|gh|gi|h|kh|l|m|n|ng|nh|ph|r|s|t|th|tr|v|x)?([ơờớởỡợƠỜỚỞỠỢ])(ng|c|NG|C)(?![\p{L}])/giu;
const U_WRITTEN = /[ưƯ][ơờớởỡợƠỜỚỞỠỢ]/u;

export interface RestoredText {
  text: string;
  /** How many words were given their "ư" back. */
  restored: number;
}

export function restoreLostU(text: string): RestoredText {
  if (U_WRITTEN.test(text)) return { text, restored: 0 };
  let restored = 0;
  const out = text.replace(LOST_U, (_w, initial: string | undefined, vowel: string, final: string) => {
    restored++;
    const upper = vowel !== vowel.toLowerCase();
    return `${initial ?? ''}${upper ? 'Ư' : 'ư'}${vowel}${final}`;
  });
  return { text: out, restored };
}
