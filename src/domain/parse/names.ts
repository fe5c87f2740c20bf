/**
 * Names of issuing bodies as plans write them: in the header in capitals ("CĐCS TRƯỜNG THCS NGUYỄN
 * DU"), in the title or opening sentence in running text ("Ban Chấp hành Công đoàn cơ sở Trường
 * THCS Nguyễn Du xây dựng kế hoạch"). Capitals are given back in the usual spelling ("CĐCS Trường
 * THCS Nguyễn Du"), so the name reads well in sentences the report writes.
 */

/** Where an organisation's name starts: the kinds of body a plan is issued by or sent to. */
export const BODY_START = /^(?:TỔNG LIÊN ĐOÀN|LIÊN ĐOÀN|CÔNG ĐOÀN|CĐCS|CĐGD|CĐ|LĐLĐ|TLĐ|BAN CHẤP HÀNH|BCH|BAN THƯỜNG VỤ|BTV|ĐẢNG ỦY|ĐẢNG UỶ|ĐẢNG BỘ|CHI BỘ|UBND|ỦY BAN|UỶ BAN|SỞ|PHÒNG|TRƯỜNG|BỆNH VIỆN|CÔNG TY|TỔNG CÔNG TY|TẬP ĐOÀN|BỘ|CỤC|VIỆN|TRUNG TÂM|HỘI|ĐOÀN|KHỐI|BAN)(?![\p{L}])/u;

/** A union body (the issuing body of the documents unionplan reads is always one). */
export const UNION_BODY = /^(?:TỔNG LIÊN ĐOÀN|LIÊN ĐOÀN LAO ĐỘNG|CÔNG ĐOÀN|CĐCS|CĐGD|CĐ|LĐLĐ|TLĐ|BAN CHẤP HÀNH|BCH)(?![\p{L}])/iu;

const INITIALS = '(?:b|c|ch|d|đ|g|gh|gi|h|k|kh|l|m|n|ng|ngh|nh|p|ph|qu|r|s|t|th|tr|v|x)?';
const SYLLABLE = new RegExp(`^${INITIALS}[aăâeêioôơuưyàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ]{1,3}(?:c|ch|m|n|ng|nh|p|t)?$`, 'u');

/** A word that is not a Vietnamese syllable ("THCS", "UBND", "DMC", "II") is an abbreviation: kept. */
function isAbbreviation(word: string): boolean {
  const w = word.toLowerCase();
  return !SYLLABLE.test(w) || /^[ivx]+$/.test(w) && w.length > 1;
}

/** Kinds of place, written in lower case before the place's name ("huyện Dương Minh Châu"). */
const PLACE_KINDS = /^(tỉnh|huyện|quận|xã|phường|thị trấn|thị xã|thành phố|ấp|thôn|bản|tổ dân phố)$/;
/** Small words inside a name. */
const SMALL = new Set(['của', 'và', 'tại', 'các', 'ngành']);
/** Kinds written with a capital each in official names ("Liên đoàn Lao động", "Công đoàn Viên chức"). */
const TITLED = /^(lao động|viên chức|giáo dục|y tế|doanh nghiệp|thương mại|trung ương|bệnh viện|công ty|nữ công|điện lực|kinh tế|đa khoa)$/;

function capital(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/**
 * "CÔNG ĐOÀN TRƯỜNG THCS NGUYỄN DU" → "Công đoàn Trường THCS Nguyễn Du". Mixed-case text is kept as
 * written, but for a run of words in capitals at its end ("Công đoàn Trường THCS TÂN PHÚC": the
 * header's second line), given back its usual spelling too.
 */
export function nameCase(name: string): string {
  const text = name.replace(/\s+/g, ' ').trim();
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (!letters) return text;
  if (letters !== letters.toUpperCase()) {
    const tail = /(?:\s+[\p{Lu}\d.\-–]+)+$/u.exec(text);
    const syllables = tail ? tail[0].trim().split(' ').filter((w) => /\p{L}/u.test(w) && !isAbbreviation(w.replace(/[^\p{L}]/gu, ''))) : [];
    return tail && syllables.length ? `${text.slice(0, tail.index)} ${capitalWords(tail[0].trim())}` : text;
  }
  const words = text.split(' ');
  const lower = words.map((w) => w.toLowerCase());
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const core = words[i].replace(/[^\p{L}]/gu, '');
    const two = i + 1 < words.length ? `${lower[i]} ${lower[i + 1]}` : '';
    const three = i + 2 < words.length ? `${two} ${lower[i + 2]}` : '';
    if (!core || isAbbreviation(core)) out.push(words[i]);
    else if (i === 0) out.push(capital(lower[i]));
    else if (lower[i] === 'đoàn' && /^(công|liên)$/.test(lower[i - 1])) out.push('đoàn');
    else if (two === 'cơ sở' && lower[i - 1] === 'đoàn') { out.push('cơ', 'sở'); i++; }
    else if (PLACE_KINDS.test(three) && i + 3 < words.length) { out.push(...lower.slice(i, i + 3)); i += 2; }
    else if (PLACE_KINDS.test(two) && i + 2 < words.length) { out.push(lower[i], lower[i + 1]); i++; }
    else if (PLACE_KINDS.test(lower[i]) && i + 1 < words.length) out.push(lower[i]);
    else if (TITLED.test(two)) { out.push(capital(lower[i]), lower[i + 1]); i++; }
    else if (SMALL.has(lower[i])) out.push(lower[i]);
    else out.push(capital(lower[i]));
  }
  return out.join(' ');
}

/** Words in capitals in their usual spelling, abbreviations kept: "THCS TÂN PHÚC" → "THCS Tân Phúc". */
function capitalWords(text: string): string {
  return text.split(' ').map((w) => (!/\p{L}/u.test(w) || isAbbreviation(w.replace(/[^\p{L}]/gu, '')) ? w : capital(w.toLowerCase()))).join(' ');
}

/** Letters without their marks, lower case: "Tân Phúc" and "TÂN PHUC" both give "tan phuc". */
export function fold(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().normalize('NFC');
}

const marks = (word: string) => (word.normalize('NFD').match(/[\u0300-\u036f]/g) ?? []).length + (/[đĐ]/.test(word) ? 1 : 0);

/**
 * A name typed without some of its accents ("TÂN PHUC": capitals in a font that drops them) is
 * given them back from the same words written in full elsewhere ("công đoàn trường thcs tân
 * phúc."): two proper words at least must agree letter for letter, the case stays the name's.
 */
export function restoreAccents(name: string, elsewhere: readonly string[]): string {
  const words = name.split(' ');
  const keys = words.map(fold);
  for (const text of elsewhere) {
    const other = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, ''));
    const otherKeys = other.map(fold);
    for (let i = 0; i < words.length; i++) {
      for (let j = 0; j < other.length; j++) {
        let k = 0;
        while (i + k < words.length && j + k < other.length && keys[i + k] === otherKeys[j + k] && keys[i + k]) k++;
        // Two proper words of the name at least ("xã Ba" and "xã Bà" are two places).
        if (words.slice(i, i + k).filter((w) => /^\p{Lu}/u.test(w)).length < 2) continue;
        for (let d = 0; d < k; d++) {
          const [mine, theirs] = [words[i + d], other[j + d]];
          if (marks(theirs) > marks(mine)) words[i + d] = mine === mine.toUpperCase() ? theirs.toUpperCase() : mine === mine.toLowerCase() ? theirs.toLowerCase() : capital(theirs.toLowerCase());
        }
      }
    }
  }
  return words.join(' ');
}
