import type { Round } from '../domain/round';
import { lastYearSummary, type LastYearSummary } from '../sheets/read/readLastYear';
import { readNamedWorkbook } from './readWorkbook';

/** Last year's summary file the user chose, read as values (never changed). */
export async function readLastYearFile(file: { name: string; data: Uint8Array }, round: Round | null): Promise<LastYearSummary> {
  return lastYearSummary(await readNamedWorkbook(file.name, file.data), file.name, round);
}
