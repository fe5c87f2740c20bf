import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { PlanActions } from '../../app/planActions';
import { defaultFirstYear, newPlan, periodFromChoice, periodLabel, unitName, type PeriodChoiceKind } from '../../app/planInput';
import { useStrings } from '../i18n';
import { useSessionState } from '../session/useSessionState';
import { ScaffoldStatus } from './ScaffoldStatus';
import { useScaffold } from './useScaffold';

/** The layout every panel shares: a column of fields, and rows that wrap in a 320 px pane. */
export const usePanelStyles = makeStyles({
  // Paragraphs take the column's gap, not their own margins too.
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, '& > p': { margin: 0 } },
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** "Tạo bảng kế hoạch": period and unit in, plan sheets out, asking before it replaces anything. */
export function ScaffoldPanel({ host, today = new Date() }: { host: PlanActions; today?: Date }) {
  const t = useStrings();
  const styles = usePanelStyles();
  const [periodKind, setPeriodKind] = useSessionState<PeriodChoiceKind>('scaffold.kind', 'year');
  const [year, setYear] = useSessionState('scaffold.year', () => String(defaultFirstYear('year', today)));
  const [org, setOrg] = useSessionState('scaffold.org', '');
  const [parent, setParent] = useSessionState('scaffold.parent', '');
  const [touched, setTouched] = useSessionState('scaffold.touched', false);
  const { state, run, reset } = useScaffold(host, 'scaffold');

  const period = periodFromChoice(periodKind, Number(year));
  const orgName = unitName(org);
  const working = state.kind === 'working';

  function submit(replace: boolean) {
    setTouched(true);
    const p = newPlan(period, org, parent);
    if (p) void run(p, replace);
  }

  return (
    <form className={styles.form} noValidate onSubmit={(e) => { e.preventDefault(); submit(false); }} aria-label={t.scaffoldTitle}>
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
      <ScaffoldStatus host={host} state={state} onReplace={() => submit(true)} onCancel={reset} />
    </form>
  );
}
