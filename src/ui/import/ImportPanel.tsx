import { useContext, useRef } from 'react';
import {
  Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, Textarea, makeStyles, tokens,
} from '@fluentui/react-components';
import { parseDocument, planFromDocument, readDocument, type DocumentSource, type ParsedPlan } from '../../app/importDocument';
import type { PlanActions } from '../../app/planActions';
import { periodLabel, typedPeriod, unitName } from '../../app/planInput';
import { toChosenFile } from '../files';
import { LangContext, useStrings } from '../i18n';
import { ErrorBar } from '../messages';
import { usePanelStyles } from '../scaffold/ScaffoldPanel';
import { ScaffoldStatus } from '../scaffold/ScaffoldStatus';
import { useScaffold } from '../scaffold/useScaffold';
import { useSessionState } from '../session/useSessionState';
import { shownError, type ShownError } from '../shownError';

const useStyles = makeStyles({
  summary: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, padding: tokens.spacingHorizontalS, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  warnings: { margin: 0, paddingLeft: '1.2em', maxHeight: '14em', overflowY: 'auto' },
  found: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: '1.6em', maxHeight: '16em', overflowY: 'auto', overflowWrap: 'anywhere' },
});

/** Warnings beyond this many are counted, not listed: the pane is narrow. */
const SHOWN_WARNINGS = 20;
/** Targets and tasks listed for review; the sheets get them all. */
const SHOWN_FOUND = 60;

type Read =
  | { kind: 'none' }
  | { kind: 'reading' }
  | { kind: 'read'; parsed: ParsedPlan; source: DocumentSource }
  | { kind: 'error'; error: ShownError };

/**
 * "Tạo từ văn bản kế hoạch": read a .docx/.txt or pasted text, show what was recognised (counts,
 * warnings, period, unit) and only then write the plan sheets.
 */
