import type { Plan } from '../domain/plan';
import { readNamedWorkbook, type WorkbookValues } from '../hosts/xlsx/readWorkbook';
import { ZIP_LIMITS } from '../hosts/xlsx/zipGuard';
import { readablePlan } from '../sheets/read/planReadError';
import { readInput, type InputLimit } from './input';

/** An .xlsx is refused before it is read past the size zipGuard would refuse it at anyway. */
export const WORKBOOK_LIMIT: InputLimit = { bytes: ZIP_LIMITS.fileBytes, what: { vi: 'sổ làm việc Excel', en: 'Excel workbook' } };

/** The bytes of an .xlsx the user named: a regular file within the workbook limit. */
export function readWorkbookBytes(path: string): Uint8Array {
  return readInput(path, WORKBOOK_LIMIT);
}

/** Every sheet's values of an .xlsx on disk; a missing or unreadable file is refused naming it. */
export async function readWorkbookFile(path: string): Promise<WorkbookValues> {
  return readNamedWorkbook(path, readWorkbookBytes(path));
}

/** A plan workbook read back to the model; a file it cannot use is refused naming the sheets and cells at fault. */
export async function readPlanFile(path: string): Promise<Plan> {
  return readablePlan(await readWorkbookFile(path), path);
}
