/**
 * The first `stem` + number not in `taken` (compared without case, as Excel compares sheet, table
 * and defined names), counting from `from`; it is added to `taken` so the next call moves on.
 */
export function nextNumbered(stem: string, taken: Set<string>, from = 1): string {
  let i = from;
  while (taken.has(`${stem}${i}`.toLowerCase())) i++;
  taken.add(`${stem}${i}`.toLowerCase());
  return `${stem}${i}`;
}
