import { readFileSync } from 'node:fs';
import type { Plan } from '../domain/plan';
import { UserError } from '../domain/userError';
import { readWorkbookValues } from '../hosts/xlsx/readWorkbook';
import { planReadError } from '../sheets/read/planReadError';
import { readPlan } from '../sheets/read/readPlan';

/** A plan workbook read back to the model; a file it cannot use is refused naming the sheets and cells at fault. */
export async function readPlanFile(path: string): Promise<Plan> {
  let data: Uint8Array;
  try {
    data = readFileSync(path);
  } catch {
    throw new UserError('input-missing', `Không mở được tệp "${path}".`, `Cannot open "${path}".`, { file: path });
  }
  let values;
  try {
    values = await readWorkbookValues(data);
  } catch {
    throw new UserError('xlsx-invalid', `"${path}" không phải tệp Excel (.xlsx) hợp lệ, hoặc tệp bị hỏng hay có mật khẩu.`, `"${path}" is not a valid Excel (.xlsx) file, or it is damaged or password-protected.`, { file: path });
  }
  const { plan, findings } = readPlan(values);
  if (!plan || findings.some((f) => f.severity === 'error')) throw planReadError(findings, path);
  return plan;
}
