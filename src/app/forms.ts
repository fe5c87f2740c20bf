import { periodCode } from '../domain/period';
import type { Plan } from '../domain/plan';
import { chosenRound, type Round } from '../domain/round';
import { UserError } from '../domain/userError';
import { formSheetsWorkbook } from '../sheets/formSheets';
import { INPUT_SHEETS } from '../sheets/check/checkPlan';
import { SHEET } from '../sheets/names';
import { usablePlan } from '../sheets/read/usablePlan';
import { formFileName, reportFormWorkbook } from '../sheets/reportForm';
import type { PlanFiles } from './planFiles';
import { savedFiles, type SavedFiles } from './saved';
import type { NeedsConsent, Output, Skipped, Workbook } from './workbook';

export interface FormsRequest extends PlanFiles {
  /** The user agreed to replace form sheets (or files) that exist: they may hold typed figures. */
  replace: boolean;
  /** The reporting round's code ("6T"): the forms ask for the figures to its cut-off. None: the whole period. */
  round?: string;
}

export type FormsOutcome =
  | NeedsConsent
  | ({ status: 'done'; units: number; targets: number; sheets: string[]; skipped: Skipped[]; round?: Round | null } & SavedFiles);

/**
 * "Tạo mẫu báo cáo": one report form per unit of `Đơn vị`. In a workbook, each a sheet ("BC <mã>",
 * Tables BaoCao1, BaoCao2…); as files, one workbook per unit named by its code, ready to send.
 * Forms that exist may hold figures already typed, so they are replaced only with consent.
 */
export async function forms(wb: Workbook, request: FormsRequest): Promise<FormsOutcome> {
  const { plan: sheets } = await wb.read({ plan: [...INPUT_SHEETS, SHEET.units] });
  const plan = usablePlan(sheets.values, sheets.file);
  const round = chosenRound(plan, request.round, sheets.file);
  const stem = `mau-bao-cao-${periodCode(plan.info.period)}${round ? `-${round.code}` : ''}`;
  const outputs = wb.writesTo === 'sheets' ? [{ name: `${stem}.xlsx`, spec: formSheetsWorkbook(plan, [], round) }] : formFiles(plan, sheets.file, round);
  const written = await wb.write(outputs, { replace: request.replace ? 'all' : 'none', bundle: `${stem}.zip` });
  if (written.status !== 'done') return written;
  return { status: 'done', units: plan.units.length, targets: plan.targets.length, sheets: written.sheets, skipped: written.skipped, round, ...savedFiles(written) };
}

/** One file per unit; codes that differ only by accents or symbols would make one name, so none is made. */
function formFiles(plan: Plan, file: string | undefined, round: Round | null): Output[] {
  const names = plan.units.map((u) => formFileName(u.code, round?.code));
  const clash = names.find((n, i) => names.indexOf(n) !== i);
  if (clash) {
    throw new UserError('form-name-clash', `Hai mã đơn vị cho cùng tên tệp "${clash}": hãy sửa mã trong trang Đơn vị.`, `Two unit codes give the same file name "${clash}": fix the codes in Đơn vị.`, { ...(file ? { file } : {}), sheet: SHEET.units });
  }
  return plan.units.map((u, i) => ({ name: names[i], spec: reportFormWorkbook(plan, u, undefined, round) }));
}
