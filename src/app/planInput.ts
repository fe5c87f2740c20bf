import { parsePeriod, TERM_YEARS, type Period } from '../domain/period';

/** The pane's period picker: a kind and a first year, turned into the notation parsePeriod reads. */
export type PeriodChoiceKind = 'year' | 'school-year' | 'term';

export function periodFromChoice(kind: PeriodChoiceKind, firstYear: number): Period | null {
  if (!Number.isInteger(firstYear)) return null;
  const code = kind === 'year' ? `${firstYear}` : kind === 'school-year' ? `${firstYear}-${firstYear + 1}` : `${firstYear}-${firstYear + TERM_YEARS}`;
  const p = parsePeriod(code);
  return p.ok ? p.period : null;
}

/** The plan being written now: next year's from October on, the school year that starts in September. */
export function defaultFirstYear(kind: PeriodChoiceKind, today: Date): number {
  const y = today.getFullYear();
  const m = today.getMonth() + 1;
  if (kind === 'school-year') return m >= 8 ? y : y - 1;
  if (kind === 'term') return y - ((y - 2025) % TERM_YEARS + TERM_YEARS) % TERM_YEARS;
  return m >= 10 ? y + 1 : y;
}
