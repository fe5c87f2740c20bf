/**
 * A document's text as the lines a reader sees, each remembering the line numbers it came from so
 * that every line of the document can be accounted for. Text pasted from web pages and converters
 * carries debris: Markdown emphasis ("**"), Word bookmarks ("[bookmark: _GoBack]"), download
 * buttons ("Tải về"), table pipes, rules of dashes. It is stripped here and said, never silently.
 */
export interface SourceLine {
  /** The cleaned text. */
  text: string;
  /** Source line numbers (1-based) this line holds: more than one where a wrapped sentence was joined. */
  nos: number[];
  /** The whole line was set off (bold or a Markdown heading): a hint that it is a heading. */
  emphasis: boolean;
  /** The cells of a table row (three or more), in order. */
  cells: string[] | null;
}

export type DebrisKind = 'markup' | 'bookmark' | 'download' | 'table' | 'rule' | 'escape';

export interface Debris {
  line: number;
  kind: DebrisKind;
  text: string;
}

export interface ReadLines {
  lines: SourceLine[];
  debris: Debris[];
  /** Lines that hold nothing but white space. */
  blank: number[];
  /** Lines that held only debris (a rule of dashes, a lone table pipe, "Tải về"). */
  debrisOnly: number[];
}

/** Unicode NFC, "Đ" for the look-alike "Ð", plain spaces, no zero-width characters. */
export function normalizeLine(s: string): string {
  return s
    .normalize('NFC')
    .replace(/\u00D0/g, '\u0110')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\u00A0\u2007\u202F\t\u3000]/g, ' ');
}

const BOOKMARK = /\[bookmark:[^\]]{0,200}\]/gi;
/** HTML left by a page ("<span class='text_page_counter'>(1)</span>"), a PDF's page mark glued to the text ("Trang 1CÔNG ĐOÀN"). */
const HTML_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]{0,200})?\/?>/gi;
const PAGE_MARK = /^(?:Trang\s*\d{1,3}(?=\p{Lu})|\(\d{1,3}\)(?=\s*\p{Lu}))/u;
const DOWNLOAD = /(?:^|\s)(?:Tải về|Tải xuống|Download|Xem thêm|Xem trực tuyến|Bấm vào đây để tải)(?:\s*(?:tại đây|file|tệp|văn bản))?\s*[:.]?\s*$/i;
const RULE = /^[\s\-–—_=*~.·•]{3,}$/;
/** Line breaks a scraper left written out ("\\r\\n Kính gửi: …"). */
const ESCAPES = /(?<=^|\s)(?:\\[rnt])+(?=\s|$)/g;
const EMPHASIS = /\*{1,3}|_{2,3}/g;
const HEADING_MARK = /^#{1,6}\s+/;

/**
 * The national motto often shares a line with the issuing body or the place and date when the
 * header's two-column table is flattened: "LĐLĐ HUYỆN X CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
 * "CÔNG ĐOÀN Y Độc lập - Tự do - Hạnh phúc". The motto is cut out as a line of its own.
 */
const MOTTO = /C[ỘO]NG\s*H(?:OÀ|ÒA|OA)\s*X[ÃA]\s*H[ỘO]I\s*CH[ỦU]\s*NGH[ĨI]A\s*VI[ỆE]T\s*NAM|[ĐđÐD][ộỘoO][cC]\s*[lL][ậẬaA][pP]\s*[-–—]?\s*(?:[tT][ựưỰƯuU]\s*[dD][oO]\s*)?[-–—]?\s*(?:[tT][ựỰ]\s*[-–—]\s*)?[hH][ạẠaA][nN][hH]\s*[pP][hH][úÚuU][cC]/gu;
/**
 * The motto typed in running case ("Công đoàn Cộng hoà xã hội chủ nghĩa việt nam"): cut only where
 * it ends the line or a body's name opens it, since a sentence may name the Republic ("Quốc khánh
 * nước Cộng hoà xã hội chủ nghĩa Việt Nam 02/9/1945").
 */
