import { readFileSync } from 'node:fs';
import type { Plan } from '../domain/plan';
import { UserError } from '../domain/userError';
import { readWorkbookValues, type WorkbookValues } from '../hosts/xlsx/readWorkbook';
import { planReadError } from '../sheets/read/planReadError';
import { readPlan } from '../sheets/read/readPlan';

/** Every sheet's values of an .xlsx on disk; a missing or unreadable file is refused naming it. */
export async function readWorkbookFile(path: string): Promise<WorkbookValues> {
  let data: Uint8Array;
  try {
    data = readFileSync(path);
  } catch {
    throw new UserError('input-missing', `Không mở được tệp "${path}".`, `Cannot open "${path}".`, { file: path });
  }
  try {
    return await readWorkbookValues(data);
  } catch {
    throw new UserError('xlsx-invalid', `"${path}" không phải tệp Excel (.xlsx) hợp lệ, hoặc tệp bị hỏng hay có mật khẩu.`, `"${path}" is not a valid Excel (.xlsx) file, or it is damaged or password-protected.`, { file: path });
  }
}

/** A plan workbook read back to the model; a file it cannot use is refused naming the sheets and cells at fault. */
export async function readPlanFile(path: string): Promise<Plan> {
  const { plan, findings } = readPlan(await readWorkbookFile(path));
  if (!plan || findings.some((f) => f.severity === 'error')) throw planReadError(findings, path);
  return plan;
}
