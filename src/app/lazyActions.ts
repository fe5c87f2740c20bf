import { UserError } from '../domain/userError';
import type { PlanActions } from './planActions';

/**
 * Actions whose code loads on the first click, not with the pane: the sheet layouts, readers and
 * Office calls are most of the code, and the pane must open fast on a slow school network. A failed
 * load (the network dropped) is said plainly and tried again on the next click.
 */
export function lazyActions(kind: PlanActions['kind'], load: () => Promise<PlanActions>): PlanActions {
  let actions: Promise<PlanActions> | undefined;
  const get = () => (actions ??= load().catch(() => {
    actions = undefined;
    throw new UserError(
      'code-load-failed',
      'Không tải được phần xử lý (mạng có thể bị ngắt). Hãy kiểm tra kết nối rồi bấm lại; nếu vẫn lỗi, đóng và mở lại ngăn tác vụ.',
      'Could not load the processing code (the network may have dropped). Check the connection and click again; if it still fails, close and reopen the pane.',
    );
  }));
  return {
    kind,
    scaffold: async (plan, options) => (await get()).scaffold(plan, options),
    calendar: async (request) => (await get()).calendar(request),
    check: async (request) => (await get()).check(request),
    forms: async (request) => (await get()).forms(request),
    consolidate: async (request) => (await get()).consolidate(request),
    report: async (request) => (await get()).report(request),
    rounds: async (request) => (await get()).rounds(request),
    standing: async (request) => (await get()).standing(request),
    ...(kind === 'excel' && { select: async (sheet: string, cell: string) => (await get()).select?.(sheet, cell) }),
    // Only a page that downloads files saves a Word document; the pane's webview cannot be relied on to.
    ...(kind === 'file' && { saveWord: async (content, name) => {
      const actions = await get();
      if (!actions.saveWord) throw new UserError('word-unavailable', 'Trang này không tải được bản Word.', 'This page cannot download the Word document.');
      return actions.saveWord(content, name);
    } } satisfies Partial<PlanActions>),
  };
}