const MOTTO_RUNNING = /[Cc]ộng\s*h(?:oà|òa|oa)\s*xã\s*hội\s*chủ\s*nghĩa\s*[Vv]iệt\s*[Nn]am/u;
const BODY_OPENS = /^(?:công đoàn|cđcs|cđ|liên đoàn|lđlđ|ban chấp hành|trường|phòng|sở|ubnd|ủy ban|uỷ ban)(?![\p{L}])/iu;
/** "Số: 03 /BC-CĐCS", "Số:…./BC-CĐ MGSB": the field runs over the symbol's capitals, not the place after it. */
const NUMBER_FIELD = /S[ốóô]\s*:?\s*(?:[\d.…_ ]*\/|\d{1,4}\s*-|[^\s/:]{0,5}\d[^\s/:]{0,5}\/)\s*[\p{Lu}Đ][\p{Lu}\p{Ll}Đđ0-9&]*(?:\s*[-–.&/]\s*[\p{Lu}Đ0-9]+)*(?:\s+(?![\p{Lu}]{1,3}\.)[\p{Lu}Đ0-9]{2,}(?=[\s,]|$))*/gu;
const PLACE_DATE = /[\p{Lu}][\p{L}.\-]*(?:\s+[\p{L}.\-]+){0,5}?(?:(?<=(?:quận|phường|ấp|thôn|khóm|Quận|Phường|Ấp|Thôn|Khóm|QUẬN|PHƯỜNG))\s+\d{1,2})?\s*,\s*ngày\s*[\d.…_ ]{1,12}\s*tháng\s*[\d.…_ ]{1,12}\s*năm\s*\d{4}/gu;
const DOC_TYPE_CAPS = /(?<=\S\s+)(?=(?:KẾ HOẠCH|BÁO CÁO|CHƯƠNG TRÌNH|NGHỊ QUYẾT|THÔNG BÁO|LỊCH CÔNG TÁC)(?:\s+\p{Lu}|\s*$))/gu;

/**
 * A header flattened into one line ("CÔNG ĐOÀN GD H. BA TƠ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM CĐCS
 * … Số:03 /BC-CĐCS Ba Tơ, ngày 8 tháng 4 năm 2010 BÁO CÁO …") is cut at the motto, the number field,
 * the place and date, and the document type, so each is a line of its own. Only lines that hold a
 * motto or a number field are cut: body sentences keep their dates.
 */
export function splitMotto(line: string): string[] {
  const cuts = new Set<number>();
  // Each field is looked for with the ones found before it blanked, so a place is never read inside a number.
  let rest = line;
  const cutAround = (re: RegExp) => {
    // Blanked in one pass: a long line holds many fields.
    const parts: string[] = [];
    let pos = 0;
    for (const m of rest.matchAll(re)) {
      cuts.add(m.index!);
      cuts.add(m.index! + m[0].length);
      parts.push(rest.slice(pos, m.index), '\u0001'.repeat(m[0].length));
      pos = m.index! + m[0].length;
    }
    if (parts.length) rest = parts.join('') + rest.slice(pos);
  };
  cutAround(MOTTO);
  const running = MOTTO_RUNNING.exec(rest);
  if (running && (BODY_OPENS.test(line) || /^[\s\u0001]*$/.test(rest.slice(running.index + running[0].length)))) {
    cuts.add(running.index);
    cuts.add(running.index + running[0].length);
  }
  const header = cuts.size > 0 || new RegExp(NUMBER_FIELD.source, 'u').test(line);
  if (header) {
    cutAround(NUMBER_FIELD);
    cutAround(PLACE_DATE);
    for (const m of rest.matchAll(DOC_TYPE_CAPS)) cuts.add(m.index!);
  }
  const points = [0, ...[...cuts].sort((a, b) => a - b), line.length];
  const parts: string[] = [];
  for (let k = 0; k + 1 < points.length; k++) parts.push(line.slice(points[k], points[k + 1]));
  return parts.map((p) => p.trim()).filter((p) => p && !/^[-–—_|.,;:\s]*$/.test(p));
}

