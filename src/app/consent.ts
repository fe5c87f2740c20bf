import { quotedList } from '../domain/text';
import { UserError } from '../domain/userError';
import type { Output, Progress, Workbook, WriteDone } from './workbook';

/**
 * The conflicts a pane turns into a question ("Thay thế" / "Hủy"), as an error for the actions that
 * rebuild sheets unionplan owns and have no question of their own: a same-named sheet of the user's
 * is in the way, and nothing was written.
 */
export class SheetsNotOwned extends UserError {
  constructor(readonly sheets: string[]) {
    const list = quotedList(sheets);
    super('sheet-not-owned',
      `Sổ làm việc đã có trang tính ${list} do bạn tạo, và trang tính của bạn không bị ghi đè: hãy đổi tên trang tính đó, hoặc chọn "Thay thế" nếu muốn thay nó.`,
      `The workbook has a sheet ${list} you made, and your sheets are never overwritten: rename it, or choose "Replace" to replace it.`,
      { sheet: sheets[0] });
    this.name = 'SheetsNotOwned';
  }
}

/** The sheets a failure names when it is the take-over question; null for any other failure. */
export function notOwnedSheets(e: unknown): string[] | null {
  if (!(e instanceof UserError) || e.code !== 'sheet-not-owned') return null;
  const sheets = (e as UserError & { sheets?: unknown }).sheets;
  return Array.isArray(sheets) ? sheets.map(String) : e.where.sheet ? [e.where.sheet] : [];
}

/**
 * The rebuild of sheets unionplan owns (the calendar, `Kiểm tra`, the consolidation): its own sheets
 * are replaced without asking; a same-named sheet of the user's needs `takeOver`, or nothing is
 * written and SheetsNotOwned says which.
 */
export async function rewriteOwnSheets(wb: Workbook, outputs: readonly Output[], options: { takeOver?: boolean; onProgress?: Progress }): Promise<WriteDone> {
  const written = await wb.write(outputs, { replace: options.takeOver ? 'all' : 'owned', onProgress: options.onProgress });
  if (written.status !== 'done') throw new SheetsNotOwned(written.existing);
  return written;
}
