import { suggestRule, type Comparator } from '../target';
import type { ParsedTarget } from './types';

/**
 * The target grammar (docs/domain.md#targets): "trên 90% CĐCS …", "tăng thêm 106 đoàn viên", "4/4 tổ công
 * đoàn đạt vững mạnh", "không có CĐCS không hoàn thành nhiệm vụ", "giới thiệu ít nhất 02 (hai) đoàn
 * viên ưu tú", "phát triển 1,5 triệu đoàn viên". One sentence may hold several targets; each keeps
 * the clause it was read from. Numbers that are conditions ("doanh nghiệp có từ 20 lao động trở
 * lên"), anniversaries ("95 năm"), dates, times, article and document numbers and sums of money
 * are never targets. A bare count ("20 doanh nghiệp") is read only where the caller knows it is in
 * a targets part or the sentence says it is one (a comparator word before it); tasks are full of
 * numbers that are not targets.
 */

/** What is counted, longest first so "đoàn viên nữ" wins over "đoàn viên". */
const UNITS = [
  'công đoàn cơ sở', 'tổ công đoàn', 'cán bộ công đoàn', 'đoàn viên nữ', 'đoàn viên công đoàn', 'đoàn viên', 'Ban Chấp hành',
  'người lao động', 'lao động nữ', 'nữ đoàn viên', 'doanh nghiệp', 'đơn vị', 'cơ quan', 'gia đình', 'hội nghị', 'sáng kiến', 'đơn thư',
  'công trình', 'phần quà', 'suất quà', 'mô hình', 'hồ sơ', 'lớp', 'buổi', 'đợt', 'cuộc', 'cán bộ', 'công nhân', 'giáo viên', 'nhà giáo',
  'học sinh', 'cháu', 'em', 'hộ', 'tập thể', 'cá nhân', 'khối', 'tổ', 'chi đoàn', 'tiết mục', 'đội', 'vận động viên', 'bài viết', 'tin bài',
  'CBCCVCLĐ', 'CBCCVC', 'CNVCLĐ', 'CBGVNV', 'CBNGNLĐ', 'CBNGNLD', 'CB-GV-CNV', 'CBVC', 'CNLĐ', 'ĐVCĐ', 'CĐCS', 'NLĐ', 'BCH',
  'trường', 'nhà', 'suất', 'người', 'lượt', 'lao động', 'công đoàn', 'câu lạc bộ', 'sản phẩm', 'đề tài', 'giải pháp',
].sort((a, b) => b.length - a.length);
const UNIT = `(${UNITS.map((u) => u.replace(/ /g, '\\s+')).join('|')})`;

/** Words before a number that make it a target, and the comparator they mean. */
const COMPARATORS: readonly (readonly [string, Comparator])[] = [
  ['không vượt quá', '<='], ['không quá', '<='], ['tối đa', '<='], ['nhiều nhất', '<='],
  ['không dưới', '>='], ['không thấp hơn', '>='], ['không ít hơn', '>='], ['ít nhất', '>='], ['tối thiểu', '>='],
  ['cao hơn', '>'], ['nhiều hơn', '>'], ['trên', '>'], ['hơn', '>'], ['vượt', '>'],
  ['thấp hơn', '<'], ['ít hơn', '<'], ['dưới', '<'],
  ['tăng thêm', '>='], ['phát triển thêm', '>='], ['phát triển mới', '>='], ['phát triển', '>='], ['kết nạp mới', '>='], ['kết nạp', '>='],
  ['thành lập mới', '>='], ['thành lập', '>='], ['giảm', '>='], ['tăng', '>='], ['thêm', '>='], ['mới', '>='], ['đạt', '>='], ['phấn đấu', '>='],
];
const CMP = `(${COMPARATORS.map(([w]) => w.replace(/ /g, '\\s+')).join('|')})`;
/** Words that make a bare count a target even in a task's sentence. */
const TARGET_CUE = /^(không vượt quá|không quá|tối đa|nhiều nhất|không dưới|không thấp hơn|không ít hơn|ít nhất|tối thiểu|phấn đấu|tăng thêm|phát triển|kết nạp|thành lập|đạt)/;

function comparatorOf(word: string | undefined): Comparator {
  const w = (word ?? '').toLowerCase().replace(/\s+/g, ' ');
  return COMPARATORS.find(([x]) => x === w)?.[1] ?? '>=';
}

const NUMBER_WORDS: Record<string, number> = { một: 1, hai: 2, ba: 3, bốn: 4, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };
const NUMBER = `(\\d{1,3}(?:\\.\\d{3})+(?!\\d)|\\d+(?:,\\d+)?|${Object.keys(NUMBER_WORDS).join('|')})(?:\\s*\\(\\s*[\\p{L} ]{1,20}\\))?(?:\\s+(triệu|nghìn|ngàn))?`;

