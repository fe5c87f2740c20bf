import { lazy, Suspense } from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, ProgressBar } from '@fluentui/react-components';
import { useStrings } from '../i18n';
import { ErrorBar, SkippedList } from '../messages';
import type { PlanActions } from '../../app/planActions';
import { SheetLinks } from '../SheetLinks';
import type { ScaffoldState } from './useScaffold';

// The first tab comes with the pane: Fluent's Dialog loads only when a question must be asked.
const ReplaceDialog = lazy(async () => ({ default: (await import(/* webpackChunkName: "replace-dialog" */ '../ReplaceDialog')).ReplaceDialog }));

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
        <Suspense fallback={<ProgressBar />}>
          <ReplaceDialog title={t.existsTitle} onReplace={onReplace} onCancel={onCancel}>
            <p>{t.existsBody(state.existing.join(', '))}</p>
            {state.foreign.length > 0 && <p>{t.existsForeign(state.foreign)}</p>}
          </ReplaceDialog>
        </Suspense>
      );
    case 'done':
      return (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.doneTitle}</MessageBarTitle>
            <div>{state.outcome.fileName ? t.doneFile(state.outcome.fileName) : t.doneExcel(state.outcome.sheets.join(', '))}</div>
            <SheetLinks host={host} sheets={state.outcome.sheets} />
            <SkippedList skipped={state.outcome.skipped} />
            <div>{state.outcome.fileName ? t.nextAfterScaffoldFile : t.nextAfterScaffold}</div>
          </MessageBarBody>
        </MessageBar>
      );
    case 'error':
      return <ErrorBar title={t.errorTitle} error={state.error} />;
  }
}
