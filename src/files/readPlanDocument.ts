import { htmlToPlanText } from '../domain/parse/docxHtml';
import { detectLegacyEncoding } from '../domain/parse/legacyEncoding';
import { UserError } from '../domain/userError';
import { inspectZip, mb, sizeOver, tooBig, ZIP_LIMITS, ZipRefused } from './zipGuard';

/**
 * The most a plan document's text may hold. A year's plan is 10–25 KB and a few hundred lines; these
 * leave a hundred times that, and refuse what no plan is (a 50 MB log, a disk image) in a moment
 * instead of parsing it for minutes.
 */
export const PLAN_TEXT_LIMITS = { bytes: 2 * 1024 * 1024, lines: 20_000 };

/** The most bytes a plan document of this name may hold, known before the file is read. */
export function documentBytesLimit(fileName: string): number {
  return /\.(txt|md)$/i.test(fileName) ? PLAN_TEXT_LIMITS.bytes : ZIP_LIMITS.fileBytes;
}

function planTooLarge(fileName: string, vi: string, en: string): UserError {
  return new UserError('document-too-large', `"${fileName}" ${vi}: không giống một văn bản kế hoạch (thường vài chục KB, vài trăm dòng), nên unionplan không đọc. Hãy kiểm tra đúng tệp chưa, hoặc chỉ giữ phần kế hoạch rồi thử lại.`, `"${fileName}" ${en}: not like a plan document (usually tens of KB, a few hundred lines), so unionplan does not read it. Check it is the right file, or keep only the plan and retry.`, { file: fileName });
}

/**
 * The text of a plan document, within PLAN_TEXT_LIMITS: the bytes of a text file are measured before
 * they are decoded, and the lines of any document's text before it is parsed.
 */
export async function readPlanDocument(fileName: string, data: Uint8Array, reading: DocumentReading = {}): Promise<string> {
  const limit = documentBytesLimit(fileName);
  if (data.byteLength > limit) throw planTooLarge(fileName, `nặng ${sizeOver(data.byteLength, limit)} MB, quá giới hạn ${mb(limit)} MB`, `is ${sizeOver(data.byteLength, limit)} MB, over the ${mb(limit)} MB limit`);
  const text = await documentText(fileName, data, reading);
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1 && lines <= PLAN_TEXT_LIMITS.lines; i = text.indexOf('\n', i + 1)) lines++;
  if (lines > PLAN_TEXT_LIMITS.lines) throw planTooLarge(fileName, `có hơn ${PLAN_TEXT_LIMITS.lines.toLocaleString('vi-VN')} dòng`, `has more than ${PLAN_TEXT_LIMITS.lines} lines`);
  if (text.length > PLAN_TEXT_LIMITS.bytes) throw planTooLarge(fileName, `có hơn ${PLAN_TEXT_LIMITS.bytes.toLocaleString('vi-VN')} ký tự`, `has more than ${PLAN_TEXT_LIMITS.bytes} characters`);
  return text;
}

/**
 * How an old Word file (.doc, Word 97–2003) becomes a .docx: the CLI passes LibreOffice where it is
 * installed; the pane and the standalone page have none and ask the user to save as .docx.
 */
export type DocConverter = (fileName: string, data: Uint8Array) => Promise<Uint8Array>;

export interface DocumentReading {
  convertDoc?: DocConverter;
}

const isZip = (data: Uint8Array) => data.length > 4 && data[0] === 0x50 && data[1] === 0x4b;
const isOle = (data: Uint8Array) => data.length > 8 && data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0;

/**
 * The text of a plan document: a .docx through mammoth's HTML (so Word's numbering and bullets are
 * kept), a .doc converted to .docx first, or a text file in UTF-8 — or in Windows-1252 when it holds
 * TCVN3/VNI letters, which the parser converts. Anything else is refused with a message naming the file.
 */
async function documentText(fileName: string, data: Uint8Array, reading: DocumentReading): Promise<string> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.doc') && !isZip(data)) {
    if (!isOle(data)) throw notAWordFile(fileName);
    if (!reading.convertDoc) {
      throw new UserError('doc-legacy', `"${fileName}" là tệp Word cũ (.doc). Hãy mở bằng Word và lưu lại dạng .docx (Tệp → Lưu thành → Word Document) rồi thử lại.`, `"${fileName}" is an old Word file (.doc). Save it as .docx in Word (File → Save As → Word Document) and retry.`, { file: fileName });
    }
    return documentText(fileName.replace(/\.doc$/i, '.docx'), await reading.convertDoc(fileName, data), {});
  }
  if (lower.endsWith('.docx') || lower.endsWith('.doc')) {
    if (!isZip(data)) throw notAWordFile(fileName);
    try {
      await inspectZip(data, 'word/document.xml');
    } catch (e) {
      throw e instanceof ZipRefused && e.reason !== 'missing-part' ? tooBig(fileName, e) : notAWordFile(fileName);
    }
    const mammoth = (await import('mammoth')).default;
    try {
      const { value } = await mammoth.convertToHtml(mammothInput(data));
      return htmlToPlanText(value);
    } catch {
      throw notAWordFile(fileName);
    }
  }
  if (lower.endsWith('.txt') || lower.endsWith('.md')) {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(data).replace(/^\uFEFF/, '');
    if (text.includes('\uFFFD')) {
      // A text saved from a TCVN3/VNI document is in the Windows code page: its letters are still there.
      const legacy = new TextDecoder('windows-1252').decode(data);
      if (detectLegacyEncoding(legacy)) return legacy;
      throw new UserError('text-encoding', `"${fileName}" không phải văn bản UTF-8. Hãy lưu lại với mã hóa UTF-8 (Unicode) rồi thử lại.`, `"${fileName}" is not UTF-8 text. Save it as UTF-8 (Unicode) and retry.`, { file: fileName });
    }
    return text;
  }
  throw new UserError('document-type', `Không đọc được "${fileName}": chỉ nhận tệp .docx, .doc hoặc .txt.`, `Cannot read "${fileName}": only .docx, .doc and .txt files are accepted.`, { file: fileName });
}

/** mammoth's Node build opens a Buffer, its browser build (picked by the bundler) an ArrayBuffer. */
function mammothInput(data: Uint8Array): { buffer: Buffer } | { arrayBuffer: ArrayBuffer } {
  if (typeof Buffer !== 'undefined') return { buffer: Buffer.from(data.buffer, data.byteOffset, data.byteLength) };
  return { arrayBuffer: data.slice().buffer };
}

function notAWordFile(fileName: string): UserError {
  return new UserError('docx-invalid', `"${fileName}" không phải tệp Word (.docx) hợp lệ, hoặc tệp bị hỏng hay có mật khẩu.`, `"${fileName}" is not a valid Word (.docx) file, or it is damaged or password-protected.`, { file: fileName });
}
