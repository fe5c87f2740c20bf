/**
 * Turns pasted or extracted document text into clean paragraphs: Unicode NFC, "Đ" for the look-alike
 * "Ð", ordinary spaces, no Markdown emphasis left by converters, and lines that a page break or a
 * hard wrap split in the middle of a sentence joined again.
 */
export function cleanLine(s: string): string {
  return s
    .normalize('NFC')
    .replace(/\u00D0/g, '\u0110')
    .replace(/[\u00A0\u2007\u202F\t]/g, ' ')
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/\*{1,3}|_{2,}/g, '')
    .replace(/^\s*-{3,}\s*$/, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

const ENDS_SENTENCE = /[.;:!?…"”)]$/;
const STARTS_LOWER = /^[a-zđàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹ]/;

/** Non-empty cleaned paragraphs, with split sentences rejoined. */
export function paragraphs(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = cleanLine(raw);
    if (!line) continue;
    const prev = out[out.length - 1];
    if (prev !== undefined && STARTS_LOWER.test(line) && !ENDS_SENTENCE.test(prev) && !/^(năm|nhiệm kỳ|ngày)\b/.test(line)) {
      out[out.length - 1] = `${prev} ${line}`;
    } else out.push(line);
  }
  return out;
}

export { detectLegacyEncoding, type LegacyEncoding } from './legacyEncoding';
