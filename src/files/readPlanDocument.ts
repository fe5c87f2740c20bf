import { htmlToPlanText } from '../domain/parse/docxHtml';
import { UserError } from '../domain/userError';
import { inspectZip, tooBig, ZipRefused } from './zipGuard';

/**
 * The text of a plan document: a .docx through mammoth's HTML (so Word's numbering and bullets are
 * kept), or a UTF-8 text file. Anything else is refused with a message naming the file.
 */
export async function readPlanDocument(fileName: string, data: Uint8Array): Promise<string> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.docx')) {
    const isZip = data.length > 4 && data[0] === 0x50 && data[1] === 0x4b;
    if (!isZip) throw notAWordFile(fileName);
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
  if (lower.endsWith('.doc')) {
    throw new UserError('doc-legacy', `"${fileName}" là tệp Word cũ (.doc). Hãy mở bằng Word và lưu lại dạng .docx rồi thử lại.`, `"${fileName}" is an old Word file (.doc). Save it as .docx in Word and retry.`, { file: fileName });
  }
  if (lower.endsWith('.txt') || lower.endsWith('.md')) {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(data).replace(/^\uFEFF/, '');
    if (text.includes('\uFFFD')) {
      throw new UserError('text-encoding', `"${fileName}" không phải văn bản UTF-8. Hãy lưu lại với mã hóa UTF-8 (Unicode) rồi thử lại.`, `"${fileName}" is not UTF-8 text. Save it as UTF-8 (Unicode) and retry.`, { file: fileName });
    }
    return text;
  }
  throw new UserError('document-type', `Không đọc được "${fileName}": chỉ nhận tệp .docx hoặc .txt.`, `Cannot read "${fileName}": only .docx and .txt files are accepted.`, { file: fileName });
}

/** mammoth's Node build opens a Buffer, its browser build (picked by the bundler) an ArrayBuffer. */
function mammothInput(data: Uint8Array): { buffer: Buffer } | { arrayBuffer: ArrayBuffer } {
  if (typeof Buffer !== 'undefined') return { buffer: Buffer.from(data.buffer, data.byteOffset, data.byteLength) };
  return { arrayBuffer: data.slice().buffer };
}

function notAWordFile(fileName: string): UserError {
  return new UserError('docx-invalid', `"${fileName}" không phải tệp Word (.docx) hợp lệ, hoặc tệp bị hỏng hay có mật khẩu.`, `"${fileName}" is not a valid Word (.docx) file, or it is damaged or password-protected.`, { file: fileName });
}
