import { useContext } from 'react';
import { Button, MessageBar, MessageBarBody, ProgressBar, Text } from '@fluentui/react-components';
import type { ConsolidateOutcome } from '../../app/consolidate';
import { consolidationHeadline, isCancelled } from '../../app/outcomeText';
import type { PlanActions } from '../../app/planActions';
import { LangContext, useStrings } from '../i18n';
import { ErrorBar } from '../messages';
import { usePlanFile } from '../PlanFilePicker';
import { usePanelStyles } from '../scaffold/ScaffoldPanel';
import { useSessionState } from '../session/useSessionState';
import type { ShownError } from '../shownError';
import { failure, TakeOverBar } from '../TakeOverBar';
import { ConsolidationResult } from './ConsolidationResult';
import { useMembers } from './MembersStep';
import { LastYearFile } from '../LastYearFile';
import { roundToAsk, useLastSummary, useLastYear, useRound, useRounds } from './round';

export type RunState =
  | { kind: 'idle' }
  | { kind: 'working'; done: number; total: number }
  | { kind: 'done'; outcome: ConsolidateOutcome }
  | { kind: 'error'; error: ShownError }
  | { kind: 'cancelled' }
  | { kind: 'takeOver'; sheets: string[] };

export const useRunState = () => useSessionState<RunState>('consolidate.run', { kind: 'idle' });

export function runSummary(state: RunState, lang: 'vi' | 'en'): string | undefined {
  return state.kind === 'done' ? consolidationHeadline(state.outcome.consolidation, lang) : undefined;
}

/** Step 3: the members' reports applied to the plan's targets; the result stays here until the next run. */
export function RunStep({ host, onNext, nextTitle, onMissing }: { host: PlanActions; onNext: () => void; nextTitle: string; onMissing: (what: 'plan' | 'members') => void }) {
  const t = useStrings();
  const lang = useContext(LangContext);
  const styles = usePanelStyles();
  const [planFile] = usePlanFile();
  const [members] = useMembers();
  const [state, setState] = useRunState();
  const [round] = useRound();
  const [rounds] = useRounds();
  const [lastYear, setLastYear] = useLastYear();
  const [lastSummary, setLastSummary] = useLastSummary();
  // The Cancel of a run started before the tab was left still reaches it.
  const [controller, setController] = useSessionState<AbortController | null>('consolidate.controller', null);
  const needsPlan = host.kind === 'file';
  const done = state.kind === 'done';

  async function run(takeOver = false) {
    if (needsPlan && !planFile) return onMissing('plan');
    if (needsPlan && !members.length) return onMissing('members');
    setState({ kind: 'working', done: 0, total: members.length + 1 });
    const c = new AbortController();
    setController(c);
    try {
      const asked = roundToAsk(round, rounds);
      // On the page a round joins the summary made last (its other rounds and Tiến độ kept), as the command line's -o does.
      const joins = needsPlan && asked && lastSummary ? { summaryFile: lastSummary, ontoFile: lastSummary } : {};
      const outcome = await host.consolidate({
        planFile: planFile ?? undefined, memberFiles: members, takeOver, signal: c.signal, round: asked, compare: lastYear ?? undefined, ...joins,
        onProgress: (n, total) => { if (!c.signal.aborted) setState({ kind: 'working', done: n, total }); },
      });
      setState({ kind: 'done', outcome });
      if (outcome.files?.[0]) setLastSummary(outcome.files[0]);
    } catch (e) {
      setState(isCancelled(e) ? { kind: 'cancelled' } : failure(e, lang, !!host.select));
    } finally {
      setController(null);
    }
  }

  return (
    <>
      <Text>{needsPlan ? t.consolidateIntroFile : t.consolidateIntroExcel}</Text>
      {roundToAsk(round, rounds) && <LastYearFile value={lastYear} onChange={setLastYear} lang={lang} />}
      <div className={styles.row}>
        <Button appearance={done ? 'secondary' : 'primary'} onClick={() => void run()} disabled={state.kind === 'working'}>{state.kind === 'working' ? t.consolidateWorking : done ? t.consolidateAgain : t.consolidateRun}</Button>
        {done && <Button appearance="primary" onClick={onNext}>{t.nextStep(nextTitle)}</Button>}
      </div>
      {state.kind === 'working' && (
        <div className={styles.row} style={{ alignItems: 'center' }} aria-live="polite">
          <ProgressBar style={{ flexGrow: 1, minWidth: '120px' }} value={state.total ? state.done / state.total : undefined} aria-label={t.consolidateWorking} />
          {members.length > 0 && <Text size={200}>{t.consolidateProgress(state.done, state.total)}</Text>}
          <Button size="small" onClick={() => controller?.abort()}>{t.cancel}</Button>
        </div>
      )}
      {state.kind === 'cancelled' && <MessageBar intent="info" layout="multiline"><MessageBarBody>{t.consolidateCancelled}</MessageBarBody></MessageBar>}
      {state.kind === 'error' && <ErrorBar title={t.consolidateErrorTitle} error={state.error} />}
      {state.kind === 'takeOver' && <TakeOverBar sheets={state.sheets} onReplace={() => void run(true)} onCancel={() => setState({ kind: 'idle' })} />}
      {state.kind === 'done' && <ConsolidationResult host={host} outcome={state.outcome} />}
    </>
  );
}
