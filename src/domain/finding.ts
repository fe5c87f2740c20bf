/** Something wrong or doubtful in the user's data, pointing at a cell (issue #5 grows the rule set). */
export type Severity = 'error' | 'warning' | 'info';

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