/** Cleans one physical line; returns the pieces it holds and the debris removed. */
function cleanPhysical(raw: string, no: number, debris: Debris[]): { pieces: string[]; emphasis: boolean; cells: string[] | null } {
  let s = normalizeLine(raw);
  const said = (kind: DebrisKind, text: string) => debris.push({ line: no, kind, text: text.trim().slice(0, 80) });
  for (const m of s.matchAll(BOOKMARK)) said('bookmark', m[0]);
  s = s.replace(BOOKMARK, ' ');
  for (const m of s.matchAll(HTML_TAG)) said('markup', m[0]);
  s = s.replace(HTML_TAG, '');
  for (const m of s.matchAll(ESCAPES)) said('escape', m[0]);
  s = s.replace(ESCAPES, ' ');
  for (let page = PAGE_MARK.exec(s.trim()); page; page = PAGE_MARK.exec(s.trim())) {
    said('markup', page[0]);
    s = s.trim().slice(page[0].length);
  }
  const trimmed = s.trim();
  const heading = HEADING_MARK.test(trimmed);
  // "**1. Nội dung**", "### **3. …**": emphasis around the whole line marks a heading.
  const core = trimmed.replace(HEADING_MARK, '').trim();
  const emphasis = heading || /^(\*\*|__)[^*_].*(\*\*|__)[.:]?$/.test(core);
  if (heading || EMPHASIS.test(s)) {
    // A single leading "* " is a bullet the author typed, not emphasis.
    const bullet = /^\s*\*\s+(?!\*)/.test(s) && !/^\s*\*\s+.*\*\s*$/.test(s);
    const body = bullet ? s.replace(/^\s*\*\s+/, '') : s;
    const stripped = body.replace(HEADING_MARK, '').replace(EMPHASIS, '');
    if (stripped.replace(/\s+/g, '') !== body.replace(/\s+/g, '') || heading) said('markup', s.replace(stripped, '').trim() || '**');
    s = (bullet ? '* ' : '') + stripped;
  }
  EMPHASIS.lastIndex = 0;
  s = s.replace(/ {2,}/g, ' ').trim();
  if (!s) return { pieces: [], emphasis, cells: null };
  if (RULE.test(s)) {
    said('rule', s);
    return { pieces: [], emphasis, cells: null };
  }
  if (s.includes('|')) {
    const cells = s.split('|').map((c) => c.trim());
    if (cells.every((c) => /^:?-{2,}:?$|^$/.test(c))) {
      said('table', s);
      return { pieces: [], emphasis, cells: null };
    }
    const filled = cells.filter((c) => c && !RULE.test(c));
    said('table', '|');
    if (filled.length >= 3) return { pieces: [filled.join(' ')], emphasis, cells: filled };
    return { pieces: filled.flatMap(splitMotto).flatMap((p) => dropDownload(p, no, said)), emphasis, cells: null };
  }
  return { pieces: splitMotto(s).flatMap(splitBlob).flatMap((p) => dropDownload(p, no, said)), emphasis, cells: null };
}

/**
 * A whole document flattened into one line by a PDF-to-text page ("… năm 2013. KẾ HOẠCH TỔ CHỨC …
 * *** -Thực hiện … I. MỤC ĐÍCH 1. …") is cut again before its parts, sections, bullets after a
 * sentence, "Kính gửi:", a phase ("… như sau: Đợt 1:") and a title in capitals. Only long lines with
 * several such marks are cut, or with one that only a new part can be ("Kính gửi:", "Đợt 1:" after a sentence).
 */
