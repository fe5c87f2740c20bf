import { useContext, useEffect } from 'react';
import { Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { PlanActions } from '../app/planActions';
import type { Standing } from '../app/standing';
import type { ChosenFile } from '../app/workbook';
import { LangContext, type Lang } from './i18n';
import { useNavigation, type ConsolidateStep, type Panel } from './navigation';
import { usePlanFile } from './PlanFilePicker';
import { useSessionState } from './session/useSessionState';
import { STANDING_STRINGS } from './standingStrings';

const useStyles = makeStyles({
  // Text that wraps, never widens the pane; quieter than the tab's own first action.
  line: { margin: 0, overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
});

/** Where the line's link leads: a tab, and in Tổng hợp one of its steps. */
interface Next {
  label: string;
  panel: Panel;
  step?: ConsolidateStep;
}

/** What the line says for a standing, and the next step where another tab takes it. */
/** `chosenFile`: the plan is a file chosen on the page (whose picker names it), not the open workbook. */
export function standingText(s: Standing, panel: Panel, lang: Lang, chosenFile = false): { text: string; next?: Next } {
  const t = STANDING_STRINGS[lang];
  if (!s.plan) {
    if (s.planErrors) return { text: t.standPlanErrors(s.planErrors), ...(panel !== 'check' && { next: { label: t.standGoCheck, panel: 'check' } }) };
    const text = chosenFile ? t.standNoPlanFile : t.standNoPlan;
    // Tạo mới and Từ văn bản are where a plan is made: their own first action is the way on.
    return { text, ...(panel !== 'scaffold' && panel !== 'import' && { next: { label: t.standGoScaffold, panel: 'scaffold' } }) };
  }
  const p = s.plan;
  // "năm 2026" is Vietnamese; English says the period as its code ("2026", "2026-H1").
  const period = lang === 'vi' ? p.periodLabel : p.periodCode;
  const plan = chosenFile ? t.standPlanFile(p.org, period, p.targets, p.tasks, p.units) : t.standPlan(p.org, period, p.targets, p.tasks, p.units);
  if (s.report) return { text: `${plan} ${t.standReport}`, next: { label: t.standGoConsolidate, panel: 'consolidate', step: 'report' } };
  if (s.summary) return { text: `${plan} ${t.standSummary}`, next: { label: t.standGoReport, panel: 'consolidate', step: 'report' } };
  if (s.formSheets) return { text: `${plan} ${t.standForms(s.formSheets)}`, next: { label: t.standGoMembers, panel: 'consolidate', step: 'members' } };
  if (!p.units) return { text: `${plan} ${t.standNoUnits}` };
  return { text: plan, next: { label: t.standGoForms, panel: 'consolidate', step: 'forms' } };
}

/**
 * One line over a tab saying where the user stands — a plan or none, forms made, a consolidation,
 * the report — and the next step as a quiet link to the tab that takes it (the tab's own first
 * action stays the one primary button). Read again when the plan file changes or a plan is made;
 * while it is read, or if it cannot be, the line says nothing rather than something stale.
 */
export function StandingLine({ host, panel }: { host: PlanActions; panel: Panel }) {
  const lang = useContext(LangContext);
  const t = STANDING_STRINGS[lang];
  const styles = useStyles();
  const nav = useNavigation();
  const [planFile] = usePlanFile();
  // The page keeps its last consolidation and report in memory: they count as made.
  const [lastSummary] = useSessionState<ChosenFile | null>('consolidate.lastSummary', null);
  const [scaffolded] = useSessionState<{ kind: string }>('scaffold.run', { kind: 'idle' });
  const [imported] = useSessionState<{ kind: string }>('import.run', { kind: 'idle' });
  const [reported] = useSessionState<{ kind: string; outcome?: { status: string } }>('report.run', { kind: 'idle' });
  // Kept across tabs, so the line does not blink out while the next tab reads it again.
  const [standing, setStanding] = useSessionState<Standing | null>('standing', null);
  const page = host.kind === 'file';
  // A plan just made (a done run is a new object each time) is a reason to read again.
  const scaffoldDone = scaffolded.kind === 'done' ? scaffolded : null;
  const importDone = imported.kind === 'done' ? imported : null;

  useEffect(() => {
    if (page && !planFile) return;
    let current = true;
    host.standing({ planFile: planFile ?? undefined, summaryFile: lastSummary ?? undefined })
      .then((s) => { if (current) setStanding(s); }, () => { if (current) setStanding(null); });
    return () => { current = false; };
  }, [host, page, planFile, lastSummary, scaffoldDone, importDone, setStanding]);

  if (page && !planFile) return <Text as="p" size={200} className={styles.line}>{t.standNoFile}</Text>;
  if (!standing) return null;
  const wrote = page && reported.kind === 'outcome' && reported.outcome?.status === 'done';
  const { text, next } = standingText({ ...standing, report: standing.report || wrote }, panel, lang, page);
  return (
    <Text as="p" size={200} className={styles.line}>
      {text}
      {next && <>{' '}<Link as="button" inline onClick={() => nav.goTo(next.panel, next.step)}>{next.label}</Link></>}
    </Text>
  );
}
