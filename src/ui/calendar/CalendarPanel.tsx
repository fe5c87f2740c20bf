import { useContext } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar } from '@fluentui/react-components';
import type { CalendarOutcome } from '../../app/calendar';
import type { PlanActions } from '../../app/planActions';
import { monthLabel, typedMonth, type YearMonth } from '../../app/planInput';
import { LangContext, useStrings } from '../i18n';
import { ErrorBar, SkippedList } from '../messages';
import { PlanFilePicker, usePlanFile } from '../PlanFilePicker';
import { useSessionState } from '../session/useSessionState';
import type { ShownError } from '../shownError';
import { SheetLinks } from '../SheetLinks';
import { failure, TakeOverBar } from '../TakeOverBar';
import { usePanelStyles } from '../scaffold/ScaffoldPanel';

type State =
  | { kind: 'idle' }
  | { kind: 'working'; done: number; total: number }
  | { kind: 'done'; outcome: CalendarOutcome; month: YearMonth | null }
  | { kind: 'error'; error: ShownError }
  | { kind: 'takeOver'; sheets: string[] };

/**
 * "Lịch tháng": rebuild the year grid and the printable monthly schedules from the plan as the user
 * has edited it, optionally making one month the print area. In the standalone page the plan
 * workbook is chosen as a file and the schedule comes back as a download.
 */
export function CalendarPanel({ host }: { host: PlanActions }) {
  const t = useStrings();
  const lang = useContext(LangContext);
  const styles = usePanelStyles();
  const [planFile] = usePlanFile();
  const [monthText, setMonthText] = useSessionState('calendar.month', '');
  const [touched, setTouched] = useSessionState('calendar.touched', false);
  const [state, setState] = useSessionState<State>('calendar.run', { kind: 'idle' });

  const typed = typedMonth(monthText);
  const month = typed === 'invalid' ? null : typed;
  const needsFile = host.kind === 'file';

  async function run(takeOver = false) {
    setTouched(true);
    if (typed === 'invalid' || (needsFile && !planFile)) return;
    setState({ kind: 'working', done: 0, total: 1 });
    try {
      const outcome = await host.calendar({ month, planFile: planFile ?? undefined, takeOver, onProgress: (done, total) => setState({ kind: 'working', done, total }) });
      setState({ kind: 'done', outcome, month });
    } catch (e) {
      setState(failure(e, lang, !!host.select));
    }
  }

  return (
    <form className={styles.form} noValidate aria-label={t.calendarTitle} onSubmit={(e) => { e.preventDefault(); void run(); }}>
      <p>{needsFile ? t.calendarIntroFile : t.calendarIntroExcel}</p>
      {needsFile && (
        <Field label={t.calendarPlanFile} required>
          <PlanFilePicker missing={touched && !planFile} />
        </Field>
      )}
      <Field label={t.calendarMonth} hint={needsFile ? t.calendarMonthHintFile : t.calendarMonthHint} validationMessage={typed === 'invalid' ? t.calendarMonthInvalid : undefined}>
        <Input value={monthText} placeholder="11/2026" onChange={(_e, d) => setMonthText(d.value)} style={{ width: '10em' }} />
      </Field>
      <Button appearance="primary" type="submit" disabled={state.kind === 'working'}>
        {state.kind === 'working' ? t.calendarWorking : needsFile ? (month ? t.calendarRunMonthFile(monthLabel(month)) : t.calendarRunFile) : month ? t.calendarRunMonth(monthLabel(month)) : t.calendarRun}
      </Button>
      {state.kind === 'working' && <ProgressBar value={state.total ? state.done / state.total : undefined} />}
      {state.kind === 'done' && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.calendarDoneTitle}</MessageBarTitle>
            <div>{state.outcome.fileName ? t.doneFile(state.outcome.fileName) : t.calendarDoneExcel(state.outcome.sheets.join(', '), state.outcome.months)}</div>
            {state.month && state.outcome.printArea && <div>{t.calendarPrintReady(monthLabel(state.month))}</div>}
            {state.month && !state.outcome.printArea && !state.outcome.fileName && <div>{t.calendarPrintAreaSkipped}</div>}
            {!state.outcome.printArea && <SheetLinks host={host} sheets={state.outcome.sheets} />}
            <SkippedList skipped={state.outcome.skipped} />
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'error' && <ErrorBar title={t.calendarErrorTitle} error={state.error} />}
      {state.kind === 'takeOver' && <TakeOverBar sheets={state.sheets} onReplace={() => void run(true)} onCancel={() => setState({ kind: 'idle' })} />}
    </form>
  );
}