/** "1.234" is a thousand and more; "01" is one; "90,5" ninety and a half; "1,5 triệu" 1,500,000; "một" 1. */
export function readNumber(s: string, scale?: string): number {
  const t = s.toLowerCase();
  const base = t in NUMBER_WORDS ? NUMBER_WORDS[t] : /^\d{1,3}(\.\d{3})+$/.test(t) ? Number(t.replace(/\./g, '')) : Number(t.replace(',', '.'));
  const factor = scale === 'triệu' ? 1_000_000 : scale === 'nghìn' || scale === 'ngàn' ? 1000 : 1;
  return Math.round(base * factor * 1000) / 1000;
}

const blank = (m: string) => ' '.repeat(m.length);

/**
 * Numbers that are not targets, blanked so no target is read in them: dates, document numbers,
 * years, terms, anniversaries, times of day, article numbers, sums of money, scores, conditions.
 */
export function maskNonTargets(s: string): string {
  return s
    // Dates and document symbols: "12/6/2021", "02-NQ/TW", "31/KH-LĐLĐ", "04/2015/NĐ-CP".
    .replace(/\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}/g, blank)
    .replace(/\d+(?:\s*\/\s*\d{4})?\s*[-/]\s*[A-ZĐ][\p{L}-]*(?:\/[\p{L}-]+)*/gu, blank)
    .replace(/(?:năm|nhiệm kỳ|giai đoạn|năm học|khóa|khoá)\s+\d{4}(?:\s*[-–]\s*\d{4})?/giu, blank)
    .replace(/(?<!\d)(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}(?!\d)/g, blank)
    .replace(/(?:khóa|khoá|số|ngày|lần thứ|điều|khoản|mục|điểm|chương|phần|tuần|tháng|quý|lớp)\s+\d+/giu, blank)
    // Anniversaries and durations: "kỷ niệm 95 năm", "trong 3 ngày", "6 tháng đầu năm".
    .replace(/\d+\s*(?:năm|tháng|ngày|tuần|giờ|phút|tiếng|buổi sáng|buổi chiều)(?!\p{L})/giu, blank)
    // Money and scores: "80.000 đồng", "5 triệu đồng", "97/100 điểm".
    .replace(/\d[\d.,]*\s*(?:triệu|nghìn|ngàn|tỷ|tỉ)?\s*(?:đồng|đ\b|vnđ|vnd)(?!\p{L})/giu, blank)
    .replace(/\d+(?:\s*\/\s*\d+)?\s*điểm/giu, blank)
    // Conditions on what is counted: "doanh nghiệp có từ 20 lao động trở lên", "từ 10 - dưới 25 lao động".
    // After the verb of a target "từ" gives its floor instead: "phát triển mới từ 300 đoàn viên".
    .replace(/(?<!(?:phát triển|kết nạp|tăng|thành lập)(?:\s+(?:mới|thêm))?\s+)(?:có\s+)?từ\s+\d+(?:\s*[-–]\s*(?:dưới\s+)?\d+)?\s+(?:lao động|người|công nhân|đoàn viên|cnlđ|nlđ|cnvclđ)(?:\s+trở lên)?/giu, blank)
    .replace(/(?:có|dưới|trên)\s+\d+\s+(?:lao động|công nhân|cnlđ|nlđ)(?:\s+trở lên)?(?=\s+(?:thành lập|có|được|phải|và|trở))/giu, blank);
}

/** Splits a paragraph into clauses so each target keeps its own words. */
function clauses(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[;.](?=\s)|,\s+(?=trong đó|không có|phấn đấu|đồng thời|\d+\s*%)/g;
  let start = 0;
  for (let m; (m = re.exec(text)); ) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out;
}

interface Hit {
  at: number;
  end: number;
  t: Omit<ParsedTarget, 'text' | 'rule' | 'conditional' | 'section' | 'line'>;
}

/** The patterns, compiled once (matchAll works on a copy, so the shared lastIndex is never touched). */
const UNIT_AFTER = new RegExp(`^\\s*${UNIT}(?![\\p{L}])`, 'iu');
const NONE = new RegExp(`không có\\s+(?:\\p{L}+\\s+){0,2}?${UNIT}\\s+(?:nào\\s+)?(không|bị|vi phạm|yếu|xếp loại|kém)`, 'giu');
const PERCENT = new RegExp(`(?:${CMP}\\s+)?(\\d+(?:[.,]\\d+)?)\\s*%(\\s*trở lên)?`, 'giu');
const FRACTION = new RegExp(`(?<![\\d/])(\\d{1,4})\\s*/\\s*(\\d{1,4})(?![\\d/])\\s+${UNIT}(?![\\p{L}])`, 'giu');
const COUNT = new RegExp(`(?:${CMP}\\s+(?:từ\\s+)?)?(?<![\\p{L}\\d.,])${NUMBER}\\s+${UNIT}(?![\\p{L}])(\\s*trở lên)?`, 'giu');
/**
 * "ít nhất 01 video clip": a strong comparator makes a target of whatever it counts; so does what a
 * plan undertakes to give ("trao tặng 2.000 áo dài", "tặng 10.000 phần quà": at least that many).
 */
