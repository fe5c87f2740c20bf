export type Severity = 'error' | 'warning' | 'info';

/** Something wrong or doubtful in the user's data, pointing at a cell (issue #5 grows the rule set). */
export interface Finding {
  severity: Severity;
  code: string;
  sheet: string;
  /** A1 address, or "" when the finding is about the whole sheet. */
  cell: string;
  vi: string;
  en: string;
  value?: string;
}

/** How many findings of each severity: the one-line summary of a check. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const n: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) n[f.severity]++;
  return n;
}

/** A severity as a word, never a colour alone: the `Kiểm tra` sheet, the pane and the CLI say it the same. */
export const SEVERITY_WORDS: Record<Severity, { vi: string; en: string }> = {
  error: { vi: 'Lỗi', en: 'Error' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
  info: { vi: 'Lưu ý', en: 'Note' },
};

/** The one-line summary of a check: "1 lỗi, 2 cảnh báo, 0 lưu ý", or that nothing was found. */
export function findingsSummary(findings: readonly Finding[], lang: 'vi' | 'en' = 'vi'): string {
  const n = countBySeverity(findings);
  if (!findings.length) return lang === 'vi' ? 'Không phát hiện lỗi nào.' : 'No problems found.';
  if (lang === 'vi') return `${n.error} lỗi, ${n.warning} cảnh báo, ${n.info} lưu ý`;
  const en = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`;
  return `${en(n.error, 'error')}, ${en(n.warning, 'warning')}, ${en(n.info, 'note')}`;
}

/** Where a finding points: "Nhiệm vụ!G5", or the sheet alone. */
export function findingPlace(f: Pick<Finding, 'sheet' | 'cell'>): string {
  return `${f.sheet}${f.cell ? `!${f.cell}` : ''}`;
}

/**
 * A finding as one line of text: "Lỗi [code] Nhiệm vụ!G5: message" for the CLI; "Lỗi — Nhiệm vụ!G5:
 * message" where the code means nothing to the reader (the pane); "Nhiệm vụ!G5: message" under a
 * heading that says the severity already.
 */
export function findingLine(f: Finding, lang: 'vi' | 'en', show: { severity?: boolean; code?: boolean } = { severity: true, code: true }): string {
  const severity = show.severity ? `${SEVERITY_WORDS[f.severity][lang]} ${show.code ? '' : '— '}` : '';
  return `${severity}${show.code ? `[${f.code}] ` : ''}${findingPlace(f)}: ${f[lang]}`;
}
