/*
 * One round trip that survives the user typing in a cell. Excel refuses a whole request while a cell
 * is being edited (nothing of it runs), so the request is queued again and retried after a pause.
 * Excel 2021+ (ExcelApi 1.11) waits by itself when the run asks it to (`runOptions`); the retry is
 * for older versions, and gives up with Excel's own error after the last pause.
 */

export const CELL_EDIT_WAITS_MS: readonly number[] = [1000, 2000, 3000, 5000];

export function errorCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : undefined;
}

export interface RequestOptions {
  waits?: readonly number[];
  sleep?: (ms: number) => Promise<void>;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Queues with `queue`, syncs, and returns what `queue` returned; `queue` runs again for each retry. */
export async function request<T>(context: Excel.RequestContext, queue: () => T, options: RequestOptions = {}): Promise<T> {
  const waits = options.waits ?? CELL_EDIT_WAITS_MS;
  for (let attempt = 0; ; attempt++) {
    const out = queue();
    try {
      await context.sync();
      return out;
    } catch (e) {
      if (errorCode(e) !== 'InvalidOperationInCellEditMode' || attempt >= waits.length) throw e;
      await (options.sleep ?? pause)(waits[attempt]);
    }
  }
}

/** `Excel.run` options: wait for the user to leave a cell where Excel can (ExcelApi 1.11). */
export function runOptions(cellEditWait: boolean): Excel.RunOptions {
  return cellEditWait ? { delayForCellEdit: true } : {};
}