export function ImportPanel({ host }: { host: PlanActions }) {
  const t = useStrings();
  const lang = useContext(LangContext);
  const styles = { ...usePanelStyles(), ...useStyles() };
  const fileInput = useRef<HTMLInputElement>(null);
  const [pasted, setPasted] = useSessionState('import.pasted', '');
  const [read, setRead] = useSessionState<Read>('import.read', { kind: 'none' });
  const [org, setOrg] = useSessionState('import.org', '');
  // What the user typed stays when another document is read; only a name they never touched follows the document.
  const [orgTyped, setOrgTyped] = useSessionState('import.orgTyped', false);
  const [parent, setParent] = useSessionState('import.parent', '');
  const [periodText, setPeriodText] = useSessionState('import.period', '');
  const [touched, setTouched] = useSessionState('import.touched', false);
  const { state, run, reset } = useScaffold(host, 'import');

  async function load(readSource: () => Promise<DocumentSource>) {
    setRead({ kind: 'reading' });
    reset();
    setTouched(false);
    try {
      const source = await readSource();
      const parsed = parseDocument(source);
      setRead({ kind: 'read', parsed, source });
      if (!orgTyped) setOrg(parsed.info.issuingBody ?? '');
    } catch (e) {
      setRead({ kind: 'error', error: shownError(e, lang) });
    }
  }

  const parsed = read.kind === 'read' ? read.parsed : null;
  const typed = typedPeriod(periodText);
  const period = typed && typed !== 'invalid' ? typed : (parsed?.info.period ?? null);
  const orgName = unitName(org);
  // Nothing recognised makes an empty plan, which Tạo mới does better: no button to write it.
  const nothing = !!parsed && !parsed.targets.length && !parsed.tasks.length;

  function submit(replace: boolean) {
    setTouched(true);
    if (read.kind !== 'read' || nothing || !period || !orgName || typed === 'invalid') return;
    // A typed period places the document's day/month dates anew, so the text is read again with it.
    const final = typed ? parseDocument(read.source, { period }) : read.parsed;
    void run(planFromDocument(final, org, parent), replace);
  }

  return (
    <div className={styles.form}>
      <p>{t.importIntro}</p>
      <div className={styles.row}>
        <Button onClick={() => fileInput.current?.click()} disabled={read.kind === 'reading'}>{t.importChooseFile}</Button>
        <input
          ref={fileInput} type="file" accept=".docx,.txt" hidden aria-label={t.importChooseFile}
          onChange={(e) => { const file = e.target.files?.[0]; e.target.value = ''; if (file) void load(async () => readDocument(await toChosenFile(file))); }}
        />
      </div>
      <Field label={t.importPasteLabel}>
        <Textarea value={pasted} onChange={(_e, d) => setPasted(d.value)} rows={5} resize="vertical" />
      </Field>
      <div className={styles.row}>
        <Button disabled={!pasted.trim() || read.kind === 'reading'} onClick={() => void load(async () => ({ file: null, text: pasted }))}>{t.importReadPasted}</Button>
      </div>
      {read.kind === 'reading' && <Spinner size="tiny" label={t.importReading} />}
      {read.kind === 'error' && <ErrorBar title={t.importErrorTitle} error={read.error} />}
      {parsed && (
        <form className={styles.form} noValidate aria-label={t.importReviewTitle} onSubmit={(e) => { e.preventDefault(); submit(false); }}>
          <section className={styles.summary} aria-label={t.importReviewTitle}>
            <Text as="h2" weight="semibold" size={300} style={{ margin: 0 }}>{`${t.importReviewTitle}: ${read.kind === 'read' ? (read.source.file ?? t.importPastedSource) : ''}`}</Text>
            <Text>{`${parsed.info.title ?? t.importUntitled}${parsed.info.number ? ` — ${t.importNumber} ${parsed.info.number}` : ''}`}</Text>
            <Text>{t.importCounts(parsed.targets.length, parsed.tasks.length, parsed.tasks.filter((x) => x.timing.kind !== 'unspecified').length, parsed.schedule.length)}</Text>
            <Text>{parsed.info.period ? t.periodPreview(periodLabel(parsed.info.period)) : t.importNoPeriod}</Text>
            {parsed.targets.length > 0 && (
              <details>
                <summary>{t.importShowTargets(parsed.targets.length)}</summary>
                <ol className={styles.found}>{parsed.targets.slice(0, SHOWN_FOUND).map((x, i) => <li key={i}>{x.text}</li>)}</ol>
              </details>
            )}
            {parsed.tasks.length > 0 && (
              <details>
                <summary>{t.importShowTasks(parsed.tasks.length)}</summary>
                <ol className={styles.found}>{parsed.tasks.slice(0, SHOWN_FOUND).map((x, i) => <li key={i}>{x.text}</li>)}</ol>
                {parsed.tasks.length > SHOWN_FOUND && <Text size={200}>{t.importMoreFound(parsed.tasks.length - SHOWN_FOUND)}</Text>}
              </details>
            )}
          </section>
          {nothing && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t.importNothingTitle}</MessageBarTitle>
                <div>{t.importNothingBody}</div>
              </MessageBarBody>
            </MessageBar>
          )}
          {!nothing && parsed.warnings.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t.importWarnings(parsed.warnings.length)}</MessageBarTitle>
                <ul className={styles.warnings}>
                  {parsed.warnings.slice(0, SHOWN_WARNINGS).map((w, i) => <li key={i}>{w.message}{w.text ? ` — “${w.text.slice(0, 80)}”` : ''}</li>)}
                </ul>
                {parsed.warnings.length > SHOWN_WARNINGS && <div>{t.importMoreWarnings(parsed.warnings.length - SHOWN_WARNINGS)}</div>}
              </MessageBarBody>
            </MessageBar>
          )}
          {!nothing && <>
          <Field
            label={t.importPeriod} required={!parsed.info.period} hint={parsed.info.period ? t.importPeriodHint(periodLabel(parsed.info.period)) : t.importPeriodHintNone}
            validationMessage={typed === 'invalid' || (touched && !period) ? t.importPeriodInvalid : undefined}
          >
            <Input value={periodText} placeholder={parsed.info.period ? periodLabel(parsed.info.period) : '2026'} onChange={(_e, d) => setPeriodText(d.value)} />
          </Field>
          <Field label={t.org} required validationMessage={touched && !orgName ? t.orgRequired : undefined}>
            <Input value={org} onChange={(_e, d) => { setOrg(d.value); setOrgTyped(true); }} />
          </Field>
          <Field label={t.parent}>
            <Input value={parent} onChange={(_e, d) => setParent(d.value)} />
          </Field>
          <Button appearance="primary" type="submit" disabled={state.kind === 'working'}>{state.kind === 'working' ? t.creating : t.importCreate}</Button>
          <ScaffoldStatus host={host} state={state} onReplace={() => submit(true)} onCancel={reset} />
          </>}
        </form>
      )}
    </div>
  );
}
