import type { Finding } from '../../domain/finding';
import type { MemberReport } from '../../domain/report/memberReport';
import { ruleFinding } from '../../domain/validation/ruleFinding';
import { readReports } from '../../sheets/read/readReport';
import { readWorkbookValues } from './readWorkbook';

/**
 * A member's .xlsx as reports: every sheet holding a BaoCao table. The file is only read, as values;
 * one that cannot be opened is a finding naming it, and the caller goes on with the others.
 */
export async function readMemberFile(name: string, data: Uint8Array): Promise<{ reports: MemberReport[]; findings: Finding[] }> {
  let values;
  try {
    values = await readWorkbookValues(data);
  } catch {
    return {
      reports: [],
      findings: [ruleFinding('report-unreadable', name, '', `Không đọc được "${name}": không phải tệp Excel (.xlsx), tệp hỏng hoặc có mật khẩu. Các tệp khác vẫn được tổng hợp.`, `Cannot read "${name}": not an .xlsx, damaged or password-protected. The other files are still consolidated.`)],
    };
  }
  return readReports(values, name);
}
