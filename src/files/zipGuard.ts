import JSZip from 'jszip';
import { UserError } from '../domain/userError';
import { partName } from './packageParts';

/**
 * A look inside an .xlsx or .docx before a parser builds it in memory (issue #9). The parts are
 * inflated as a stream and counted, so a zip bomb — a small file that inflates to gigabytes — is
 * stopped at the limit instead of exhausting the page, and a sheet's cells are counted from its XML
 * before ExcelJS makes an object of each. The sizes written in the zip's directory are not trusted.
 */
export interface ZipLimits {
  /** The file as sent. */
  fileBytes: number;
  /** All its parts, inflated. */
  unzippedBytes: number;
  /** Parts in the zip (a workbook has a few dozen). */
  entries: number;
  /** `<c>` elements over all XML parts (sheets may sit at any name a relationship gives them). */
  cells: number;
}

/**
 * A member's report is tens of KB; a year's plan workbook a few hundred. These leave room for a
 * workbook of several thousand units and refuse what no union file is.
 */
export const ZIP_LIMITS: ZipLimits = {
  fileBytes: 20 * 1024 * 1024,
  unzippedBytes: 200 * 1024 * 1024,
  entries: 5000,
  cells: 1_000_000,
};

export type ZipRefusal = 'file-bytes' | 'unzipped-bytes' | 'entries' | 'cells' | 'missing-part';

export class ZipRefused extends Error {
  constructor(readonly reason: ZipRefusal, readonly amount: number, readonly limit: number) {
    super(`zip refused: ${reason} ${amount} > ${limit}`);
    this.name = 'ZipRefused';
  }
}

export interface ZipCounts {
  unzippedBytes: number;
  cells: number;
}

const LT = 0x3c, C = 0x63, SPACE = 0x20, GT = 0x3e, TAB = 0x09, LF = 0x0a, CR = 0x0d;

/** Counts "<c " and "<c>" across chunk edges: one per cell element (not <col>, <cols>, <cfRule>). */
export class CellCounter {
  count = 0;
  private state = 0; // 0: nothing, 1: saw "<", 2: saw "<c"
  push(chunk: Uint8Array): void {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (this.state === 2 && (b === SPACE || b === GT || b === TAB || b === LF || b === CR)) this.count++;
      this.state = b === LT ? 1 : this.state === 1 && b === C ? 2 : 0;
    }
  }
}

interface StreamHelper {
  on(event: 'data', cb: (chunk: Uint8Array) => void): StreamHelper;
  on(event: 'end', cb: () => void): StreamHelper;
  on(event: 'error', cb: (e: Error) => void): StreamHelper;
  resume(): StreamHelper;
  pause(): StreamHelper;
}

/** Inflates one part chunk by chunk, stopping the moment `onChunk` throws. */
function streamPart(file: JSZip.JSZipObject, onChunk: (chunk: Uint8Array) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const helper = (file as unknown as { internalStream(type: 'uint8array'): StreamHelper }).internalStream('uint8array');
    helper
      .on('data', (chunk) => {
        try {
          onChunk(chunk);
        } catch (e) {
          helper.pause();
          reject(e);
        }
      })
      .on('error', reject)
      .on('end', resolve)
      .resume();
  });
}

/**
 * Checks a zip against the limits and that it holds `requiredPart`; throws ZipRefused, or what JSZip
 * throws for a file that is not a zip at all.
 */
export async function inspectZip(data: Uint8Array, requiredPart: string, limits: ZipLimits = ZIP_LIMITS): Promise<ZipCounts> {
  if (data.byteLength > limits.fileBytes) throw new ZipRefused('file-bytes', data.byteLength, limits.fileBytes);
  const zip = await JSZip.loadAsync(data);
  const parts = Object.values(zip.files).filter((f) => !f.dir);
  if (parts.length > limits.entries) throw new ZipRefused('entries', parts.length, limits.entries);
  if (!parts.some((f) => partName(f.name).toLowerCase() === requiredPart.toLowerCase())) throw new ZipRefused('missing-part', 0, 0);
  let unzipped = 0;
  const cells = new CellCounter();
  for (const part of parts) {
    const isXml = /\.xml$/i.test(part.name);
    await streamPart(part, (chunk) => {
      unzipped += chunk.byteLength;
      if (unzipped > limits.unzippedBytes) throw new ZipRefused('unzipped-bytes', unzipped, limits.unzippedBytes);
      if (isXml) {
        cells.push(chunk);
        if (cells.count > limits.cells) throw new ZipRefused('cells', cells.count, limits.cells);
      }
    });
  }
  return { unzippedBytes: unzipped, cells: cells.count };
}

/** Megabytes as a message writes them: "20", "2,4", "3.072". */
export const mb = (bytes: number) => (Math.round((bytes / 1024 / 1024) * 10) / 10).toLocaleString('vi-VN');

/** A size past a limit, as a message writes it: never "2 MB, over the 2 MB limit". */
export const sizeOver = (bytes: number, limit: number) => (mb(bytes) === mb(limit) ? `${mb(limit)}+` : mb(bytes));

/** A file past a limit of zipGuard: what was too much, and what the sender can do. */
export function tooBig(name: string, r: ZipRefused): UserError {
  const where = { file: name };
  switch (r.reason) {
    case 'file-bytes':
      return new UserError('xlsx-too-large', `"${name}" nặng ${sizeOver(r.amount, r.limit)} MB, quá giới hạn ${mb(r.limit)} MB cho một tệp. Một báo cáo thường chỉ vài chục KB: hãy xóa các trang, hình ảnh không cần rồi gửi lại.`, `"${name}" is ${sizeOver(r.amount, r.limit)} MB, over the ${mb(r.limit)} MB limit for one file. A report is usually tens of KB: remove unneeded sheets and pictures and send it again.`, where);
    case 'cells':
      return new UserError('xlsx-too-large', `"${name}" có hơn ${r.limit.toLocaleString('vi-VN')} ô dữ liệu, quá giới hạn unionplan đọc. Hãy xóa các dòng, cột thừa hoặc các trang không liên quan rồi gửi lại.`, `"${name}" has more than ${r.limit} cells, over what unionplan reads. Delete stray rows and columns or unrelated sheets and send it again.`, where);
    default: {
      // Too many parts reads as the same abnormal archive; its limit is a count, so the bytes are the default's.
      const unpacked = mb(r.reason === 'unzipped-bytes' ? r.limit : ZIP_LIMITS.unzippedBytes);
      return new UserError('xlsx-too-large', `"${name}" khi giải nén lớn hơn ${unpacked} MB (tệp nén bất thường): unionplan không mở tệp này để bảo vệ máy. Hãy mở bằng Excel, Lưu thành tệp mới rồi gửi lại.`, `"${name}" unpacks to more than ${unpacked} MB (an abnormal archive): unionplan does not open it, to protect the computer. Open it in Excel, save it as a new file and send it again.`, where);
    }
  }
}
