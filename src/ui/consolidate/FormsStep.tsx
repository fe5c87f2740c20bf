import { useContext } from 'react';
import { Button, MessageBar, MessageBarBody, ProgressBar, Text } from '@fluentui/react-components';
import type { FormsOutcome } from '../../app/forms';
import type { PlanActions } from '../../app/planActions';
import { LangContext, useStrings } from '../i18n';
import { ErrorBar } from '../messages';
import { usePlanFile } from '../PlanFilePicker';
import { ReplaceDialog } from '../ReplaceDialog';
import { usePanelStyles } from '../scaffold/ScaffoldPanel';
import { useSessionState } from '../session/useSessionState';
import { SheetLinks } from '../SheetLinks';
import { shownError, type ShownError } from '../shownError';
import { roundToAsk, useRound, useRounds } from './round';

export type FormsState =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'outcome'; outcome: FormsOutcome }
  | { kind: 'error'; error: ShownError };

export const useFormsState = () => useSessionState<FormsState>('forms.run', { kind: 'idle' });

/** The one line a closed, done step shows. */
export function formsSummary(state: FormsState, t: ReturnType<typeof useStrings>): string | undefined {
  if (state.kind !== 'outcome' || state.outcome.status !== 'done') return undefined;
  return state.outcome.fileName ? t.formsDoneFile(state.outcome.units, state.outcome.fileName) : t.formsDoneExcel(state.outcome.units);
}

/** Step 1: one report form per unit, to send out (files) or to fill in the workbook (sheets). */
export function FormsStep({ host, onNext, nextTitle, onMissingPlan }: { host: PlanActions; onNext: () => void; nextTitle: string; onMissingPlan: () => void }) {
  const t = useStrings();
  const lang = useContext(LangContext);
  const styles = usePanelStyles();
  const [planFile] = usePlanFile();
  const [forms, setForms] = useFormsState();
  const [round] = useRound();
  const [rounds] = useRounds();
  const needsPlan = host.kind === 'file';
  const done = forms.kind === 'outcome' && forms.outcome.status === 'done';

  async function makeForms(replace: boolean) {
    if (needsPlan && !planFile) {
      onMissingPlan();
      return;
    }
    setForms({ kind: 'working' });
    try {
      setForms({ kind: 'outcome', outcome: await host.forms({ planFile: planFile ?? undefined, replace, round: roundToAsk(round, rounds) }) });
    } catch (e) {
      setForms({ kind: 'error', error: shownError(e, lang, !!host.select) });
    }
  }

  return (
    <>
      <Text>{needsPlan ? t.formsIntroFile : t.formsIntroExcel}</Text>
      <div className={styles.row}>
        <Button appearance={done ? 'secondary' : 'primary'} onClick={() => void makeForms(false)} disabled={forms.kind === 'working'}>{forms.kind === 'working' ? t.formsWorking : t.formsRun}</Button>
        <Button appearance={done ? 'primary' : 'subtle'} onClick={onNext}>{done ? t.nextStep(nextTitle) : t.skipStep}</Button>
      </div>
      {forms.kind === 'working' && <ProgressBar aria-label={t.formsWorking} />}
      {forms.kind === 'outcome' && forms.outcome.status === 'needs-consent' && (
        <ReplaceDialog title={t.formsExistTitle} onReplace={() => void makeForms(true)} onCancel={() => setForms({ kind: 'idle' })}>
          <p>{t.formsExistBody(forms.outcome.existing.length, forms.outcome.existing.slice(0, 5).join(', '))}</p>
          {!!forms.outcome.foreign?.length && <p>{t.existsForeign(forms.outcome.foreign)}</p>}
        </ReplaceDialog>
      )}
      {done && forms.kind === 'outcome' && forms.outcome.status === 'done' && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {formsSummary(forms, t)}
            <SheetLinks host={host} sheets={forms.outcome.sheets} />
          </MessageBarBody>
        </MessageBar>
      )}
      {forms.kind === 'error' && <ErrorBar title={t.formsErrorTitle} error={forms.error} />}
    </>
  );
}
