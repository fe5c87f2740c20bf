import type { IsoDate } from '../excelDate';
import type { YearMonth } from '../month';
import { DOC_TYPES, DOC_TYPES_ANY_CASE, hasNumberField, readLeadLine, readNumber, readPlaceDate, type LeadLine } from './header';
import { BODY_START, nameCase, UNION_BODY } from './names';
import { readMarker } from './outline';
import type { SourceLine } from './sourceLines';

/**
 * The block above a document's body: the bodies' names, the motto, "Số: …", place and date, and
 * the title, in whatever order and layout the page or converter left them. Lines before the
 * title that are none of these (a web page's own title, a breadcrumb) are the preamble.
 */
export interface HeaderBlock {
  number: string | null;
  place: string | null;
  date: IsoDate | null;
  /** The month of issue: the date's, or the month a cover page writes alone ("tháng 03 năm 2023"). */
  month: YearMonth | null;
  /** "31/4/2024" when the written date does not exist, with its line index. */
  invalidDate: { text: string; index: number } | null;
  title: string | null;
  /** Header body names in order: the superior body, then the issuing body. */
  bodies: string[];
  /** Line indices that are header information. */
  info: Set<number>;
  /** Line indices before the body that are none of the header's fields. */
  preamble: Set<number>;
  /** Index of the first line after the header block. */
  end: number;
  /** Text of the preamble lines, where a page's own title may name the period. */
  pageText: string;
}

/** The motto's first line is in capitals ("Cộng hoà xã hội chủ nghĩa Việt Nam" in a sentence is not it). */
const MOTTO_LINE = /^(C[ỘO]NG\s*H(?:OÀ|ÒA|OA)\s*X[ÃA]\s*H[ỘO]I|[ĐđÐD][ộỘoO][cC]\s*[lL][ậẬaA][pP]\s*[-–—]?\s*[tT][ựưỰƯuU]\s*(?:[dD][oO]|[-–—]))|^[Cc]ộng\s*h(?:oà|òa|oa)\s*xã\s*hội\s*chủ\s*nghĩa\s*[Vv]iệt\s*[Nn]am\s*$/u;
const SCAN = 45;
const COMMITTEE = /^BAN\s+(?!CHẤP HÀNH|THƯỜNG VỤ)\p{Lu}+(?:\s+\p{Lu}+){0,4}$/u;
const KIND_ONLY = /^(?:công đoàn(?: cơ sở)?|cđcs|liên đoàn lao động)$/iu;
/** Words and years that no body's name holds: a cover page's or an event's title. */
const NOT_NAME = /^(?:VĂN KIỆN|TÀI LIỆU|ĐẠI HỘI|HỘI NGHỊ|HỘI THẢO|NHIỆM KỲ|NĂM HỌC|KỶ NIỆM|CHÀO MỪNG|LẦN THỨ|PHIÊN|KHÓA|KHOÁ)(?![\p{L}])|(?<!\d)(?:19|20)\d{2}(?!\d)/u;

/** Splits "LIÊN ĐOÀN LAO ĐỘNG TP HUẾ CĐCS MẦM NON II" (two header cells flattened) into its two bodies. */
export function splitBodies(line: string): string[] {
  const starts: number[] = [0];
  const re = /\s(TỔNG LIÊN ĐOÀN|LIÊN ĐOÀN LAO ĐỘNG|CÔNG ĐOÀN|CĐCS|LĐLĐ|BAN CHẤP HÀNH)(?![\p{L}])/gu;
  for (const m of line.matchAll(re)) {
    const before = line.slice(0, m.index).trim().split(/\s+/).pop() ?? '';
    // "TỔNG LIÊN ĐOÀN" holds "LIÊN ĐOÀN"; "BCH CÔNG ĐOÀN" and "TM. BAN CHẤP HÀNH CÔNG ĐOÀN" are one body.
    if (/^(TỔNG|BCH|BTV|CHẤP|HÀNH|VỤ|CỦA|THUỘC|TRỰC)$/u.test(before)) continue;
    starts.push(m.index! + 1);
  }
  return starts.map((s, k) => line.slice(s, starts[k + 1]).trim()).filter(Boolean);
}

/** Mostly capitals: a header's body line ("CĐCS Tr. THCS TT BA TƠ" keeps an abbreviation's lower case). */
function mostlyCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return letters.length >= 3 && upper >= 0.8 * letters.length && text.length <= 120;
}

const isBodyLine = (text: string) => (mostlyCapitals(text) && (BODY_START.test(text) || UNION_BODY.test(text)))
  // Glued to the motto a body keeps the case it was typed in: "Công đoàn Giáo dục Cầu Ngang".
  || (UNION_BODY.test(text) && text.length <= 90 && !/[.;:,]$/.test(text) && text.split(/\s+/).length <= 14);

