import type { ChosenFile } from './workbook';

/**
 * The files an action reads where no workbook is open (the standalone page): the plan workbook, and
 * the consolidation when it is a file of its own. Excel ignores them; the page asks for them.
 */
export interface PlanFiles {
  planFile?: ChosenFile;
  summaryFile?: ChosenFile;
  /** A summary unionplan made that a round's consolidation joins (its other rounds' sheets kept): the page's last one. */
  ontoFile?: ChosenFile;
}
