import { fold } from './names';

/**
 * The issuing body named in running text, where the header does not name it: the opening sentence
 * ("Ban Thường vụ Liên đoàn Lao động huyện xây dựng kế hoạch …", "CĐCS trường THCS Mỹ Tú cần thực
 * hiện …") or the title ("KẾ HOẠCH hoạt động Công đoàn cơ sở Ban Tuyên giáo Tỉnh ủy năm 2024"). The
 * executive committee that signs ("Ban Chấp hành", "Ban Thường vụ") is an organ of the body, not
 * the body: it is dropped.
 */
/**
 * Words in every case they are typed in ("Công đoàn", "công đoàn", "CÔNG ĐOÀN"), so the rest of the
 * pattern can tell a name's capitals from running text: "Lê Quý Đôn" is a name, "quý II" a quarter.
 */
function cased(words: readonly string[]): string {
  const all = words.flatMap((w) => [w, w.toLowerCase(), w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()]);
  return `(?:${[...new Set(all)].join('|')})`;
}

const ORGAN = `(?:${cased(['Ban Chấp hành', 'Ban Thường vụ', 'BCH', 'BTV'])}\\s+)?`;
/** The words after the kind of body: not a period, not a linking word, no punctuation. */
const STOP = ['của', 'về', 'theo', 'với', 'ngày', 'nhằm', 'để', 'trong', 'đã', 'sẽ', 'được', 'cho', 'đối với', 'năm', 'tháng', 'quý', 'nhiệm kỳ', 'giai đoạn', 'học kỳ', 'các', 'cấp', 'và'];
/** Lower-case or capitals: a stop word in running text or in a title in capitals, never a capitalised name. */
const PERIOD_WORDS = ['Năm', 'Tháng', 'Nhiệm kỳ', 'Giai đoạn', 'Học kỳ'];
const WORD = `\\s+(?!(?:${[...STOP, ...STOP.map((w) => w.toUpperCase()), ...PERIOD_WORDS].join('|')})(?![\\p{L}]))[\\p{L}\\d&.\\-–]+`;
/** A union's group is issued plans too: "Tổ 3 Công đoàn …", "Tổ Công đoàn Văn phòng". */
const GROUP = `(?:${cased(['Tổ'])}\\s+)?`;
const KINDS = cased(['Tổng Liên đoàn Lao động', 'Liên đoàn Lao động', 'LĐLĐ', 'Công đoàn', 'CĐCS', 'CĐGD', 'CĐ']);
/** The kind of body and its name; a numbered group ("Tổ 3 Công đoàn") is named by its number alone. */
const BODY = `(${cased(['Tổ'])}\\s+\\d{1,2}\\s+${KINDS}(?![\\p{L}])(?:${WORD}){0,12}?|${GROUP}${KINDS}(?![\\p{L}])(?:${WORD}){1,12}?)`;
const VERB = '(?:xây dựng|ban hành|lập|đề ra|triển khai|thống nhất|cần thực hiện|thực hiện|tổ chức|phát động|báo cáo|tổng kết|đánh giá|quyết định|tiến hành|hướng dẫn|thông báo|yêu cầu)';
/** "Công đoàn Trường sẽ tổ chức …": a word of time or manner between the body and its verb. */
const MODAL = '(?:\\s+(?:sẽ|tiếp tục))?';

const OPENING = new RegExp(`(?<!(?:của|với|và|giữa)\\s+${ORGAN})${ORGAN}${BODY}${MODAL}\\s+${VERB}(?![\\p{L}])`, 'u');
/** In a title the name runs to the period words or the end. */
const IN_TITLE = new RegExp(`${cased(['hoạt động', 'công tác', 'của', 'tại', 'trong', 'cho'])}\\s+${ORGAN}${BODY}(?=\\s+(?:${cased(['năm', 'tháng', 'quý', 'nhiệm kỳ', 'giai đoạn', 'học kỳ', '6 tháng', 'đợt', 'từ ngày', 'về việc', 'v/v'])})(?![\\p{L}])|\\s*[,;:.(]|\\s*$)`, 'u');
const PLACE_KINDS = /^(huyện|tỉnh|quận|xã|phường|thị xã|thành phố|thị trấn)$/iu;