/** Header fields come together: the first run of motto, number and place-date lines near the top. */
function anchors(lines: readonly SourceLine[], field: (i: number) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < Math.min(lines.length, SCAN); i++) {
    if (!field(i)) continue;
    if (out.length && i - out[out.length - 1] > 6) break;
    out.push(i);
  }
  return out;
}

/**
 * Where a title stops before a line: after the line that names its period ("Nhiệm kỳ 2023 - 2028",
 * "Tổ chức Tết trung thu năm 2017": a session heading or the opening follows), at the opening
 * sentence ("Căn cứ …", "Thực hiện …"), a page's timestamp ("Đăng ngày: 13/09/2016 14:28"), a
 * signature, a phase ("Đợt 1: …") or the title said again.
 */
const PERIOD_AT_END = /(?:năm học|nhiệm kỳ|giai đoạn|năm|tháng\s+\d{1,2}\s*[/.])\s*:?\s*\(?\d{4}(?:\s*[-–]\s*\d{4})?\)?\s*$/iu;
const NOT_TITLE = /^(?:(?:thời gian|địa điểm|đối tượng|thành phần)\s*:|căn cứ|thực hiện|theo|để|nhằm|hưởng ứng|trên cơ sở|được sự|kính gửi|kính thưa|kính tha|đăng ngày|ngày đăng|cập nhật|lượt xem|tm\.?\s|t\/m|tm\/|kt\.?\s|đợt\s+\d)|\d{1,2}:\d{2}(?::\d{2})?\s*$/iu;
/** "… NĂM HỌC 2013-2014 / VÀ NHIỆM VỤ …", "… Hè năm 2018 / Cho con của …": the title goes on. */
const GOES_ON = /^(?:và|của|cho|tại|đối với|trong)(?![\p{L}])/iu;
export function endsTitle(parts: readonly string[], next: string): boolean {
  const t = next.trim();
  // "KẾ HOẠCH / Thực hiện nhiệm vụ tháng 11": right under the document's type an opening word is the title's.
  const opening = NOT_TITLE.test(t) && !(parts.length === 1 && DOC_TYPES.exec(parts[0])?.[0] === parts[0].trim() && /^(?:thực hiện|hưởng ứng)/iu.test(t));
  return (PERIOD_AT_END.test(parts[parts.length - 1]) && !GOES_ON.test(t)) || opening || parts.includes(next);
}

/** A title a converter left behind a stray dash or star ("-báo cáo", "* KẾ HOẠCH"), without it. */
function untitled(text: string): string {
  return text.replace(/^[-–*•]+\s*(?=\p{L})/u, '');
}

