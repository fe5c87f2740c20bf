import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { notOwnedSheets } from '../app/consent';
import { errorText } from '../app/outcomeText';
import { useStrings, type Lang } from './i18n';
import { ReplaceOrCancel } from './messages';

/** How an action that failed shows: the take-over question, or the error's message. */
export function failure(e: unknown, lang: Lang): { kind: 'takeOver'; sheets: string[] } | { kind: 'error'; message: string } {
  const sheets = notOwnedSheets(e);
  return sheets ? { kind: 'takeOver', sheets } : { kind: 'error', message: errorText(e, lang) };
}

/**
 * The question an action asks when a sheet it would rewrite has the same name as one the user made
 * (issue #9): nothing was written; rename theirs, or let unionplan replace it.
 */
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
