import { countBySeverity } from '../domain/finding';
import { missingUnitNames, targetsMet } from '../domain/report/consolidate';
import type { DialogNotice } from '../hosts/excel/ribbon';
import type { CheckOutcome, ConsolidateOutcome } from '../app/planActions';
import { UserError } from '../domain/userError';
import { STRINGS, type Lang } from '../ui/i18n';
import { errorMessage } from '../ui/scaffold/useScaffold';
import { notOwnedSheets } from '../ui/TakeOverBar';

/**
 * What a ribbon button says when it is done. A function command has no pane to answer in, so the
 * answer is a small dialog (the host's DialogNotice). Pure, so it is tested alone.
 */
type Notice = DialogNotice;

export function checkNotice(outcome: CheckOutcome, lang: Lang): Notice {
  const t = STRINGS[lang];
  const n = countBySeverity(outcome.findings);
  if (!outcome.findings.length) return { intent: 'success', title: t.checkClean, lines: [t.commandSheetShown(outcome.sheets)] };
  return { intent: n.error ? 'error' : n.warning ? 'warning' : 'success', title: t.checkSummary(n.error, n.warning, n.info), lines: [t.checkWrittenTo(outcome.sheets.join(', '))] };
}

export function refreshNotice(outcome: ConsolidateOutcome, lang: Lang): Notice {
  const t = STRINGS[lang];
  const c = outcome.consolidation;
  const lines = [
    ...(c.units.missing.length ? [t.consolidateMissing(missingUnitNames(c).join('; '))] : []),
    ...(outcome.findings.length ? [t.consolidateFindings(outcome.findings.length)] : []),
    t.consolidateWritten(outcome.sheets.join(', '), outcome.reportSheets),
  ];
  return { intent: c.units.missing.length || outcome.findings.length ? 'warning' : 'success', title: t.consolidateSummary(c.units.reported, c.units.expected, targetsMet(c), c.targets.length), lines };
}

/**
 * A failure, said as in the pane; a sheet of the user's in the way sends them to the pane, which can
 * ask; nothing to refresh from is no failure (the old summary stands, and the notice says why).
 */
export function failureNotice(e: unknown, lang: Lang, paneTab: string): Notice {
  const t = STRINGS[lang];
  const sheets = notOwnedSheets(e);
  if (sheets) return { intent: 'warning', title: t.takeOverTitle, lines: [t.commandTakeOver(sheets, paneTab)] };
  if (e instanceof UserError && e.code === 'no-report-sheets') return { intent: 'warning', title: t.refreshNothingTitle, lines: [errorMessage(e, lang)] };
  return { intent: 'error', title: t.commandFailed, lines: [errorMessage(e, lang)] };
}
