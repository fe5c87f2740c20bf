import { errorText, UserError, type Lang } from '../app/outcomeText';
import type { ConsolidateStep, Panel } from './navigation';

/** The one way out an error offers: the tab (or step) that fixes its cause, or the sheet to edit. */
export type Fix =
  | { kind: 'tab'; panel: Panel; step?: ConsolidateStep }
  | { kind: 'sheet'; sheet: string };

/** A failure as the pane shows it: what happened and what to do, the system's own words in small print. */
export interface ShownError {
  message: string;
  /** An error code from Office or the browser, for a support call; never the message itself. */
  detail?: string;
  fix?: Fix;
}

const UNEXPECTED = {
  vi: 'Việc này chưa làm xong do một lỗi không lường trước. Hãy bấm lại; nếu vẫn lỗi, hãy tải lại ngăn (hoặc trang web) và báo cho người hỗ trợ kèm mã lỗi bên dưới.',
  en: 'This did not finish because of an unexpected error. Click again; if it still fails, reload the pane (or the web page) and tell whoever supports you, with the error code below.',
};

/** Where each cause is fixed. */
function fixFor(e: UserError, canShowSheets: boolean): Fix | undefined {
  switch (e.code) {
    case 'plan-missing':
      return { kind: 'tab', panel: 'scaffold' };
    case 'summary-unreadable':
      return { kind: 'tab', panel: 'consolidate', step: 'consolidate' };
    case 'no-report-sheets':
      return { kind: 'tab', panel: 'consolidate', step: 'members' };
    case 'units-missing':
    case 'targets-missing':
      return canShowSheets && e.where.sheet ? { kind: 'sheet', sheet: e.where.sheet } : undefined;
    default:
      return undefined;
  }
}

export function shownError(e: unknown, lang: Lang, canShowSheets = false): ShownError {
  if (e instanceof UserError) return { message: errorText(e, lang), detail: e.detail, fix: fixFor(e, canShowSheets) };
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return { message: UNEXPECTED[lang], detail };
}
