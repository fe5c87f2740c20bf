import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { UserError } from '../domain/userError';
import { useStrings, type Lang } from './i18n';
import { ReplaceOrCancel } from './messages';
import { errorMessage } from './scaffold/useScaffold';

/**
 * The question an action asks when a sheet it would rewrite has the same name as one the user made
 * (issue #9): nothing was written; rename theirs, or let unionplan replace it.
 */
export function notOwnedSheets(e: unknown): string[] | null {
  if (!(e instanceof UserError) || e.code !== 'sheet-not-owned') return null;
  const sheets = (e as UserError & { sheets?: unknown }).sheets;
  return Array.isArray(sheets) ? sheets.map(String) : e.where.sheet ? [e.where.sheet] : [];
}

/** How an action that failed shows: the take-over question, or the error's message. */
export function failure(e: unknown, lang: Lang): { kind: 'takeOver'; sheets: string[] } | { kind: 'error'; message: string } {
  const sheets = notOwnedSheets(e);
  return sheets ? { kind: 'takeOver', sheets } : { kind: 'error', message: errorMessage(e, lang) };
}

export function TakeOverBar({ sheets, onReplace, onCancel }: { sheets: readonly string[]; onReplace: () => void; onCancel: () => void }) {
  const t = useStrings();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.takeOverTitle}</MessageBarTitle>
        {t.takeOverBody(sheets)}
        <ReplaceOrCancel onReplace={onReplace} onCancel={onCancel} />
      </MessageBarBody>
    </MessageBar>
  );
}