const BLOB_CUTS = [
  /\s(?=[IVX]{1,4}\s*[./\-–)]\s*\p{Lu})/gu,
  /\s(?=\d{1,2}(?:\.\d{1,2}){0,2}\s*[.)]\s+\p{Lu})/gu,
  /(?<=[.;:!?*)])\s*(?=[-–+•]\s?\p{Lu})/gu,
  /\s(?=Kính gửi\s*:)/gu,
  /(?<=[.;:!?])\s*(?=Đợt\s+\d{1,2}\s*:)/gu,
  /\s(?=(?:KẾ HOẠCH|BÁO CÁO|CHƯƠNG TRÌNH)\s+\p{Lu}{2})/gu,
  /\s*\*{3,}\s*/gu,
];
const STRONG_CUT = /\sKính gửi\s*:|[.;:!?]\s*Đợt\s+\d{1,2}\s*:/u;
export function splitBlob(piece: string): string[] {
  if (piece.length < 300) return [piece];
  const cuts = new Set<number>();
  for (const re of BLOB_CUTS) for (const m of piece.matchAll(re)) {
    cuts.add(m.index!);
    if (m[0].includes('*')) cuts.add(m.index! + m[0].length);
  }
  // One cut is enough where the page's own words open a part: "Kính gửi:", "… như sau: Đợt 1:".
  if (cuts.size < 2 && !STRONG_CUT.test(piece)) return [piece];
  const points = [0, ...[...cuts].sort((a, b) => a - b), piece.length];
  const parts: string[] = [];
  for (let k = 0; k + 1 < points.length; k++) parts.push(piece.slice(points[k], points[k + 1]).replace(/^\s*\*{3,}\s*/, '').trim());
  return parts.filter(Boolean);
}

function dropDownload(piece: string, _no: number, said: (kind: DebrisKind, text: string) => void): string[] {
  const m = DOWNLOAD.exec(piece);
  if (!m) return [piece];
  said('download', m[0]);
  const rest = piece.slice(0, m.index).trim();
  return rest ? [rest] : [];
}

const ENDS_SENTENCE = /[.;:!?…"”)\]]$/;
const STARTS_LOWER = /^[a-zđàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹ]/;
/** Lower-case words that open a line of their own in headers and titles ("năm 2024", "ngày …"). */
const OWN_LINE = /^(năm|nhiệm kỳ|ngày|tháng|quý|giai đoạn|về việc|v\/v)\b/;

/** A header's place and date ("…, ngày 3 tháng 5 năm 2012") ends its line: a title in running case may follow. */
const ENDS_WITH_DATE = /ngày\s*\S{1,12}\s*tháng\s*\S{1,12}\s*năm\s*\d{4}\s*$/iu;

/**
 * The lines of a document, cleaned, with wrapped sentences joined again: a line that starts in
 * lower case continues the one before unless that one ended a sentence.
 */
export function readLines(text: string): ReadLines {
  const debris: Debris[] = [];
  const blank: number[] = [];
  const debrisOnly: number[] = [];
  const lines: SourceLine[] = [];
  const physical = text.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < physical.length; i++) {
    const no = i + 1;
    const { pieces, emphasis, cells } = cleanPhysical(physical[i], no, debris);
    if (!pieces.length) {
      (physical[i].trim() ? debrisOnly : blank).push(no);
      continue;
    }
    for (const piece of pieces) {
      const prev = lines[lines.length - 1];
      const joinable = prev && !prev.cells && !cells && pieces.length === 1 && STARTS_LOWER.test(piece)
        && !ENDS_SENTENCE.test(prev.text) && !ENDS_WITH_DATE.test(prev.text) && !OWN_LINE.test(piece) && !/^[-–•+*]\s/.test(piece);
      if (joinable) {
        prev.text = `${prev.text} ${piece}`;
        if (!prev.nos.includes(no)) prev.nos.push(no);
      } else lines.push({ text: piece, nos: [no], emphasis, cells });
    }
  }
  return { lines, debris, blank, debrisOnly };
}
