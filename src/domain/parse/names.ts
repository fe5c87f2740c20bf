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
const TITLED = /^(lao động|viên chức|giáo dục|y tế|doanh nghiệp|thương mại|trung ương|bệnh viện|công ty)$/;

function capital(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** "CÔNG ĐOÀN TRƯỜNG THCS NGUYỄN DU" → "Công đoàn Trường THCS Nguyễn Du"; mixed-case text is kept as written. */
export function nameCase(name: string): string {
  const text = name.replace(/\s+/g, ' ').trim();
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (!letters || letters !== letters.toUpperCase()) return text;
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
