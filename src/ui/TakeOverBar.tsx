import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { UserError } from '../domain/userError';
import { useStrings } from './i18n';
import { ReplaceOrCancel } from './messages';

/**
 * The question an action asks when a sheet it would rewrite has the same name as one the user made
 * (issue #9): nothing was written; rename theirs, or let unionplan replace it.
 */
export function notOwnedSheets(e: unknown): string[] | null {
  if (!(e instanceof UserError) || e.code !== 'sheet-not-owned') return null;
  const sheets = (e as UserError & { sheets?: unknown }).sheets;
  return Array.isArray(sheets) ? sheets.map(String) : e.where.sheet ? [e.where.sheet] : [];
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
