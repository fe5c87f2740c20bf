import { periodCode } from '../domain/period';
import type { Plan } from '../domain/plan';
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
}

export type FormsOutcome =
  | NeedsConsent
  | ({ status: 'done'; units: number; targets: number; sheets: string[]; skipped: Skipped[] } & SavedFiles);

/**
 * "Tạo mẫu báo cáo": one report form per unit of `Đơn vị`. In a workbook, each a sheet ("BC <mã>",
 * Tables BaoCao1, BaoCao2…); as files, one workbook per unit named by its code, ready to send.
 * Forms that exist may hold figures already typed, so they are replaced only with consent.
 */
export async function forms(wb: Workbook, request: FormsRequest): Promise<FormsOutcome> {
  const { plan: sheets } = await wb.read({ plan: [...INPUT_SHEETS, SHEET.units] });
  const plan = usablePlan(sheets.values, sheets.file);
  const outputs = wb.writesTo === 'sheets' ? [{ name: `mau-bao-cao-${periodCode(plan.info.period)}.xlsx`, spec: formSheetsWorkbook(plan) }] : formFiles(plan, sheets.file);
  const written = await wb.write(outputs, { replace: request.replace ? 'all' : 'none', bundle: `mau-bao-cao-${periodCode(plan.info.period)}.zip` });
  if (written.status !== 'done') return written;
  return { status: 'done', units: plan.units.length, targets: plan.targets.length, sheets: written.sheets, skipped: written.skipped, ...savedFiles(written) };
}

/** One file per unit; codes that differ only by accents or symbols would make one name, so none is made. */
function formFiles(plan: Plan, file: string | undefined): Output[] {
  const names = plan.units.map((u) => formFileName(u.code));
  const clash = names.find((n, i) => names.indexOf(n) !== i);
  if (clash) {
    throw new UserError('form-name-clash', `Hai mã đơn vị cho cùng tên tệp "${clash}": hãy sửa mã trong trang Đơn vị.`, `Two unit codes give the same file name "${clash}": fix the codes in Đơn vị.`, { ...(file ? { file } : {}), sheet: SHEET.units });
  }
  return plan.units.map((u, i) => ({ name: names[i], spec: reportFormWorkbook(plan, u) }));
}
