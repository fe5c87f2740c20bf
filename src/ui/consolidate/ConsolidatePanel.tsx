import { useContext, useEffect } from 'react';
import { Text } from '@fluentui/react-components';
import type { PlanActions } from '../../app/planActions';
import { LangContext, useStrings } from '../i18n';
import type { ConsolidateStep } from '../navigation';
import { PlanFilePicker, usePlanFile } from '../PlanFilePicker';
import { usePanelStyles } from '../scaffold/ScaffoldPanel';
import { useSessionState } from '../session/useSessionState';
import { FormsStep, formsSummary, useFormsState } from './FormsStep';
import { MembersStep, membersSummary, useMembers } from './MembersStep';
import { ReportStep, reportSummary, useReportState } from './ReportStep';
import { RunStep, runSummary, useRunState } from './RunStep';
import { RoundPicker } from '../RoundPicker';
import { roundToAsk, useRound, useRounds } from './round';
import { Step } from './Step';

/** The step Tổng hợp opens on, kept with the session (an error's button may set it). */
export const useOpenStep = () => useSessionState<ConsolidateStep | null>('consolidate.step', null);

/**
 * "Tổng hợp": the upper level's main job as four numbered steps — 1 report forms out, 2 reports in,
 * 3 consolidate, 4 write the report. One step is open at a time with one primary button; a step
 * done shows its result in one line. In Excel the workbook's own report sheets count in step 3; on
 * the standalone page the plan file, the members' files and the last consolidation stay in memory.
 */
export function ConsolidatePanel({ host }: { host: PlanActions }) {
  const t = useStrings();
  const lang = useContext(LangContext);
  const styles = usePanelStyles();
  const [planFile] = usePlanFile();
  const [forms, setForms] = useFormsState();
  const [members, setMembers] = useMembers();
  const [run, setRun] = useRunState();
  const [report, setReport] = useReportState();
  const [round, setRound] = useRound();
  const [rounds, setRounds] = useRounds();
  const [chosen, setOpen] = useOpenStep();
  const [planMissing, setPlanMissing] = useSessionState('consolidate.planMissing', false);
  const [membersMissing, setMembersMissing] = useSessionState('consolidate.membersMissing', false);
  const excel = host.kind === 'excel';

  const done: Record<ConsolidateStep, boolean> = {
    forms: forms.kind === 'outcome' && forms.outcome.status === 'done',
    members: members.length > 0 || (excel && run.kind === 'done'),
    consolidate: run.kind === 'done',
    report: report.kind === 'outcome' && report.outcome.status === 'done',
  };
  const order: ConsolidateStep[] = ['forms', 'members', 'consolidate', 'report'];
  const open = chosen ?? order.find((s) => !done[s]) ?? 'report';
  const titles: Record<ConsolidateStep, string> = { forms: t.stepForms, members: t.stepMembers, consolidate: t.stepRun, report: t.stepReport };
  const summaries: Record<ConsolidateStep, string | undefined> = {
    forms: formsSummary(forms, t),
    members: done.members ? membersSummary(members, excel, t) : undefined,
    consolidate: runSummary(run, lang),
    report: reportSummary(report, t),
  };
  const missingPlan = () => setPlanMissing(true);
  // The plan's rounds, read when the tab opens or another plan file is chosen; without a plan, none.
  useEffect(() => {
    let live = true;
    if (!excel && !planFile) setRounds([]);
    else host.rounds({ planFile: planFile ?? undefined }).then((r) => { if (live) setRounds(r); }, () => { if (live) setRounds([]); });
    return () => { live = false; };
  }, [host, excel, planFile, setRounds]);
  // Another round is other work: the steps' results of the last one no longer stand for it.
  const chooseRound = (code: string | null) => {
    if (code === round) return;
    setRound(code);
    setForms({ kind: 'idle' });
    setMembers([]);
    setRun({ kind: 'idle' });
    setReport({ kind: 'idle' });
    setOpen(null);
  };
  // The step the tab opens on is pinned: a step just finished stays open with its result and its
  // "Tiếp" button, until the user moves on.
  useEffect(() => {
    if (chosen === null) setOpen(open);
  }, [chosen, open, setOpen]);

  return (
    <div className={styles.form}>
      <Text>{excel ? t.consolidateIntro : t.consolidateIntroPage}</Text>
      {!excel && <PlanFilePicker missing={planMissing && !planFile} />}
      {rounds.length > 0 && <RoundPicker rounds={rounds} value={roundToAsk(round, rounds) ?? null} onChange={chooseRound} lang={lang} />}
      <ol aria-label={t.consolidateTitle} style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: 8 }}>
        {order.map((step, i) => (
          <li key={step}>
            <Step n={i + 1} id={`step-${step}`} title={titles[step]} done={done[step]} summary={summaries[step]} open={open === step} onOpen={() => setOpen(step)}>
              {step === 'forms' && <FormsStep host={host} onNext={() => setOpen('members')} nextTitle={t.stepMembers} onMissingPlan={missingPlan} />}
              {step === 'members' && <MembersStep host={host} onNext={() => setOpen('consolidate')} nextTitle={t.stepRun} missing={membersMissing} />}
              {step === 'consolidate' && (
                <RunStep host={host} onNext={() => setOpen('report')} nextTitle={t.stepReport}
                  onMissing={(what) => { if (what === 'plan') missingPlan(); else { setMembersMissing(true); setOpen('members'); } }} />
              )}
              {step === 'report' && <ReportStep host={host} onMissingPlan={missingPlan} />}
            </Step>
          </li>
        ))}
      </ol>
    </div>
  );
}
