import { MessageBar, MessageBarBody, MessageBarTitle, ProgressBar } from '@fluentui/react-components';
import { useStrings } from '../i18n';
import { ErrorBar, ReplaceOrCancel, SkippedList } from '../messages';
import type { PlanActions } from '../../app/planActions';
import { SheetLinks } from '../SheetLinks';
import type { ScaffoldState } from './useScaffold';

/** Progress, the consent question, and the result of a scaffold run, shared by every panel that writes a plan. */
export function ScaffoldStatus({ host, state, onReplace, onCancel }: { host: PlanActions; state: ScaffoldState; onReplace: () => void; onCancel: () => void }) {
  const t = useStrings();
  switch (state.kind) {
    case 'idle':
      return null;
    case 'working':
      return <ProgressBar value={state.total ? state.done / state.total : undefined} />;
    case 'consent':
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.existsTitle}</MessageBarTitle>
            {t.existsBody(state.existing.join(', '))}
            {state.foreign.length > 0 && <div>{t.existsForeign(state.foreign)}</div>}
            <ReplaceOrCancel onReplace={onReplace} onCancel={onCancel} />
          </MessageBarBody>
        </MessageBar>
      );
    case 'done':
      return (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.doneTitle}</MessageBarTitle>
            {state.outcome.fileName ? t.doneFile(state.outcome.fileName) : t.doneExcel(state.outcome.sheets.join(', '))}
            <SheetLinks host={host} sheets={state.outcome.sheets} />
            <SkippedList skipped={state.outcome.skipped} />
          </MessageBarBody>
        </MessageBar>
      );
    case 'error':
      return <ErrorBar title={t.errorTitle} message={state.message} />;
  }
}
