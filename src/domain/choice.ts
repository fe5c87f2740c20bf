import { matchKey } from './text';

/** A closed set of codes with the Vietnamese words users see in cells and the English ones in the UI. */
export interface Choice<C extends string> {
  code: C;
  vi: string;
  en: string;
}

export function choiceLabels<C extends string>(choices: readonly Choice<C>[]): string[] {
  return choices.map((c) => c.vi);
}

/** The Vietnamese label (what sheets show); `lang` 'en' gives the pane's English one. */
export function labelOf<C extends string>(choices: readonly Choice<C>[], code: C, lang: 'vi' | 'en' = 'vi'): string {
  const found = choices.find((c) => c.code === code);
  if (!found) throw new RangeError(`unknown code ${code}`);
  return found[lang];
}

/** Reads a cell's word back to its code, forgiving case, spacing, NFD and the code itself. */
export function codeOf<C extends string>(choices: readonly Choice<C>[], text: string): C | null {
  const key = matchKey(text);
  if (!key) return null;
  const found = choices.find((c) => matchKey(c.vi) === key || matchKey(c.en) === key || c.code === key);
  return found ? found.code : null;
}
