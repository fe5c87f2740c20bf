import type { Plan } from '../domain/plan';
import { periodCode } from '../domain/period';
import { planWorkbook } from '../sheets/planWorkbook';
import { savedFiles, type SavedFiles } from './saved';
import type { NeedsConsent, Progress, Skipped, Workbook } from './workbook';

export interface ScaffoldOptions {
  /** The user agreed to replace the plan sheets that exist (whoever made them). */
  replace: boolean;
  onProgress?: Progress;
}

export type ScaffoldOutcome =
  | NeedsConsent
  | ({ status: 'done'; sheets: string[]; replaced: string[]; skipped: Skipped[] } & SavedFiles);

/**
 * "Tạo bảng kế hoạch" (and the last step of "Từ văn bản"): the plan sheets, empty or filled from a
 * document. Sheets that exist are replaced only with the user's consent; without it nothing is
 * written and the question goes back to the pane.
 */
export async function scaffold(wb: Workbook, plan: Plan, options: ScaffoldOptions): Promise<ScaffoldOutcome> {
  const spec = planWorkbook(plan);
  const written = await wb.write([{ name: `ke-hoach-${periodCode(plan.info.period)}.xlsx`, spec }], { replace: options.replace ? 'all' : 'none', onProgress: options.onProgress });
  if (written.status !== 'done') return written;
  return { status: 'done', sheets: written.sheets, replaced: written.replaced, skipped: written.skipped, ...savedFiles(written) };
}
