import { useContext, useRef } from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text } from '@fluentui/react-components';
import { findingLine } from '../../app/outcomeText';
import type { PlanActions } from '../../app/planActions';
import { wordFileName, type ReportMode, type ReportOutcome } from '../../app/report';
import type { ChosenFile } from '../../app/workbook';
import { toChosenFile } from '../files';
import { LangContext, useStrings } from '../i18n';
import { ErrorBar, SkippedList } from '../messages';
import { usePlanFile } from '../PlanFilePicker';
import { ReplaceDialog } from '../ReplaceDialog';
import { usePanelStyles } from '../scaffold/ScaffoldPanel';
import { useSessionState } from '../session/useSessionState';
import { SheetLinks } from '../SheetLinks';
import { shownError, type ShownError } from '../shownError';
import { roundToAsk, useLastSummary, useRound, useRounds } from './round';

export type ReportState =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'outcome'; outcome: ReportOutcome }
  | { kind: 'error'; error: ShownError };

export const useReportState = () => useSessionState<ReportState>('report.run', { kind: 'idle' });

type WordState = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; file: string } | { kind: 'error'; error: ShownError };

export function reportSummary(state: ReportState, t: ReturnType<typeof useStrings>): string | undefined {
  if (state.kind !== 'outcome' || state.outcome.status !== 'done') return undefined;
  return state.outcome.fileName ? t.doneFile(state.outcome.fileName) : t.reportDoneExcel;
}

/**
 * Step 4, "Tạo báo cáo tổng hợp": the report sheet from the consolidation. On the standalone page the
 * consolidation just made is used as it is (no upload of the file just downloaded); another can be
 * chosen. An existing report is the officer's text, so the pane asks how to treat it first.
 */
export function ReportStep({ host, onMissingPlan }: { host: PlanActions; onMissingPlan: () => void }) {
  const t = useStrings();
  const lang = useContext(LangContext);
  const styles = usePanelStyles();
  const summaryInput = useRef<HTMLInputElement>(null);
  const [planFile] = usePlanFile();
  const [chosenSummary, setChosenSummary] = useSessionState<ChosenFile | null>('report.summaryFile', null);
  const [round] = useRound();
  const [rounds] = useRounds();
  const [lastSummary] = useLastSummary();
  const [state, setState] = useReportState();
  const [word, setWord] = useSessionState<WordState>('report.word', { kind: 'idle' });
  const needsFiles = host.kind === 'file';
  // The consolidation of step 3, kept in memory: the page needs no upload of what it just made.
  const summaryFile = chosenSummary ?? lastSummary;
  const done = state.kind === 'outcome' && state.outcome.status === 'done';

  async function write(mode?: ReportMode) {
    if (needsFiles && !planFile) {
      onMissingPlan();
      return;
    }
    setState({ kind: 'working' });
    setWord({ kind: 'idle' });
    try {
      setState({ kind: 'outcome', outcome: await host.report({ planFile: planFile ?? undefined, summaryFile: summaryFile ?? undefined, mode, round: roundToAsk(round, rounds) }) });
    } catch (e) {
      setState({ kind: 'error', error: shownError(e, lang, !!host.select) });
    }
  }

  /** The report just written, as the Word document offices sign and send (pages that download files). */
  async function saveWord(outcome: Extract<ReportOutcome, { status: 'done' }>) {
    if (!host.saveWord) return;
    setWord({ kind: 'working' });
    try {
      setWord({ kind: 'done', file: await host.saveWord(outcome.content, wordFileName(outcome.fileName ?? 'bao-cao-tong-hop.xlsx')) });
    } catch (e) {
      setWord({ kind: 'error', error: shownError(e, lang, !!host.select) });
    }
  }

  return (
    <>
      <Text>{needsFiles ? t.reportIntroFile : t.reportIntroExcel}</Text>
      {needsFiles && (
        <div className={styles.row} style={{ alignItems: 'baseline' }}>
          {summaryFile && <Text>{chosenSummary ? t.reportUsesChosen(summaryFile.name) : t.reportUsesLast(summaryFile.name)}</Text>}
          <Button size="small" onClick={() => summaryInput.current?.click()}>{summaryFile ? t.reportChooseOther : t.reportChooseSummary}</Button>
          <input ref={summaryInput} type="file" accept=".xlsx" hidden aria-label={t.reportChooseSummary}
            onChange={async (e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) setChosenSummary(await toChosenFile(f)); }} />
        </div>
      )}
      <div className={styles.row}>
        <Button appearance={done ? 'secondary' : 'primary'} onClick={() => void write()} disabled={state.kind === 'working'}>{state.kind === 'working' ? t.reportWorking : t.reportRun}</Button>
      </div>
      {state.kind === 'working' && <ProgressBar aria-label={t.reportWorking} />}
      {state.kind === 'outcome' && state.outcome.status === 'needs-consent' && (
        <ReplaceDialog
          title={t.reportExistTitle}
          onReplace={() => void write('replace')}
          onCancel={() => setState({ kind: 'idle' })}
          extra={<>
            {!state.outcome.foreign?.length && <Button appearance="primary" onClick={() => void write('keep-edits')}>{t.reportKeepEdits}</Button>}
            <Button onClick={() => void write('copy')}>{t.reportKeepCopy}</Button>
          </>}
        >
          <p>{t.reportExistBody}</p>
          {!!state.outcome.foreign?.length && <p>{t.existsForeign(state.outcome.foreign)}</p>}
        </ReplaceDialog>
      )}
      {state.kind === 'outcome' && state.outcome.status === 'done' && (
        <MessageBar intent={state.outcome.findings.length ? 'warning' : 'success'} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{reportSummary(state, t)}</MessageBarTitle>
            {state.outcome.kept > 0 && <div>{t.reportKept(state.outcome.kept)}</div>}
            {state.outcome.copy && <div>{t.reportCopied(state.outcome.copy)}</div>}
            <SheetLinks host={host} sheets={state.outcome.sheets} />
            {state.outcome.findings.map((f, i) => <div key={i}>{findingLine(f, lang, {})}</div>)}
            <SkippedList skipped={state.outcome.skipped} />
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'outcome' && state.outcome.status === 'done' && host.saveWord && (
        <div className={styles.row} style={{ alignItems: 'baseline' }}>
          <Button appearance="primary" onClick={() => state.outcome.status === 'done' && void saveWord(state.outcome)} disabled={word.kind === 'working'}>{word.kind === 'working' ? t.wordWorking : t.wordRun}</Button>
          {word.kind === 'done' && <Text role="status">{t.wordDone(word.file)}</Text>}
        </div>
      )}
      {word.kind === 'error' && <ErrorBar title={t.wordErrorTitle} error={word.error} />}
      {state.kind === 'error' && <ErrorBar title={t.reportErrorTitle} error={state.error} />}
    </>
  );
}
