import { useContext } from 'react';
import type { PlanActions } from '../../app/planActions';
import type { Plan } from '../../app/planInput';
import type { ScaffoldOutcome } from '../../app/scaffold';
import { LangContext } from '../i18n';
import { useSessionState } from '../session/useSessionState';
import { shownError, type ShownError } from '../shownError';

/** One scaffold run as the pane sees it: working, waiting for consent, done or failed. */
export type ScaffoldState =
  | { kind: 'idle' }
  | { kind: 'working'; done: number; total: number }
  | { kind: 'consent'; existing: string[]; foreign: string[] }
  | { kind: 'done'; outcome: Extract<ScaffoldOutcome, { status: 'done' }> }
  | { kind: 'error'; error: ShownError };

/**
 * Writes a plan through the host, first without replacing anything; when the host answers that
 * sheets exist, the state asks for consent and `run(plan, true)` replaces them. `key` keeps each
 * tab's run apart in the session.
 */
export function useScaffold(host: PlanActions, key: string) {
  const lang = useContext(LangContext);
  const [state, setState] = useSessionState<ScaffoldState>(`${key}.run`, { kind: 'idle' });
  async function run(plan: Plan, replace: boolean) {
    setState({ kind: 'working', done: 0, total: 1 });
    try {
      const outcome = await host.scaffold(plan, { replace, onProgress: (done, total) => setState({ kind: 'working', done, total }) });
      setState(outcome.status === 'needs-consent' ? { kind: 'consent', existing: outcome.existing, foreign: outcome.foreign ?? [] } : { kind: 'done', outcome });
    } catch (e) {
      setState({ kind: 'error', error: shownError(e, lang, !!host.select) });
    }
  }
  return { state, run, reset: () => setState({ kind: 'idle' }) };
}
