import { useContext } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import type { Skipped } from '../app/workbook';
import { LangContext, useStrings } from './i18n';
import { useNavigation } from './navigation';
import type { Fix, ShownError } from './shownError';

/** The button that leads to where the cause is fixed. */
function FixButton({ fix }: { fix: Fix }) {
  const t = useStrings();
  const nav = useNavigation();
  if (fix.kind === 'sheet') {
    if (!nav.showSheet) return null;
    return <Button onClick={() => void nav.showSheet!(fix.sheet).catch(() => undefined)}>{t.fixOpenSheet(fix.sheet)}</Button>;
  }
  const label = fix.panel === 'scaffold' ? t.fixMakePlan : fix.step === 'members' ? t.fixMembers : fix.step === 'consolidate' ? t.fixConsolidate : t.fixOpen;
  return <Button appearance="primary" onClick={() => nav.goTo(fix.panel, fix.step)}>{label}</Button>;
}

/** An action's failure: a title, the message as written (a list of cells keeps its lines), the way out, the code in small print. */
export function ErrorBar({ title, error }: { title: string; error: ShownError }) {
  const t = useStrings();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <div style={{ whiteSpace: 'pre-line' }}>{error.message}</div>
        {error.detail && <div><Text size={100}>{t.errorCode(error.detail)}</Text></div>}
      </MessageBarBody>
      {error.fix && <MessageBarActions><FixButton fix={error.fix} /></MessageBarActions>}
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
