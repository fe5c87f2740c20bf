import { useContext } from 'react';
import { Button, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckOutcome } from '../../app/check';
import { checkHeadline, countBySeverity, type Finding } from '../../app/outcomeText';
import type { PlanActions } from '../../app/planActions';
import { LangContext, useStrings } from '../i18n';
import { ErrorBar } from '../messages';
import { PlanFilePicker, usePlanFile } from '../PlanFilePicker';
import { useSessionState } from '../session/useSessionState';
import { shownError, type ShownError } from '../shownError';
import { SheetLinks } from '../SheetLinks';
import { failure, TakeOverBar } from '../TakeOverBar';
import { usePanelStyles } from '../scaffold/ScaffoldPanel';
import { SeverityBadge } from '../status';
import { useNavigation } from '../navigation';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  item: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, alignItems: 'baseline', overflowWrap: 'anywhere', minWidth: 0 },
});

/** The pane lists this many findings; the `Kiểm tra` sheet has them all. */
const SHOWN = 200;

type State =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; outcome: CheckOutcome }
  | { kind: 'error'; error: ShownError }
  | { kind: 'takeOver'; sheets: string[] };

function groups(findings: readonly Finding[]): [string, Finding[]][] {
  const bySheet = new Map<string, Finding[]>();
  for (const f of findings.slice(0, SHOWN)) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);
  return [...bySheet];
}

/**
 * "Kiểm tra": checks the plan sheets and lists the findings by sheet; in Excel a click on a cell
 * address goes to that cell. The standalone page checks a chosen file and never changes it.
 */
export function CheckPanel({ host }: { host: PlanActions }) {
  const t = useStrings();
  const lang = useContext(LangContext);
  const styles = { ...usePanelStyles(), ...useStyles() };
  const [planFile] = usePlanFile();
  const [touched, setTouched] = useSessionState('check.touched', false);
  const [state, setState] = useSessionState<State>('check.run', { kind: 'idle' });
  const [selectError, setSelectError] = useSessionState<ShownError | null>('check.selectError', null);
  const needsFile = host.kind === 'file';
  const nav = useNavigation();

  async function run(takeOver = false) {
    setTouched(true);
    if (needsFile && !planFile) return;
    setState({ kind: 'working' });
    setSelectError(null);
    try {
      setState({ kind: 'done', outcome: await host.check({ planFile: planFile ?? undefined, takeOver }) });
    } catch (e) {
      setState(failure(e, lang, !!host.select));
    }
  }

  async function go(f: Finding) {
    try {
      await host.select?.(f.sheet, f.cell);
      setSelectError(null);
    } catch (e) {
      setSelectError(shownError(e, lang));
    }
  }

  const findings = state.kind === 'done' ? state.outcome.findings : [];
  const count = countBySeverity(findings);

  return (
    <form className={styles.form} noValidate aria-label={t.checkTitle} onSubmit={(e) => { e.preventDefault(); void run(); }}>
      <p>{needsFile ? t.checkIntroFile : t.checkIntroExcel}</p>
      {needsFile && <PlanFilePicker missing={touched && !planFile} />}
      <Button appearance="primary" type="submit" disabled={state.kind === 'working'}>{state.kind === 'working' ? t.checkWorking : t.checkRun}</Button>
      {state.kind === 'working' && <ProgressBar />}
      {state.kind === 'error' && <ErrorBar title={t.checkErrorTitle} error={state.error} />}
      {state.kind === 'takeOver' && <TakeOverBar sheets={state.sheets} onReplace={() => void run(true)} onCancel={() => setState({ kind: 'idle' })} />}
      {state.kind === 'done' && (
        <MessageBar intent={count.error ? 'error' : count.warning ? 'warning' : 'success'} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{checkHeadline(findings, lang)}</MessageBarTitle>
            {state.outcome.sheets.length > 0 && findings.length > 0 && <div>{t.checkWrittenTo(state.outcome.sheets.join(', '))}</div>}
            {findings.length > SHOWN && <div>{t.checkMore(findings.length - SHOWN)}</div>}
            {findings.length > 0 && <SheetLinks host={host} sheets={state.outcome.sheets} />}
            {!count.error && <div>{t.nextAfterCheck}</div>}
          </MessageBarBody>
          {!count.error && <MessageBarActions><Button onClick={() => nav.goTo('consolidate')}>{t.goConsolidate}</Button></MessageBarActions>}
        </MessageBar>
      )}
      {selectError && <ErrorBar title={t.checkGoFailed} error={selectError} />}
      {groups(findings).map(([sheet, list]) => (
        <section key={sheet} className={styles.group} aria-label={sheet}>
          <Text as="h2" weight="semibold">{`${sheet} (${list.length})`}</Text>
          <ul className={styles.list}>
            {list.map((f, i) => (
              <li key={`${f.code}-${f.cell}-${i}`} className={styles.item}>
                <SeverityBadge severity={f.severity} lang={lang} />
                {f.cell && host.select
                  ? <Link as="button" onClick={() => void go(f)} aria-label={t.checkGoTo(sheet, f.cell)}>{f.cell}</Link>
                  : f.cell && <Text weight="semibold">{f.cell}</Text>}
                <Text>{f[lang]}</Text>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </form>
  );
}
