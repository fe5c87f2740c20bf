import { useContext, useRef, useState } from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { errorText, findingLine } from '../../app/outcomeText';
import type { PlanActions } from '../../app/planActions';
import type { ReportMode, ReportOutcome } from '../../app/report';
import type { ChosenFile } from '../../app/workbook';
import { toChosenFile } from '../files';
import { LangContext, useStrings } from '../i18n';
import { ErrorBar, SkippedList } from '../messages';
import { SheetLinks } from '../SheetLinks';
import { usePanelStyles } from '../scaffold/ScaffoldPanel';

type State =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'outcome'; outcome: ReportOutcome }
  | { kind: 'error'; message: string };

/**
 * "Tạo báo cáo tổng hợp": the report sheet from the consolidation. An existing report is the
 * officer's text, so the pane asks how to treat it before anything is written.
 */
export function ReportSection({ host, planFile, onMissingPlan }: { host: PlanActions; planFile: ChosenFile | null; onMissingPlan: () => void }) {
  const t = useStrings();
  const lang = useContext(LangContext);
  const styles = usePanelStyles();
  const summaryInput = useRef<HTMLInputElement>(null);
  const [summaryFile, setSummaryFile] = useState<ChosenFile | null>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const needsFiles = host.kind === 'file';

  async function run(mode?: ReportMode) {
    if (needsFiles && !planFile) {
      onMissingPlan();
      return;
    }
    setState({ kind: 'working' });
    try {
      setState({ kind: 'outcome', outcome: await host.report({ planFile: planFile ?? undefined, summaryFile: summaryFile ?? undefined, mode }) });
    } catch (e) {
      setState({ kind: 'error', message: errorText(e, lang) });
    }
  }

  return (
    <section className={styles.form} aria-label={t.reportTitle}>
      <Text weight="semibold">{t.reportTitle}</Text>
      <Text>{needsFiles ? t.reportIntroFile : t.reportIntroExcel}</Text>
      {needsFiles && (
        <div className={styles.row}>
          <Button onClick={() => summaryInput.current?.click()}>{t.reportChooseSummary}</Button>
          <input ref={summaryInput} type="file" accept=".xlsx" hidden aria-label={t.reportChooseSummary}
            onChange={async (e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) setSummaryFile(await toChosenFile(f)); }} />
          {summaryFile && <Text>{summaryFile.name}</Text>}
        </div>
      )}
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void run()} disabled={state.kind === 'working'}>{state.kind === 'working' ? t.reportWorking : t.reportRun}</Button>
      </div>
      {state.kind === 'outcome' && state.outcome.status === 'needs-consent' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.reportExistTitle}</MessageBarTitle>
            {t.reportExistBody}
            {!!state.outcome.foreign?.length && <div>{t.existsForeign(state.outcome.foreign)}</div>}
            <div className={styles.row} style={{ marginTop: 8 }}>
              {!state.outcome.foreign?.length && <Button appearance="primary" onClick={() => void run('keep-edits')}>{t.reportKeepEdits}</Button>}
              <Button onClick={() => void run('copy')}>{t.reportKeepCopy}</Button>
              <Button onClick={() => void run('replace')}>{t.replace}</Button>
              <Button appearance="subtle" onClick={() => setState({ kind: 'idle' })}>{t.cancel}</Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'outcome' && state.outcome.status === 'done' && (
        <MessageBar intent={state.outcome.findings.length ? 'warning' : 'success'} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{state.outcome.fileName ? t.doneFile(state.outcome.fileName) : t.reportDoneExcel}</MessageBarTitle>
            {state.outcome.kept > 0 && <div>{t.reportKept(state.outcome.kept)}</div>}
            {state.outcome.copy && <div>{t.reportCopied(state.outcome.copy)}</div>}
            <SheetLinks host={host} sheets={state.outcome.sheets} />
            {state.outcome.findings.map((f, i) => <div key={i}>{findingLine(f, lang, {})}</div>)}
            <SkippedList skipped={state.outcome.skipped} />
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'error' && <ErrorBar title={t.reportErrorTitle} message={state.message} />}
    </section>
  );
}
