import { useContext, useState } from 'react';
import {
  Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Select, makeStyles, tokens,
} from '@fluentui/react-components';
import { emptyPlan } from '../domain/plan';
import { periodLabel } from '../domain/period';
import { normalizeText } from '../domain/text';
import { UserError } from '../domain/userError';
import type { PlanHost, ScaffoldOutcome } from '../hosts/planHost';
import { useStrings, LangContext } from './i18n';
import { defaultFirstYear, periodFromChoice, type PeriodChoiceKind } from './periodChoice';

/** "Tạo bảng kế hoạch": period and unit in, plan sheets out, asking before it replaces anything. */
const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

type State =
  | { kind: 'idle' }
  | { kind: 'working'; done: number; total: number }
  | { kind: 'consent'; existing: string[] }
  | { kind: 'done'; outcome: Extract<ScaffoldOutcome, { status: 'done' }> }
  | { kind: 'error'; message: string };

export function ScaffoldPanel({ host, today = new Date() }: { host: PlanHost; today?: Date }) {
  const t = useStrings();
  const lang = useContext(LangContext);
  const styles = useStyles();
  const [periodKind, setPeriodKind] = useState<PeriodChoiceKind>('year');
  const [year, setYear] = useState(String(defaultFirstYear('year', today)));
  const [org, setOrg] = useState('');
  const [parent, setParent] = useState('');
  const [touched, setTouched] = useState(false);
  const [state, setState] = useState<State>({ kind: 'idle' });

  const period = periodFromChoice(periodKind, Number(year));
  const orgName = normalizeText(org);
  const working = state.kind === 'working';

  async function run(replace: boolean) {
    setTouched(true);
    if (!period || !orgName) return;
    setState({ kind: 'working', done: 0, total: 1 });
    try {
      const plan = emptyPlan(orgName, normalizeText(parent), period);
      const outcome = await host.scaffold(plan, { replace, onProgress: (done, total) => setState({ kind: 'working', done, total }) });
      setState(outcome.status === 'needs-consent' ? { kind: 'consent', existing: outcome.existing } : { kind: 'done', outcome });
    } catch (e) {
      const message = e instanceof UserError ? (lang === 'vi' ? e.vi : e.en) : e instanceof Error ? e.message : String(e);
      setState({ kind: 'error', message });
    }
  }

  return (
    <form className={styles.form} noValidate onSubmit={(e) => { e.preventDefault(); void run(false); }} aria-label={t.scaffoldTitle}>
      <p>{t.scaffoldIntro}</p>
      <div className={styles.row}>
        <Field label={t.periodKind}>
          <Select value={periodKind} onChange={(_e, d) => { const k = d.value as PeriodChoiceKind; setPeriodKind(k); setYear(String(defaultFirstYear(k, today))); }}>
            <option value="year">{t.kindYear}</option>
            <option value="school-year">{t.kindSchoolYear}</option>
            <option value="term">{t.kindTerm}</option>
          </Select>
        </Field>
        <Field label={t.firstYear} validationMessage={touched && !period ? t.yearInvalid : undefined} hint={period ? t.periodPreview(periodLabel(period)) : undefined}>
          <Input type="number" value={year} onChange={(_e, d) => setYear(d.value)} style={{ width: '8em' }} />
        </Field>
      </div>
      <Field label={t.org} required hint={t.orgHint} validationMessage={touched && !orgName ? t.orgRequired : undefined}>
        <Input value={org} onChange={(_e, d) => setOrg(d.value)} />
      </Field>
      <Field label={t.parent}>
        <Input value={parent} onChange={(_e, d) => setParent(d.value)} />
      </Field>
      <Button appearance="primary" type="submit" disabled={working}>{working ? t.creating : t.create}</Button>
      {working && <ProgressBar value={state.total ? state.done / state.total : undefined} />}
      {state.kind === 'consent' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.existsTitle}</MessageBarTitle>
            {t.existsBody(state.existing.join(', '))}
            <div className={styles.row} style={{ marginTop: 8 }}>
              <Button appearance="primary" onClick={() => void run(true)}>{t.replace}</Button>
              <Button onClick={() => setState({ kind: 'idle' })}>{t.cancel}</Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'done' && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.doneTitle}</MessageBarTitle>
            {state.outcome.fileName ? t.doneFile(state.outcome.fileName) : t.doneExcel(state.outcome.sheets.join(', '))}
            {state.outcome.skipped.length > 0 && (
              <>
                <div>{t.skippedTitle}</div>
                <ul>{state.outcome.skipped.map((s) => <li key={s.feature}>{lang === 'vi' ? s.vi : s.en}</li>)}</ul>
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'error' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
            {state.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
