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

/**
 * Old documents typed in TCVN3 (ABC) or VNI fonts look like "C«ng ®oµn" or "Coâng ñoaøn" once their
 * text is read as Unicode. Their letters are spread over Latin-1 code points that Vietnamese
 * Unicode text never uses together, so a high share of them marks the text.
 */
export type LegacyEncoding = 'tcvn3' | 'vni';

const TCVN3_MARKERS = /[®«µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉËª¬ÌÐÎÏÑ­ÕÒÓÔÖ×ÝØÜÞßãáâäåæçèéêëìíîïóñòôõöøùúûüþ]/g;
const VNI_MARKERS = /[aeiouyAEIOUY][øùûõïâêôåäëöüòóñ]|ñ|Ñ|ö[ôøùûõï]/g;
/** Latin-1 letters and signs Vietnamese Unicode text does not use: both legacy encodings are full of them. */
const FOREIGN = /[®«µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉËª¬ÌÐÎÏÑÕÒÓÔÖ×ÝØÜÞßäåæçëîïñöøûüþ]/g;
const VIETNAMESE = /[ăâđêôơưĂÂĐÊÔƠƯàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]/g;

export function detectLegacyEncoding(text: string, minLetters = 20): LegacyEncoding | null {
  const sample = text.slice(0, 20_000);
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters < minLetters) return null;
  // Short text ("Ban Tuyên giáo") can share a few code points with the legacy maps by chance.
  if ((sample.match(FOREIGN) ?? []).length < 2) return null;
  const unicode = (sample.match(VIETNAMESE) ?? []).length;
  const tcvn = (sample.match(TCVN3_MARKERS) ?? []).length;
  const vni = (sample.match(VNI_MARKERS) ?? []).length;
  if (unicode > Math.max(tcvn, vni)) return null;
  if (tcvn / letters > 0.04 && /[®«µ¸]/.test(sample)) return 'tcvn3';
  if (vni / letters > 0.04) return 'vni';
  return null;
}
