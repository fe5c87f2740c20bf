import type { Finding } from '../domain/finding';
import type { MemberReport } from '../domain/report/memberReport';
import { UserError } from '../domain/userError';
import { ruleFinding } from '../domain/validation/ruleFinding';
import { readReports } from '../sheets/read/readReport';
import { readWorkbookCells, unreadableWorkbook } from './readWorkbook';
import { stopIfCancelled } from '../domain/cancel';

/**
 * A member's .xlsx as reports: every sheet holding a BaoCao table. The file is only read, as values;
 * one that cannot be opened is a finding naming it, and the caller goes on with the others.
 */
export async function readMemberFile(name: string, data: Uint8Array): Promise<{ reports: MemberReport[]; findings: Finding[] }> {
  let cells;
  try {
    cells = await readWorkbookCells(data);
  } catch (e) {
    const why = unreadableWorkbook(name, data, e);
    return {
      reports: [],
      findings: [ruleFinding('report-unreadable', why.where.sheet ? `${name} › ${why.where.sheet}` : name, '', `${why.vi} Các tệp khác vẫn được tổng hợp.`, `${why.en} The other files are still consolidated.`)],
    };
  }
  return readReports(cells.values, name, cells.dated);
}

/**
 * A member's file: its name, and its bytes — or how to get them when its turn comes (a path on
 * disk), so hundreds of files never sit in memory together.
 */
export interface MemberFile {
  name: string;
  data: Uint8Array | (() => Promise<Uint8Array>);
}

/** The bytes of a member's file; one that cannot be opened is a finding naming it. */
async function memberBytes(f: MemberFile): Promise<Uint8Array | Finding> {
  if (typeof f.data !== 'function') return f.data;
  try {
    return await f.data();
  } catch (e) {
    // The reason the file was refused (missing, a pipe, too large) when there is one to say.
    const why = e instanceof UserError ? e : { vi: `Không mở được tệp "${f.name}".`, en: `Cannot open "${f.name}".` };
    return ruleFinding('report-unreadable', f.name, '', `${why.vi} Các tệp khác vẫn được tổng hợp.`, `${why.en} The other files are still consolidated.`);
  }
}

/**
 * Files the user chose, dropped or named, read one after another; `onProgress` counts them out of
 * one step more, the consolidation itself. A `signal` aborted stops before the next file.
 */
export async function readMemberFiles(files: readonly MemberFile[], onProgress?: (done: number, total: number) => void, signal?: AbortSignal): Promise<{ reports: MemberReport[]; findings: Finding[] }> {
  const reports: MemberReport[] = [];
  const findings: Finding[] = [];
  for (const [i, f] of files.entries()) {
    stopIfCancelled(signal);
    const bytes = await memberBytes(f);
    const read = bytes instanceof Uint8Array ? await readMemberFile(f.name, bytes) : { reports: [], findings: [bytes] };
    reports.push(...read.reports);
    findings.push(...read.findings);
    onProgress?.(i + 1, files.length + 1);
  }
  return { reports, findings };
}
