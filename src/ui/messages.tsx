import { useContext } from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Skipped } from '../app/workbook';
import { LangContext, useStrings } from './i18n';

/** An action's failure: a title, and the message as written (a list of cells keeps its lines). */
export function ErrorBar({ title, message }: { title: string; message: string }) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody><MessageBarTitle>{title}</MessageBarTitle><span style={{ whiteSpace: 'pre-line' }}>{message}</span></MessageBarBody>
    </MessageBar>
  );
}

/** What this Excel version skipped, said in the user's language; nothing when nothing was. */
export function SkippedList({ skipped }: { skipped: readonly Skipped[] }) {
  const t = useStrings();
  const lang = useContext(LangContext);
  if (!skipped.length) return null;
  return (
    <>
      <div>{t.skippedTitle}</div>
      <ul>{skipped.map((s) => <li key={s.feature}>{lang === 'vi' ? s.vi : s.en}</li>)}</ul>
    </>
  );
}

/** The two answers to "these sheets exist": replace them, or leave everything as it is. */
export function ReplaceOrCancel({ onReplace, onCancel }: { onReplace: () => void; onCancel: () => void }) {
  const t = useStrings();
  return (
    <div style={{ display: 'flex', gap: 8, marginTop: 8, flexWrap: 'wrap' }}>
      <Button appearance="primary" onClick={onReplace}>{t.replace}</Button>
      <Button onClick={onCancel}>{t.cancel}</Button>
    </div>
  );
}