/**
 * A name ends with a proper word: lower-case words after it ("… Hiệp Phước tập trung") are the
 * sentence's, but for the second syllable of a common noun a name holds ("Đại học Kinh tế").
 */
function tidy(name: string, sentence = false): string {
  let words = name.replace(/\s+/g, ' ').replace(/[\s,;:.\-–]+$/, '').trim().split(' ');
  // No name holds a year or a span of years ("… công đoàn 2012-2015" is a period).
  const year = words.findIndex((w) => /^(?:19|20)\d{2}(?:[-–](?:19|20)\d{2})?[,;:.]?$/.test(w));
  if (year > 0) words = words.slice(0, year);
  if (sentence) {
    // A sentence ends the name ("… nổi bật. Đó là …"), and so does a lower-case word after a kind of
    // place, which a place's name would follow in capitals ("Liên đoàn Lao động tỉnh tập trung …").
    const end = words.findIndex((w, i) => i > 1 && ((/^\p{Ll}+[.!?]$/u.test(words[i - 1]) && /^\p{Lu}/u.test(w)) || (PLACE_KINDS.test(words[i - 1]) && /^\p{Ll}/u.test(w) && !PLACE_KINDS.test(`${words[i - 1]} ${w}`))));
    if (end > 0) words = words.slice(0, end);
    words[words.length - 1] = words[words.length - 1].replace(/[.!?]$/, '');
  }
  while (sentence && words.length > 2 && /^\p{Ll}/u.test(words[words.length - 1]) && !PLACE_KINDS.test(words[words.length - 1])
    && !isCompound(words[words.length - 2], words[words.length - 1])) words.pop();
  return words.join(' ');
}

/** Common nouns names are made of, capitalised on their first syllable only: "Kinh tế", "Tiểu học". */
const COMPOUNDS = new Set(['kinh tế', 'giáo dục', 'y tế', 'y dược', 'lao động', 'viên chức', 'nông nghiệp', 'công nghiệp', 'công nghệ', 'sư phạm', 'bách khoa',
  'ngoại thương', 'xây dựng', 'thủy lợi', 'thuỷ lợi', 'tài chính', 'ngân hàng', 'văn hóa', 'văn hoá', 'thể thao', 'du lịch', 'nội vụ', 'tư pháp', 'khoa học',
  'kỹ thuật', 'điện lực', 'dầu khí', 'cao su', 'bưu điện', 'giao thông', 'vận tải', 'mầm non', 'mẫu giáo', 'tiểu học', 'trung học', 'phổ thông', 'cơ sở',
  'quốc gia', 'dân tộc', 'nội trú', 'bán trú', 'kiến trúc', 'mỹ thuật', 'âm nhạc', 'hàng hải', 'hàng không', 'lâm nghiệp', 'thủy sản', 'thuỷ sản',
  'môi trường', 'tài nguyên', 'công thương', 'chính trị', 'hành chính', 'thương mại', 'doanh nghiệp', 'đại học', 'cao đẳng', 'trung cấp', 'bệnh viện',
  'trung tâm', 'công ty', 'văn phòng', 'thanh niên', 'phụ nữ', 'nữ công', 'tuyên giáo', 'dân vận', 'tổ chức', 'kiểm tra', 'thi đua', 'khen thưởng',
  'lưu trữ', 'văn thư', 'thống kê', 'thuế vụ', 'hải quan', 'kho bạc', 'bảo hiểm', 'xã hội', 'truyền hình', 'phát thanh', 'an ninh', 'quân sự', 'quốc phòng']);
export function isCompound(first: string, second: string): boolean {
  return /^\p{Lu}/u.test(first) && COMPOUNDS.has(`${first.toLowerCase()} ${second.toLowerCase()}`);
}