const STRONG = new RegExp(`(?<![\\p{L}])(ít nhất|tối thiểu|không dưới|tối đa|không quá|không vượt quá|trao tặng|tặng|trao)\\s+${NUMBER}\\s+(\\p{L}+(?:\\s+\\p{L}+)?)`, 'giu');
/** Text with no digit and no number word states no target: most lines, skipped at once. */
const MAY_HOLD = new RegExp(`\\d|không có|(?<![\\p{L}])(?:${Object.keys(NUMBER_WORDS).join('|')})(?![\\p{L}])`, 'iu');

/**
 * The targets a sentence states. `countsToo`: read bare counts ("20 doanh nghiệp") as targets, as in
 * a targets part; elsewhere a count needs a comparator word before it ("ít nhất 02 đoàn viên").
 */
export function findTargets(text: string, section: string, countsToo: boolean, line = 0): ParsedTarget[] {
  if (!MAY_HOLD.test(text)) return [];
  // "Phát triển đoàn viên mới năm 2024: tăng thêm 106 đoàn viên": the value is after the colon.
  const colon = text.indexOf(':');
  const scopeStart = colon > 0 && colon < 160 && /\d/.test(text.slice(colon)) ? colon + 1 : 0;
  const masked = ' '.repeat(scopeStart) + maskNonTargets(text.slice(scopeStart));
  const hits: Hit[] = [];
  // Characters already read as a target: a long line costs its length, not its length times its targets.
  const covered = new Uint8Array(masked.length + 1);
  const taken = (at: number, end: number) => covered.subarray(at, end).some((x) => x === 1);
  const hit = (h: Hit) => {
    hits.push(h);
    covered.fill(1, h.at, h.end);
  };
  const unitAfter = (from: number) => {
    const m = UNIT_AFTER.exec(masked.slice(from, from + 60));
    return m ? m[1].replace(/\s+/g, ' ') : null;
  };

  for (const m of masked.matchAll(NONE)) {
    hit({ at: m.index!, end: m.index! + m[0].length, t: { comparator: '<=', value: 0, percent: false, unit: m[1].replace(/\s+/g, ' '), base: null } });
  }
  for (const m of masked.matchAll(PERCENT)) {
    const at = m.index!;
    if (taken(at, at + m[0].length)) continue;
    const value = Number(m[2].replace(',', '.'));
    if (!(value > 0) || value > 1000) continue;
    hit({ at, end: at + m[0].length, t: { comparator: comparatorOf(m[1]), value, percent: true, unit: unitAfter(at + m[0].length), base: null } });
  }
  for (const m of masked.matchAll(FRACTION)) {
    const at = m.index!;
    if (taken(at, at + m[0].length)) continue;
    const [v, b] = [Number(m[1]), Number(m[2])];
    if (v > b || b === 0) continue;
    hit({ at, end: at + m[0].length, t: { comparator: '>=', value: v, percent: false, unit: m[3].replace(/\s+/g, ' '), base: b } });
  }
  for (const m of masked.matchAll(COUNT)) {
    const at = m.index!;
    if (taken(at, at + m[0].length)) continue;
    const cue = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    // "Phấn đấu đến năm 2018 có 10 triệu đoàn viên": the clause says it is a target.
    const near = masked.slice(Math.max(0, at - 300), at);
    const striving = /phấn đấu/i.test(near.slice(Math.max(near.lastIndexOf(';'), near.lastIndexOf('.')) + 1));
    if (!countsToo && !TARGET_CUE.test(cue) && !m[5] && !striving) continue;
    const value = readNumber(m[2], m[3]);
    if (!Number.isFinite(value) || value <= 0) continue;
    hit({ at, end: at + m[0].length, t: { comparator: m[5] ? '>=' : comparatorOf(m[1]), value, percent: false, unit: m[4].replace(/\s+/g, ' '), base: null } });
  }
  for (const m of masked.matchAll(STRONG)) {
    const at = m.index!;
    if (taken(at, at + m[0].length)) continue;
    const value = readNumber(m[2], m[3]);
    if (!Number.isFinite(value) || value <= 0) continue;
    hit({ at, end: at + m[0].length, t: { comparator: comparatorOf(m[1]), value, percent: false, unit: m[4], base: null } });
  }
  hits.sort((a, b) => a.at - b.at);
  const parts = clauses(text);
  const conditionalAll = /\(\s*nếu có\s*\)|đối với (các )?đơn vị còn/i.test(text);
  const perUnit = /\bmỗi\s+(cđcs|công đoàn cơ sở|đơn vị|cơ quan|tổ)/i.test(text);
  let k = 0;
  return hits.map((h) => {
    // Hits and clauses are both in text order.
    while (k < parts.length && parts[k].end <= h.at) k++;
    const c = k < parts.length && h.at >= parts[k].start ? parts[k] : { start: 0, end: text.length };
    const clause = hits.length === 1 ? text : text.slice(c.start, c.end).trim();
    const suggested = suggestRule(h.t.percent ? 'percent' : 'count', h.t.comparator, h.t.unit ?? '');
    return {
      ...h.t,
      text: clause.replace(/[.;,]$/, ''),
      section,
      rule: perUnit ? 'unit-share' : suggested,
      conditional: conditionalAll,
      line,
    };
  });
}
