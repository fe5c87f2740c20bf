import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { UserError } from '../domain/userError';
import { mb, sizeOver } from '../files/zipGuard';

/**
 * Reading a file the user named, safely: only a regular file is read (a FIFO would block forever, a
 * device such as /dev/zero never ends), and its size is checked before a byte is read, so a 3 GB file
 * is refused at once instead of exhausting memory.
 */
export interface InputLimit {
  /** The most bytes a file of this kind may hold. */
  bytes: number;
  /** What the file should be, for the message: "sổ làm việc Excel", "văn bản kế hoạch". */
  what: { vi: string; en: string };
}

/** Why a path cannot be read as an input, in Vietnamese and English, with the next step. */
function refusal(path: string, code: string | undefined, stats?: Stats): UserError {
  const where = { file: path };
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new UserError('input-missing', `Tệp "${path}" không tồn tại. Kiểm tra lại tên và thư mục (gõ đường dẫn đầy đủ nếu cần).`, `"${path}" does not exist. Check the name and folder (give the full path if needed).`, where);
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new UserError('input-unreadable', `Không có quyền đọc tệp "${path}". Sao chép tệp vào thư mục của mình rồi thử lại.`, `No permission to read "${path}". Copy it into your own folder and retry.`, where);
  }
  if (stats?.isDirectory() || code === 'EISDIR') {
    return new UserError('input-not-file', `"${path}" là một thư mục, không phải tệp. Hãy ghi tên tệp trong thư mục đó.`, `"${path}" is a folder, not a file. Name a file inside it.`, where);
  }
  if (stats) {
    const kind = stats.isFIFO() ? { vi: 'ống dẫn (FIFO)', en: 'a pipe (FIFO)' } : stats.isSocket() ? { vi: 'socket', en: 'a socket' } : { vi: 'thiết bị', en: 'a device' };
    return new UserError('input-not-file', `"${path}" là ${kind.vi}, không phải tệp thông thường: unionplan không đọc nó. Hãy chọn tệp thật (.xlsx, .docx, .txt).`, `"${path}" is ${kind.en}, not a regular file: unionplan does not read it. Choose a real file (.xlsx, .docx, .txt).`, where);
  }
  return new UserError('input-unreadable', `Không mở được tệp "${path}" (${code ?? 'lỗi đọc tệp'}).`, `Cannot open "${path}" (${code ?? 'read error'}).`, where);
}

/** A file past its kind's size limit: how big it is, the limit, and what to do. */
export function tooLarge(path: string, size: number, limit: InputLimit): UserError {
  return new UserError(
    'input-too-large',
    `"${path}" nặng ${sizeOver(size, limit.bytes)} MB, quá giới hạn ${mb(limit.bytes)} MB cho một ${limit.what.vi}: unionplan không đọc tệp này. Hãy kiểm tra đúng tệp chưa, hoặc bỏ bớt phần không cần rồi thử lại.`,
    `"${path}" is ${sizeOver(size, limit.bytes)} MB, over the ${mb(limit.bytes)} MB limit for a ${limit.what.en}: unionplan does not read it. Check it is the right file, or remove what is not needed and retry.`,
    { file: path },
  );
}

/** A file that grew while it was read: another program is still writing it. */
function changing(path: string): UserError {
  return new UserError('input-unreadable', `Tệp "${path}" đang thay đổi trong khi đọc (một chương trình khác đang ghi vào). Chờ ghi xong rồi thử lại.`, `"${path}" changed while it was read (another program is writing it). Wait until it is done and retry.`, { file: path });
}

// O_NONBLOCK: opening a FIFO for reading must not wait for a writer (Windows has no such flag nor FIFOs).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
const CHUNK = 1024 * 1024;

/**
 * The bytes of a file the user named. The size is taken from the open file (fstat, so a link swapped
 * after a check cannot pass another file), and reading stops at that size plus one byte: a file that
 * grows while read, or a special file claiming size 0, cannot make it read without end.
 */
export function readInput(path: string, limit: InputLimit): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (e) {
    throw refusal(path, (e as NodeJS.ErrnoException).code);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw refusal(path, undefined, stats);
    if (stats.size > limit.bytes) throw tooLarge(path, stats.size, limit);
    const data = Buffer.allocUnsafe(stats.size + 1);
    let n = 0;
    for (;;) {
      const got = readSync(fd, data, n, Math.min(CHUNK, data.length - n), null);
      if (got === 0) break;
      n += got;
      if (n > stats.size) throw changing(path);
    }
    return new Uint8Array(data.buffer, data.byteOffset, n);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw refusal(path, (e as NodeJS.ErrnoException).code);
  } finally {
    closeSync(fd);
  }
}
