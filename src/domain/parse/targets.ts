import { suggestRule, type Comparator } from '../target';
import type { ParsedTarget } from './types';

/*
 * The target grammar (docs/domain.md#targets): "trên 90% CĐCS …", "tăng thêm 106 đoàn viên", "4/4 tổ công
 * đoàn đạt vững mạnh", "không có CĐCS không hoàn thành nhiệm vụ". One sentence may hold several
 * targets; each keeps the clause it was read from. Bare counts are read only where the caller knows
 * it is in a targets section, since task sentences are full of numbers that are not targets.
 */

/** What is counted, longest first so "đoàn viên nữ" wins over "đoàn viên". */
const UNITS = [
  'công đoàn cơ sở', 'tổ công đoàn', 'cán bộ công đoàn', 'đoàn viên nữ', 'đoàn viên công đoàn', 'đoàn viên', 'Ban Chấp hành',
  'người lao động', 'lao động nữ', 'doanh nghiệp', 'đơn vị', 'cơ quan', 'gia đình', 'hội nghị', 'sáng kiến', 'đơn thư',
  'công trình', 'hồ sơ', 'lớp', 'cán bộ', 'công nhân', 'CBCCVCLĐ', 'CNVCLĐ', 'CBNGNLĐ', 'CBNGNLD', 'CĐCS', 'NLĐ', 'BCH',
  'trường', 'nhà', 'suất', 'người', 'lượt', 'lao động',
].sort((a, b) => b.length - a.length);
const UNIT = `(${UNITS.map((u) => u.replace(/ /g, '\\s+')).join('|')})`;

const CMP = '(trên|hơn|vượt|dưới|ít nhất|tối thiểu|tối đa|không quá|không dưới|không thấp hơn|tăng thêm|tăng|thêm|mới|đạt|có|được)';

/** "trên" is strictly above; "ít nhất", "từ … trở lên", "đạt" and a bare number are at least. */
function comparatorOf(word: string | undefined): Comparator {
  const w = (word ?? '').toLowerCase();
  if (w === 'trên' || w === 'hơn' || w === 'vượt') return '>';
  if (w === 'dưới') return '<';
  if (w === 'tối đa' || w === 'không quá') return '<=';
  return '>=';
}

/** "1.234" is a thousand and more in Vietnamese; "01" is one; "90,5" is ninety and a half. */
function number(s: string): number {
  if (/^\d{1,3}(\.\d{3})+$/.test(s)) return Number(s.replace(/\./g, ''));
  return Number(s.replace(',', '.'));
}

function unitOf(after: string): string | null {
  const m = new RegExp(`^\\s*${UNIT}(?![\\p{L}])`, 'iu').exec(after);
  return m ? m[1].replace(/\s+/g, ' ') : null;
}

/** Numbers that are dates, document numbers, years or ordinals, blanked so no target is read in them. */
function maskNonTargets(s: string): string {
  return s
    .replace(/\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}/g, (m) => ' '.repeat(m.length))
    .replace(/\d+\s*[-/]\s*[A-ZĐ][\p{L}-]*(?:\/[\p{L}-]+)*/gu, (m) => ' '.repeat(m.length))
    .replace(/(năm|nhiệm kỳ|giai đoạn|năm học)\s+\d{4}(\s*[-–]\s*\d{4})?/giu, (m) => ' '.repeat(m.length))
    .replace(/(khóa|khoá|số|ngày|lần thứ)\s+\d+/giu, (m) => ' '.repeat(m.length));
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

export function findTargets(text: string, section: string, countsToo: boolean): ParsedTarget[] {
  // "Phát triển đoàn viên mới năm 2024: tăng thêm 106 đoàn viên": the value is after the colon.
  const colon = text.indexOf(':');
  const scopeStart = colon > 0 && colon < 160 && /\d/.test(text.slice(colon)) ? colon + 1 : 0;
  const masked = ' '.repeat(scopeStart) + maskNonTargets(text.slice(scopeStart));
  const hits: { at: number; end: number; t: Omit<ParsedTarget, 'text' | 'rule' | 'conditional' | 'section'> }[] = [];
  const taken = (at: number, end: number) => hits.some((h) => at < h.end && h.at < end);

  const none = new RegExp(`không có\\s+${UNIT}\\s+(không|bị|vi phạm|yếu|xếp loại)`, 'giu');
  for (const m of masked.matchAll(none)) {
    hits.push({ at: m.index!, end: m.index! + m[0].length, t: { comparator: '=', value: 0, percent: false, unit: m[1].replace(/\s+/g, ' '), base: null } });
  }
  const percent = new RegExp(`(?:${CMP}\\s+)?(\\d+(?:[.,]\\d+)?)\\s*%(\\s*trở lên)?`, 'giu');
  for (const m of masked.matchAll(percent)) {
    const at = m.index!;
    if (taken(at, at + m[0].length)) continue;
    hits.push({ at, end: at + m[0].length, t: { comparator: comparatorOf(m[1]), value: number(m[2]), percent: true, unit: unitOf(masked.slice(at + m[0].length)), base: null } });
  }
  const fraction = new RegExp(`(\\d{1,4})\\s*/\\s*(\\d{1,4})\\s+${UNIT}(?![\\p{L}])`, 'giu');
  for (const m of masked.matchAll(fraction)) {
    const at = m.index!;
    if (taken(at, at + m[0].length)) continue;
    const [v, b] = [Number(m[1]), Number(m[2])];
    if (v > b || b === 0) continue;
    hits.push({ at, end: at + m[0].length, t: { comparator: '>=', value: v, percent: false, unit: m[3].replace(/\s+/g, ' '), base: b } });
  }
  if (countsToo) {
    const count = new RegExp(`(?:${CMP}\\s+)?(\\d{1,3}(?:\\.\\d{3})+|\\d+)\\s+${UNIT}(?![\\p{L}])(\\s*trở lên)?`, 'giu');
    for (const m of masked.matchAll(count)) {
      const at = m.index!;
      if (taken(at, at + m[0].length)) continue;
      hits.push({ at, end: at + m[0].length, t: { comparator: comparatorOf(m[1]), value: number(m[2]), percent: false, unit: m[3].replace(/\s+/g, ' '), base: null } });
    }
  }
  hits.sort((a, b) => a.at - b.at);
  const parts = clauses(text);
  const conditionalAll = /\(\s*nếu có\s*\)|đối với (các )?đơn vị còn/i.test(text);
  return hits.map((h) => {
    const c = parts.find((p) => h.at >= p.start && h.at < p.end) ?? { start: 0, end: text.length };
    const clause = hits.length === 1 ? text : text.slice(c.start, c.end).trim();
    const perUnit = /\bmỗi\s+(cđcs|công đoàn cơ sở|đơn vị|cơ quan)/i.test(text);
    const suggested = suggestRule(h.t.percent ? 'percent' : 'count', h.t.comparator, h.t.unit ?? '');
    return {
      ...h.t,
      text: clause.replace(/[.;,]$/, ''),
      section,
      rule: perUnit ? 'unit-share' : suggested,
      conditional: conditionalAll,
    };
  });
}