/**
 * A name the header or title gives short ("Tổ 3 Công đoàn", "Công đoàn Giáo dục") completed from the
 * same name written out further elsewhere at the top ("Kê hoạch tổ 3 Công đoàn Trường Tiểu học
 * Thạch Điền năm học …"): the words that follow it there, as long as they are a name's (capitalised
 * words, numbers, a dash between names, the second syllable of a common noun).
 */
export function completeName(name: string, texts: readonly string[]): string {
  const words = name.split(' ');
  if (words.length < 3) return name;
  const keys = words.map(fold);
  let best: string[] = [];
  for (const text of texts) {
    const other = text.slice(0, 400).split(/\s+/);
    for (let j = 0; j + words.length <= other.length; j++) {
      if (!keys.every((k, d) => k === fold(other[j + d].replace(/[,;:.]+$/, '')))) continue;
      // In capitals every word looks like a name's: only running text says where a name ends.
      if (/[,;:.]$/.test(other[j + words.length - 1]) || other.slice(j, j + words.length).every((w) => w === w.toUpperCase())) continue;
      const more: string[] = [];
      for (let k = j + words.length; k < other.length; k++) {
        const w = other[k].replace(/[,;:.()]+$/, '');
        const prev = more.length ? more[more.length - 1] : other[k - 1];
        const nameWord = /^[\p{Lu}\d]/u.test(w) && !PERIOD_WORDS.includes(w) || (/^[-–]$/.test(w) && /^\p{Lu}/u.test(other[k + 1] ?? '')) || isCompound(prev, w) || (PLACE_KINDS.test(w) && /^\p{Lu}/u.test(other[k + 1] ?? ''));
        // "… Việt Nam Người ký: …": a page's field label is not the name's.
        if (!nameWord || !w || /^\p{Ll}[\p{L}]*:$/u.test(other[k + 1] ?? '')) break;
        more.push(w);
        if (w !== other[k]) break;
      }
      while (more.length && /^[-–]$|^\p{Ll}/u.test(more[more.length - 1]) && !isCompound(more[more.length - 2] ?? '', more[more.length - 1])) more.pop();
      if (more.length > best.length) best = more;
    }
  }
  return best.length ? `${name} ${best.join(' ')}` : name;
}

/** The body that "xây dựng kế hoạch" in an opening sentence, or null. */
export function bodyFromOpening(text: string): string | null {
  const m = OPENING.exec(text);
  return m ? tidy(m[1], true) : null;
}

/**
 * The document's own words in an opening sentence that first gives its grounds ("Thực hiện kế
 * hoạch … nhiệm kỳ 30 (2010 - 2013); nhân dịp …, Công đoàn Trường sẽ tổ chức Giải … từ tháng 3 đến
 * tháng 5 năm 2012"): from the body and its verb on, or null when no body acts in it.
 */
export function ownClause(text: string): string | null {
  const m = OPENING.exec(text);
  return m ? text.slice(m.index) : null;
}

/** The union body a title names ("… hoạt động Công đoàn cơ sở X năm 2024"), or null. */
export function bodyFromTitle(title: string): string | null {
  const m = IN_TITLE.exec(` ${title.replace(/^(KẾ HOẠCH|CHƯƠNG TRÌNH[^a-zà-ỹ]*|BÁO CÁO|NGHỊ QUYẾT)\s*/u, 'hoạt động ')}`);
  if (!m) return null;
  const name = tidy(m[1]);
  // "Công đoàn" alone, or "công đoàn năm 2024" in a sentence, names no body.
  return name.split(' ').length >= 3 ? name : null;
}

/** "TM. BAN CHẤP HÀNH CÔNG ĐOÀN TRƯỜNG X" names its body after the organ; "TM. BCH CĐCS" does not. */
export function bodyFromSignature(line: string): string | null {
  const m = /^(?:TM|T\/M|KT)\.?\s*(?:BAN CHẤP HÀNH|BAN THƯỜNG VỤ|BCH|BTV)\s+(.{6,})$/iu.exec(line.trim());
  if (!m) return null;
  const name = tidy(m[1]);
  return /\s/.test(name) && !/^(CĐCS|CÔNG ĐOÀN|CĐ|LĐLĐ)$/iu.test(name) ? name : null;
}
