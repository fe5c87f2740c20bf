import type { Finding } from '../domain/finding';
import type { MemberReport } from '../domain/report/memberReport';
import { ruleFinding } from '../domain/validation/ruleFinding';
import { readReports } from '../sheets/read/readReport';
import { readWorkbookValues, unreadableWorkbook } from './readWorkbook';
import { stopIfCancelled } from '../app/cancel';

/**
 * A member's .xlsx as reports: every sheet holding a BaoCao table. The file is only read, as values;
 * one that cannot be opened is a finding naming it, and the caller goes on with the others.
 */
export async function readMemberFile(name: string, data: Uint8Array): Promise<{ reports: MemberReport[]; findings: Finding[] }> {
  let values;
  try {
    values = await readWorkbookValues(data);
  } catch (e) {
    const why = unreadableWorkbook(name, data, e);
    return {
      reports: [],
      findings: [ruleFinding('report-unreadable', why.where.sheet ? `${name} › ${why.where.sheet}` : name, '', `${why.vi} Các tệp khác vẫn được tổng hợp.`, `${why.en} The other files are still consolidated.`)],
    };
  }
  return readReports(values, name);
}

/**
 * Files the user chose or dropped, read one after another; `onProgress` counts them out of one step
 * more, the consolidation itself. A `signal` aborted stops before the next file.
 */
export async function readMemberFiles(files: readonly { name: string; data: Uint8Array }[], onProgress?: (done: number, total: number) => void, signal?: AbortSignal): Promise<{ reports: MemberReport[]; findings: Finding[] }> {
  const reports: MemberReport[] = [];
  const findings: Finding[] = [];
  for (const [i, f] of files.entries()) {
    stopIfCancelled(signal);
    const read = await readMemberFile(f.name, f.data);
    reports.push(...read.reports);
    findings.push(...read.findings);
    onProgress?.(i + 1, files.length + 1);
  }
  return { reports, findings };
}
