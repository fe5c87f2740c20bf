import type { PlanActions } from '../app/planActions';
import type { CommandHandler } from '../hosts/excel/ribbon';
import { STRINGS } from '../ui/i18n';
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
        return failureNotice(e, lang, STRINGS[lang].tabConsolidate);
      }
    },
  };
}
