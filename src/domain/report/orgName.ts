/**
 * A body's name as a sentence writes it. Header blocks print names in capitals, so plans (and their
 * `Thông tin`) often hold "CÔNG ĐOÀN PHƯỜNG AN KHÁNH"; inside a sentence the name reads "Công đoàn
 * phường An Khánh" (Nghị định 30/2020 on capitals in names of bodies: the first syllable of the name
 * and of each proper name is capitalised; words naming the kind or level of a body are not).
 * A name the user typed in mixed case is theirs and kept as typed.
 */
const LEVEL_WORDS = new Set(['phường', 'xã', 'thị', 'trấn', 'tỉnh', 'huyện', 'quận', 'thành', 'phố', 'cơ', 'sở', 'ngành', 'khối', 'đặc', 'khu', 'thị xã']);
/** Second syllables of common words that open a body's own name: "Liên đoàn", "Lao động", "Viên chức". */
const COMPOUND_TAILS: Record<string, string[]> = {
  'công': ['đoàn', 'ty', 'thương', 'an'], 'liên': ['đoàn'], 'lao': ['động'], 'viên': ['chức'], 'giáo': ['dục'], 'y': ['tế'],
  'nông': ['nghiệp'], 'xây': ['dựng'], 'giao': ['thông'], 'vận': ['tải'], 'tài': ['chính'], 'ngân': ['hàng'], 'ban': ['chấp', 'thường'],
  'chấp': ['hành'], 'thường': ['vụ'], 'doanh': ['nghiệp'], 'bệnh': ['viện'], 'trạm': ['y'], 'văn': ['hóa', 'phòng'], 'du': ['lịch'],
};
const VOWELS = /[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i;

const capital = (w: string) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1);

export function naturalOrgName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed !== trimmed.toLocaleUpperCase('vi')) return trimmed;
  const words = trimmed.split(' ');
  const lower = words.map((w) => w.toLocaleLowerCase('vi'));
  return words.map((w, i) => {
    // Acronyms have no vowel: CĐCS, THCS, LĐLĐ, UBND.
    if (!VOWELS.test(w)) return w;
    const l = lower[i];
    const prev = lower[i - 1];
    if (i > 0 && prev !== undefined && COMPOUND_TAILS[prev]?.includes(l) && VOWELS.test(words[i - 1])) return l;
    if (i > 0 && LEVEL_WORDS.has(l)) return l;
    return capital(l);
  }).join(' ');
}
