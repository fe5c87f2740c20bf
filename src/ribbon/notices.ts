import type { CheckOutcome } from '../app/check';
import { notOwnedSheets } from '../app/consent';
import { NoReportSheets, type ConsolidateOutcome } from '../app/consolidate';
import { checkHeadline, consolidationHeadline, countBySeverity, errorText, missingLine } from '../app/outcomeText';
import type { DialogNotice } from '../hosts/excel/ribbon';
import { STRINGS, type Lang } from '../ui/i18n';

/*
 * What a ribbon button says when it is done. A function command has no pane to answer in, so the
 * answer is a small dialog (the host's DialogNotice). Pure, so it is tested alone.
 */

type Notice = DialogNotice;

export function checkNotice(outcome: CheckOutcome, lang: Lang): Notice {
  const t = STRINGS[lang];
  const n = countBySeverity(outcome.findings);
  const title = checkHeadline(outcome.findings, lang);
  if (!outcome.findings.length) return { intent: 'success', title, lines: [t.commandSheetShown(outcome.sheets)] };
  return { intent: n.error ? 'error' : n.warning ? 'warning' : 'success', title, lines: [t.checkWrittenTo(outcome.sheets.join(', '))] };
}

export function refreshNotice(outcome: ConsolidateOutcome, lang: Lang): Notice {
  const t = STRINGS[lang];
  const c = outcome.consolidation;
  const missing = missingLine(c, lang);
  const lines = [
    ...(missing ? [missing] : []),
    ...(outcome.findings.length ? [t.consolidateFindings(outcome.findings.length)] : []),
    t.consolidateWritten(outcome.sheets.join(', '), outcome.reportSheets),
  ];
  return { intent: c.units.missing.length || outcome.findings.length ? 'warning' : 'success', title: consolidationHeadline(c, lang), lines };
}

/**
 * A failure, said as in the pane; a sheet of the user's in the way sends them to the pane, which can
 * ask; nothing to refresh from is no failure (the old summary stands, and the notice says why).
 */
export function failureNotice(e: unknown, lang: Lang, paneTab: string): Notice {
  const t = STRINGS[lang];
  const sheets = notOwnedSheets(e);
  if (sheets) return { intent: 'warning', title: t.takeOverTitle, lines: [t.commandTakeOver(sheets, paneTab)] };
  if (e instanceof NoReportSheets) return { intent: 'warning', title: t.refreshNothingTitle, lines: [errorText(e, lang)] };
  return { intent: 'error', title: t.commandFailed, lines: [errorText(e, lang)] };
}
