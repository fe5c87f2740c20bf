/*
 * An error the user can act on: a stable code, a Vietnamese message (the default) and an English one,
 * and where it happened. Hosts print `vi` or `en`; never a stack trace.
 */

export interface Where {
  file?: string;
  sheet?: string;
  cell?: string;
}

export class UserError extends Error {
  constructor(
    readonly code: string,
    readonly vi: string,
    readonly en: string,
    readonly where: Where = {},
    /** What the system itself said (an Office error code), for small print and a support call: never the message. */
    readonly detail?: string,
  ) {
    super(en);
    this.name = 'UserError';
  }
}

export function whereText(w: Where, lang: 'vi' | 'en' = 'vi', message = ''): string {
  const parts: string[] = [];
  // Messages about a file usually quote its name already; saying it twice reads as a glitch.
  if (w.file && !message.includes(`"${w.file}"`)) parts.push(lang === 'vi' ? `tệp "${w.file}"` : `file "${w.file}"`);
  if (w.sheet && !message.includes(`"${w.sheet}"`)) parts.push(lang === 'vi' ? `trang tính "${w.sheet}"` : `sheet "${w.sheet}"`);
  if (w.cell) parts.push(lang === 'vi' ? `ô ${w.cell}` : `cell ${w.cell}`);
  return parts.join(', ');
}

export function describeError(e: UserError, lang: 'vi' | 'en' = 'vi'): string {
  const msg = lang === 'vi' ? e.vi : e.en;
  const where = whereText(e.where, lang, msg);
  return where ? `${msg} (${where})` : msg;
}

/**
 * Runs `read`, naming `file` in any UserError it throws (parsers know the text, not where it came
 * from); without a file (the open workbook), it only runs it.
 */
export function inFile<T>(file: string | undefined, read: () => T): T {
  if (!file) return read();
  try {
    return read();
  } catch (e) {
    if (e instanceof UserError && !e.where.file) throw new UserError(e.code, e.vi, e.en, { ...e.where, file });
    throw e;
  }
}
