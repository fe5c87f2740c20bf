import { notOwnedSheets } from '../app/consent';
import { useStrings, type Lang } from './i18n';
import { ReplaceDialog } from './ReplaceDialog';
import { shownError, type ShownError } from './shownError';

/** How an action that failed shows: the take-over question, or the error with its way out. */
export function failure(e: unknown, lang: Lang, canShowSheets = false): { kind: 'takeOver'; sheets: string[] } | { kind: 'error'; error: ShownError } {
  const sheets = notOwnedSheets(e);
  return sheets ? { kind: 'takeOver', sheets } : { kind: 'error', error: shownError(e, lang, canShowSheets) };
}

/**
 * The question an action asks when a sheet it would rewrite has the same name as one the user made
 * (issue #9): nothing was written; rename theirs, or let it be replaced.
 */
export function TakeOverBar({ sheets, onReplace, onCancel }: { sheets: readonly string[]; onReplace: () => void; onCancel: () => void }) {
  const t = useStrings();
  return (
    <ReplaceDialog title={t.takeOverTitle} onReplace={onReplace} onCancel={onCancel}>
      {t.takeOverBody(sheets)}
    </ReplaceDialog>
  );
}
