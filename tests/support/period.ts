import { parsePeriod, type Period } from '../../src/domain/period';

/** A period from its code ("2026", "2025-2026", "2025-2030"), failing loudly on a typo. */
export function period(code: string): Period {
  const p = parsePeriod(code);
  if (!p.ok) throw new Error(`bad period in test: ${code}`);
  return p.period;
}
