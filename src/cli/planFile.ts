import type { Plan } from '../domain/plan';
import { readNamedWorkbook, type WorkbookValues } from '../files/readWorkbook';
import { readablePlan } from '../sheets/read/planReadError';
import { readInput } from './input';

/** Every sheet's values of an .xlsx on disk; a missing or unreadable file is refused naming it. */
export async function readWorkbookFile(path: string): Promise<WorkbookValues> {
  return readNamedWorkbook(path, readInput(path));
}

/** A plan workbook read back to the model; a file it cannot use is refused naming the sheets and cells at fault. */
export async function readPlanFile(path: string): Promise<Plan> {
  return readablePlan(await readWorkbookFile(path), path);
}
