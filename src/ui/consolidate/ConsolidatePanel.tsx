import { useContext, useRef, useState, type DragEvent } from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text, makeStyles, shorthands, tokens } from '@fluentui/react-components';
import type { ConsolidateOutcome } from '../../app/consolidate';
import type { FormsOutcome } from '../../app/forms';
import { consolidationHeadline, errorText, findingLine, isCancelled, missingLine, statusText, targetResult } from '../../app/outcomeText';
import type { PlanActions } from '../../app/planActions';
import type { ChosenFile } from '../../app/workbook';
import { LangContext, useStrings } from '../i18n';
import { toChosenFile } from '../files';
import { ErrorBar } from '../messages';
import { PlanFilePicker } from '../PlanFilePicker';
import { failure, TakeOverBar } from '../TakeOverBar';
import { ReportSection } from '../report/ReportSection';
import { SheetLinks } from '../SheetLinks';
import { usePanelStyles } from '../scaffold/ScaffoldPanel';

const useStyles = makeStyles({
  drop: { ...shorthands.border('2px', 'dashed', tokens.colorNeutralStroke1), borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  dropActive: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: '2px 4px', textAlign: 'left', verticalAlign: 'top' },
});

/** Findings listed in the pane; the `Kiểm tra` sheet or file has them all. */
const SHOWN = 20;

type State =
  | { kind: 'idle' }
  | { kind: 'working'; done: number; total: number }
  | { kind: 'done'; outcome: ConsolidateOutcome }
  | { kind: 'error'; message: string }
  | { kind: 'cancelled' }
  | { kind: 'takeOver'; sheets: string[] };

/** Only workbooks: a dropped folder or a note among the files is skipped, not read as a report. */
function workbooks(files: FileList | File[]): Promise<ChosenFile[]> {
  return Promise.all([...files].filter((f) => /\.xlsx$/i.test(f.name)).map(toChosenFile));
}

/**
 * "Tổng hợp": the upper level's main job. In Excel, every sheet holding a BaoCao table plus any
 * member files dropped here; in the standalone page, a plan file and the members' files. The result
 * sheets are rewritten; the pane shows who has not reported and how each target stands.
 */
