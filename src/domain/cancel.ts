import { UserError } from './userError';

/*
 * Stopping long work (reading hundreds of member files) at the user's word. Checked between steps
 * and always before anything is written, so a stopped run changes nothing.
 */

export const CANCELLED = 'cancelled';

export function stopIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new UserError(CANCELLED, 'Đã dừng theo yêu cầu; chưa có gì được ghi.', 'Stopped as asked; nothing was written.');
}

export function isCancelled(e: unknown): boolean {
  return e instanceof UserError && e.code === CANCELLED;
}
