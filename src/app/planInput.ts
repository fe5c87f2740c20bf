import { splitYearMonth, type YearMonth } from '../domain/month';
import { parsePeriod, periodLabel, TERM_YEARS, type Period } from '../domain/period';
import { emptyPlan, type Plan } from '../domain/plan';
import { normalizeText } from '../domain/text';
import { readMonth } from '../sheets/read/cells';

/*
 * What the pane's forms turn into before an action runs: a period from a kind and a first year (or
 * typed), the unit's name as the sheets will hold it, a month to print. Light on purpose: the first
 * tab loads with the pane.
 */

export type { Period, Plan, YearMonth };
export { periodLabel };

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

/** A period typed as 2026, 2025-2026 or 2025-2030: the period, null when left empty, 'invalid' otherwise. */
export function typedPeriod(text: string): Period | null | 'invalid' {
  if (!text.trim()) return null;
  const p = parsePeriod(text.trim());
  return p.ok ? p.period : 'invalid';
}

/** A unit's name as the sheets hold it (NFC, "Đ" not "Ð", single spaces); "" when nothing was typed. */
export const unitName = normalizeText;

/** An empty plan for a unit and a period, or null while either is missing. */
export function newPlan(period: Period | null, issuingBody: string, superiorBody: string): Plan | null {
  const name = unitName(issuingBody);
  return period && name ? emptyPlan(name, unitName(superiorBody), period) : null;
}

/** A month typed in the pane ("11/2026", "2026-11"): the month, null when left empty, 'invalid' otherwise. */
export function typedMonth(text: string): YearMonth | null | 'invalid' {
  const read = readMonth(text.trim() || null);
  return read.ok ? read.value : 'invalid';
}

/** "11/2026", as the pane says a month. */
export function monthLabel(m: YearMonth): string {
  const p = splitYearMonth(m);
  return `${p.month}/${p.year}`;
}