export function readHeaderBlock(lines: readonly SourceLine[]): HeaderBlock {
  const block: HeaderBlock = { number: null, place: null, date: null, month: null, invalidDate: null, title: null, bodies: [], info: new Set(), preamble: new Set(), end: 0, pageText: '' };
  const field = (i: number) => MOTTO_LINE.test(lines[i].text) || hasNumberField(lines[i].text) || !!readPlaceDate(lines[i].text);
  const found = anchors(lines, field);
  const first = found.length ? found[0] : -1;
  const last = found.length ? found[found.length - 1] : -1;
  const limit = Math.min(lines.length, SCAN);
  const isPart = (i: number) => { const m = readMarker(lines[i].text); return !!m && (m.kind === 'part' || m.kind === 'number' || m.kind === 'subnumber'); };

  // The title: a document type in capitals after the header fields, else near them, else at the top.
  // A page's lead line naming the document ("Kế hoạch số 18/KH-CĐ ngày … của …") is not its title.
  const isTitle = (i: number) => DOC_TYPES.test(untitled(lines[i].text)) && lines[i].text.length < 200 && !readLeadLine(lines[i].text);
  let title = -1;
  for (let i = last + 1; i < Math.min(limit, last + 10) && title < 0; i++) if (isTitle(i)) title = i;
  for (let i = Math.max(0, first - 4); i < limit && title < 0 && (first < 0 || i <= last); i++) if (isTitle(i)) title = i;
  for (let i = 0; i < Math.min(limit, 20) && title < 0 && first < 0; i++) {
    if (isPart(i)) break;
    if (isTitle(i)) title = i;
  }
  // In running case: near the top, or right under the header's fields ("báo cáo tổng kết …" under the date).
  for (let i = 0; i < Math.min(limit, Math.max(12, last + 4)) && title < 0; i++) if (DOC_TYPES_ANY_CASE.test(untitled(lines[i].text)) && lines[i].text.length < 160 && !readLeadLine(lines[i].text)) title = i;

  // A page's lead line naming the document ("Công văn số 44/KH-CĐKT ngày 8/10/2020 của Công đoàn …").
  let lead: (LeadLine & { index: number }) | null = null;
  for (let i = 0; i < Math.min(limit, 6) && !lead && (title < 0 || i < title); i++) {
    const l = readLeadLine(lines[i].text);
    if (!l) continue;
    lead = { ...l, index: i };
    block.info.add(i);
  }

  let end = title >= 0 ? title + 1 : 0;
  if (title >= 0) {
    const parts = [untitled(lines[title].text)];
    block.info.add(title);
    // Title lines are short and do not introduce the body ("… như sau:").
    while (end < lines.length && parts.length < 5 && !lines[end].cells && lines[end].text.length < 160 && !/[:.;]$/.test(lines[end].text) && !readMarker(lines[end].text) && !field(end) && !(end > last && isBodyLine(lines[end].text) && last >= 0)
      && !endsTitle(parts, lines[end].text)) {
      parts.push(lines[end].text);
      block.info.add(end++);
    }
    block.title = parts.join(' ').replace(/\s+/g, ' ').trim();
  }
  // Header fields may also follow the title (place and date under it).
  while (end < lines.length && end < SCAN && field(end)) end++;
  const headerEnd = Math.max(end, last + 1);

  // A cover page sets bodies and its title in capitals above the place and month: the run of such lines counts as near.
  let capsFrom = first;
  while (capsFrom > 0 && first - capsFrom < 8 && (mostlyCapitals(lines[capsFrom - 1].text) || MOTTO_LINE.test(lines[capsFrom - 1].text))) capsFrom--;
  const bodies: string[] = [];
  let bodyContinues = false;
  for (let i = 0; i < headerEnd; i++) {
    if (block.info.has(i)) {
      bodyContinues = false;
      continue;
    }
    const text = lines[i].text;
    if (MOTTO_LINE.test(text)) {
      // The motto's column sits between the two lines of a body's name: the name goes on after it.
      block.info.add(i);
      continue;
    }
    if (hasNumberField(text) || readPlaceDate(text)) {
      block.number ??= readNumber(text);
      const pd = readPlaceDate(text);
      if (pd) {
        block.place ??= pd.place;
        block.date ??= pd.date;
        block.month ??= pd.month;
        if (pd.invalid && !block.invalidDate) block.invalidDate = { text: pd.invalid, index: i };
      }
      block.info.add(i);
      bodyContinues = false;
      continue;
    }
    const nearFields = first < 0 || (i >= Math.min(first - 4, capsFrom) && i <= last + 1);
    // Under a line that is only the kind of body ("Công đoàn" / "Trờng THCS TÂN PHUC") the name goes on in any case.
    const kindOnly = bodyContinues && bodies.length > 0 && KIND_ONLY.test(bodies[bodies.length - 1]) && /^\p{Lu}/u.test(text) && text.length <= 60;
    if (nearFields && (mostlyCapitals(text) || isBodyLine(text) || kindOnly) && !DOC_TYPES.test(text)) {
      // A union body's name goes on over lines that start no union body: "CÔNG ĐOÀN - ĐOÀN TN" / "TRƯỜNG THPT NẬM TĂM".
      // "BAN NỮ CÔNG" under "CÔNG ĐOÀN CÔNG TY X": the union's committee issues it, named with its union.
      if (bodyContinues && bodies.length && COMMITTEE.test(text) && UNION_BODY.test(bodies[bodies.length - 1])) {
        bodies.push(`${text} ${bodies[bodies.length - 1]}`);
        bodyContinues = false;
        block.info.add(i);
        continue;
      }
      if (isBodyLine(text) && !(bodyContinues && bodies.length && !UNION_BODY.test(text) && UNION_BODY.test(bodies[bodies.length - 1]))) {
        bodies.push(...splitBodies(text));
        bodyContinues = true;
        block.info.add(i);
        continue;
      }
      // "TRUNG ƯƠNG TẠI TP. HỒ CHÍ MINH": the second line of a long body name; "VĂN KIỆN ĐẠI HỘI",
      // "NHIỆM KỲ 2023 - 2028" under it are a cover page's title, not more name.
      if (bodyContinues && bodies.length && (mostlyCapitals(text) || kindOnly) && !NOT_NAME.test(text)) {
        bodies[bodies.length - 1] = `${bodies[bodies.length - 1]} ${text}`;
        block.info.add(i);
        continue;
      }
    }
    bodyContinues = false;
    block.preamble.add(i);
  }
  if (lead) {
    // Above a page's lead line is the page's own title ("Toàn văn Kế hoạch 72/KH-CĐYT … ra sao?").
    for (let i = headerEnd; i < lead.index; i++) if (!block.info.has(i)) block.preamble.add(i);
    // The header's own fields, where it has them, come first.
    if (!bodies.length) bodies.push(lead.body);
    block.number ??= lead.number;
    block.date ??= lead.date;
    block.month ??= lead.date ? lead.date.slice(0, 7) : null;
  }
  block.bodies = bodies.map(nameCase);
  block.end = Math.max(headerEnd, lead ? lead.index + 1 : 0);
  block.pageText = [...block.preamble].map((i) => lines[i].text).join(' ');
  return block;
}
