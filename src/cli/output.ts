import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UserError } from '../domain/userError';

/** Refuses a file that exists unless the user said --force (also for files another program writes, such as a PDF). */
export function refuseExisting(path: string, force: boolean): void {
  if (existsSync(resolve(path)) && !force) {
    throw new UserError('output-exists', `Tệp "${path}" đã có. Chọn tên khác hoặc thêm --force để ghi đè.`, `"${path}" already exists. Choose another name or add --force to replace it.`, { file: path });
  }
}

/** Writes an output file, refusing to replace one that exists unless the user said --force. */
export function writeOutput(path: string, data: Uint8Array, force: boolean): string {
  const full = resolve(path);
  refuseExisting(path, force);
  try {
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, data);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    const busy = code === 'EBUSY' || code === 'EPERM' || code === 'EACCES';
    throw new UserError(
      'output-unwritable',
      busy ? `Không ghi được "${path}": tệp đang mở trong Excel hoặc không có quyền ghi. Đóng tệp rồi thử lại.` : `Không ghi được "${path}" (${code || 'lỗi ghi tệp'}).`,
      busy ? `Cannot write "${path}": it is open in Excel or not writable. Close it and retry.` : `Cannot write "${path}" (${code || 'write error'}).`,
      { file: path },
    );
  }
  return full;
}
