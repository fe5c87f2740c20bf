/**
 * Excel's naming rules for sheets, tables and defined names, as the fake enforces them. The fake's
 * own copy, not the product's: the product's rules are what the fake judges.
 */

/**
 * Sheets are found by name ignoring case and nothing else: no Unicode normalisation, no trimming, no
 * folding of spaces or quotes (WorksheetCollection.getItem, "Gets a worksheet object using its name
 * or ID"; Excel's uniqueness rule for sheet names ignores only case — support.microsoft.com "Rename a
 * worksheet"). A sheet the user renamed "Thông tin " or with decomposed accents is another sheet.
 */
export function sameSheet(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * Worksheet.name: "The name must be fewer than 32 characters" (@types/office-js); Excel's dialog also
 * refuses empty names, : \ / ? * [ ], an apostrophe first or last, and "History" (support.microsoft.com
 * "Rename a worksheet").
 */
export function badSheetName(name: unknown): boolean {
  return typeof name !== 'string' || name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name)
    || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === 'history';
}

/** A1 (up to XFD1048576) and R1C1 references cannot name a table or a defined name. */
function looksLikeReference(name: string): boolean {
  const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (a1) {
    const col = [...a1[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const row = Number(a1[2]);
    if (col <= 16384 && row >= 1 && row <= 1048576) return true;
  }
  return /^[Rr]\d*([Cc]\d*)?$/.test(name) || /^[Cc]\d*$/.test(name);
}

/**
 * Table.name must follow "Rename an Excel table" (support.microsoft.com/office/fbf49a4f-82a3-43eb-8ba2-44d21233b114,
 * linked from Table.name in the Office.js reference): a letter, underscore or backslash first, then
 * letters, digits, periods and underscores; no spaces; not "C", "c", "R", "r" nor a cell reference;
 * at most 255 characters. Uniqueness is checked by the caller (workbook-wide, tables and defined
 * names share one namespace).
 */
export function badTableName(name: unknown): boolean {
  return typeof name !== 'string' || !/^[\p{L}_\\][\p{L}\p{N}_.]{0,254}$/u.test(name) || looksLikeReference(name);
}

/** Defined names follow the same rules, with backslashes allowed after the first character too. */
export function badDefinedName(name: unknown): boolean {
  return typeof name !== 'string' || !/^[\p{L}_\\][\p{L}\p{N}_.\\]{0,254}$/u.test(name) || looksLikeReference(name);
}

/** Table and defined names are unique without regard to case. */
export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