export function ConsolidatePanel({ host }: { host: PlanActions }) {
  const t = useStrings();
  const lang = useContext(LangContext);
  const styles = { ...usePanelStyles(), ...useStyles() };
  const membersInput = useRef<HTMLInputElement>(null);
  const [planFile, setPlanFile] = useState<ChosenFile | null>(null);
  const [members, setMembers] = useState<ChosenFile[]>([]);
  const [dragging, setDragging] = useState(false);
  const [touched, setTouched] = useState(false);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const running = useRef<AbortController | null>(null);
  const [forms, setForms] = useState<{ kind: 'idle' } | { kind: 'working' } | { kind: 'outcome'; outcome: FormsOutcome } | { kind: 'error'; message: string }>({ kind: 'idle' });
  const needsPlan = host.kind === 'file';

  async function makeForms(replace: boolean) {
    setTouched(true);
    if (needsPlan && !planFile) return;
    setForms({ kind: 'working' });
    try {
      setForms({ kind: 'outcome', outcome: await host.forms({ planFile: planFile ?? undefined, replace }) });
    } catch (e) {
      setForms({ kind: 'error', message: errorText(e, lang) });
    }
  }

  async function addMembers(files: FileList | File[]) {
    const chosen = await workbooks(files);
    // The same file dropped twice is one report, not two.
    setMembers((old) => [...old.filter((o) => !chosen.some((c) => c.name === o.name)), ...chosen]);
  }

  async function run(takeOver = false) {
    setTouched(true);
    if (needsPlan && (!planFile || !members.length)) return;
    setState({ kind: 'working', done: 0, total: members.length + 1 });
    const controller = new AbortController();
    running.current = controller;
    try {
      const outcome = await host.consolidate({
        planFile: planFile ?? undefined, memberFiles: members, takeOver, signal: controller.signal,
        onProgress: (done, total) => { if (!controller.signal.aborted) setState({ kind: 'working', done, total }); },
      });
      setState({ kind: 'done', outcome });
    } catch (e) {
      setState(isCancelled(e) ? { kind: 'cancelled' } : failure(e, lang));
    } finally {
      running.current = null;
    }
  }

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void addMembers(e.dataTransfer.files);
  };

  return (
    <form className={styles.form} noValidate aria-label={t.consolidateTitle} onSubmit={(e) => { e.preventDefault(); void run(); }}>
      <p>{needsPlan ? t.consolidateIntroFile : t.consolidateIntroExcel}</p>
      {needsPlan && <PlanFilePicker file={planFile} onChange={setPlanFile} missing={touched && !planFile} />}
      <section className={styles.form} aria-label={t.formsTitle}>
        <Text weight="semibold">{t.formsTitle}</Text>
        <Text>{needsPlan ? t.formsIntroFile : t.formsIntroExcel}</Text>
        <div className={styles.row}>
          <Button onClick={() => void makeForms(false)} disabled={forms.kind === 'working'}>{forms.kind === 'working' ? t.formsWorking : t.formsRun}</Button>
        </div>
        {forms.kind === 'outcome' && forms.outcome.status === 'needs-consent' && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.formsExistTitle}</MessageBarTitle>
              {t.formsExistBody(forms.outcome.existing.length, forms.outcome.existing.slice(0, 5).join(', '))}
              {!!forms.outcome.foreign?.length && <div>{t.existsForeign(forms.outcome.foreign)}</div>}
              <div className={styles.row} style={{ marginTop: 8 }}>
                <Button appearance="primary" onClick={() => void makeForms(true)}>{t.replace}</Button>
                <Button onClick={() => setForms({ kind: 'idle' })}>{t.cancel}</Button>
              </div>
            </MessageBarBody>
          </MessageBar>
        )}
        {forms.kind === 'outcome' && forms.outcome.status === 'done' && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {forms.outcome.fileName ? t.formsDoneFile(forms.outcome.units, forms.outcome.fileName) : t.formsDoneExcel(forms.outcome.units)}
              <SheetLinks host={host} sheets={forms.outcome.sheets} />
            </MessageBarBody>
          </MessageBar>
        )}
        {forms.kind === 'error' && <ErrorBar title={t.formsErrorTitle} message={forms.message} />}
      </section>
      <div
        className={`${styles.drop} ${dragging ? styles.dropActive : ''}`}
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        aria-label={t.consolidateDrop}
        role="group"
      >
        <Text>{t.consolidateDrop}</Text>
        <div className={styles.row}>
          <Button onClick={() => membersInput.current?.click()}>{t.consolidateChooseMembers}</Button>
          <input ref={membersInput} type="file" accept=".xlsx" multiple hidden aria-label={t.consolidateChooseMembers}
            onChange={async (e) => { const files = e.target.files ? [...e.target.files] : []; e.target.value = ''; await addMembers(files); }} />
          {members.length > 0 && <Button appearance="subtle" onClick={() => setMembers([])}>{t.consolidateClear}</Button>}
        </div>
        <Text>{members.length ? t.consolidateChosen(members.length) : needsPlan ? t.consolidateNoneFile : t.consolidateNoneExcel}</Text>
        {needsPlan && touched && !members.length && <Text role="alert">{t.consolidateMembersMissing}</Text>}
      </div>
      <Button appearance="primary" type="submit" disabled={state.kind === 'working'}>{state.kind === 'working' ? t.consolidateWorking : t.consolidateRun}</Button>
      {state.kind === 'working' && (
        <div className={styles.row} style={{ alignItems: 'center' }} aria-live="polite">
          <ProgressBar style={{ flexGrow: 1, minWidth: '120px' }} value={state.total ? state.done / state.total : undefined} aria-label={t.consolidateWorking} />
          {members.length > 0 && <Text size={200}>{t.consolidateProgress(state.done, state.total)}</Text>}
          <Button size="small" onClick={() => running.current?.abort()}>{t.cancel}</Button>
        </div>
      )}
      {state.kind === 'cancelled' && <MessageBar intent="info" layout="multiline"><MessageBarBody>{t.consolidateCancelled}</MessageBarBody></MessageBar>}
      {state.kind === 'error' && <ErrorBar title={t.consolidateErrorTitle} message={state.message} />}
      {state.kind === 'takeOver' && <TakeOverBar sheets={state.sheets} onReplace={() => void run(true)} onCancel={() => setState({ kind: 'idle' })} />}
      {state.kind === 'done' && <Result host={host} outcome={state.outcome} />}
      <ReportSection host={host} planFile={planFile} onMissingPlan={() => setTouched(true)} />
    </form>
  );
}

function Result({ host, outcome }: { host: PlanActions; outcome: ConsolidateOutcome }) {
  const t = useStrings();
  const lang = useContext(LangContext);
  const styles = useStyles();
  const c = outcome.consolidation;
  const missing = missingLine(c, lang);
  return (
    <>
      <MessageBar intent={c.units.missing.length || outcome.findings.some((f) => f.severity === 'error') ? 'warning' : 'success'} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{consolidationHeadline(c, lang)}</MessageBarTitle>
          {missing && <div>{missing}</div>}
          <div>{outcome.fileName ? t.doneFile(outcome.fileName) : t.consolidateWritten(outcome.sheets.join(', '), outcome.reportSheets)}</div>
          <SheetLinks host={host} sheets={outcome.sheets} />
        </MessageBarBody>
      </MessageBar>
      <table className={styles.table} aria-label={t.consolidateTargets}>
        <thead><tr><th className={styles.cell}>{t.consolidateColCode}</th><th className={styles.cell}>{t.consolidateColResult}</th><th className={styles.cell}>{t.consolidateColStatus}</th></tr></thead>
        <tbody>
          {c.targets.map((x) => (
            <tr key={x.code}>
              <td className={styles.cell}>{x.code}</td>
              <td className={styles.cell}>{targetResult(x)}</td>
              <td className={styles.cell}>{statusText(x.status, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {outcome.findings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.consolidateFindings(outcome.findings.length)}</MessageBarTitle>
            <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
              {outcome.findings.slice(0, SHOWN).map((f, i) => <li key={i}>{findingLine(f, lang, { severity: true })}</li>)}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
