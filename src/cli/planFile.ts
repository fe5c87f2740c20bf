import { readFileSync } from 'node:fs';
import type { Plan } from '../domain/plan';
import { UserError } from '../domain/userError';
import { readWorkbookValues } from '../hosts/xlsx/readWorkbook';
import { readPlan } from '../sheets/read/readPlan';

/** Shown in an error before "… and N more": enough to act on, short enough to read. */
const SHOWN = 5;

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
  const errors = findings.filter((f) => f.severity === 'error');
  if (!plan || errors.length) {
    const line = (lang: 'vi' | 'en') => errors.slice(0, SHOWN).map((f) => `  - ${f.sheet}${f.cell ? `!${f.cell}` : ''}: ${f[lang]}`).join('\n')
      + (errors.length > SHOWN ? (lang === 'vi' ? `\n  … và ${errors.length - SHOWN} lỗi khác.` : `\n  … and ${errors.length - SHOWN} more.`) : '');
    throw new UserError('plan-unreadable',
      `Bảng kế hoạch "${path}" có ${errors.length} lỗi cần sửa trước:\n${line('vi')}`,
      `The plan workbook "${path}" has ${errors.length} errors to fix first:\n${line('en')}`, { file: path });
  }
  return plan;
}
