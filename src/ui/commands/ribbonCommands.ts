import type { PlanActions } from '../../hosts/lazyHost';
import type { CommandHandler } from '../../hosts/excel/ribbon';
import { UserError } from '../../domain/userError';
import { STRINGS } from '../i18n';
import { errorMessage } from '../scaffold/useScaffold';
import { checkNotice, failureNotice, refreshNotice } from './notices';

/**
 * The ribbon's two function commands, keyed by the manifest's FunctionName. They do what the
 * pane's buttons do, without the questions: a sheet of the user's in the way is never replaced
 * from the ribbon (takeOver stays off), and a refresh with no report sheet in the workbook writes
 * nothing (the summary may come from files); the notice sends them to the pane instead.
 */
export function ribbonCommands(actions: Pick<PlanActions, 'check' | 'consolidate'>): Record<string, CommandHandler> {
  return {
    runCheck: async (lang) => {
      try {
        return checkNotice(await actions.check({}), lang);
      } catch (e) {
        return failureNotice(e, lang, STRINGS[lang].tabCheck);
      }
    },
    refreshConsolidation: async (lang) => {
      try {
        return refreshNotice(await actions.consolidate({ memberFiles: [], needsSheets: true }), lang);
      } catch (e) {
        // Nothing to refresh from is no failure: the old summary stands, and the notice says why.
        if (e instanceof UserError && e.code === 'no-report-sheets') return { intent: 'warning', title: STRINGS[lang].refreshNothingTitle, lines: [errorMessage(e, lang)] };
        return failureNotice(e, lang, STRINGS[lang].tabConsolidate);
      }
    },
  };
}
