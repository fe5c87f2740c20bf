import type { Consolidation } from './consolidate';

/*
 * The two figures every summary leads with, in a module of their own so the pane's first load can
 * say them without carrying the consolidation itself.
 */

/** Targets met or exceeded. */
export function targetsMet(c: Pick<Consolidation, 'targets'>): number {
  return c.targets.filter((t) => t.status === 'met' || t.status === 'exceeded').length;
}

/** The units that did not report, by name (by code where the list gives no name). */
export function missingUnitNames(c: Pick<Consolidation, 'units'>): string[] {
  return c.units.missing.map((code, i) => c.units.missingNames[i] || code);
}
