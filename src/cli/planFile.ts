import { readFileSync } from 'node:fs';
import type { Plan } from '../domain/plan';
import { UserError } from '../domain/userError';
import { readNamedWorkbook, type WorkbookValues } from '../hosts/xlsx/readWorkbook';
import { readablePlan } from '../sheets/read/planReadError';

/** Every sheet's values of an .xlsx on disk; a missing or unreadable file is refused naming it. */
export async function readWorkbookFile(path: string): Promise<WorkbookValues> {
  let data: Uint8Array;
  try {
    data = readFileSync(path);
  } catch {
    throw new UserError('input-missing', `Không mở được tệp "${path}".`, `Cannot open "${path}".`, { file: path });
  }
  return readNamedWorkbook(path, data);
}

/** A plan workbook read back to the model; a file it cannot use is refused naming the sheets and cells at fault. */
export async function readPlanFile(path: string): Promise<Plan> {
  return readablePlan(await readWorkbookFile(path), path);
}
