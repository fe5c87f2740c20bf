import type { Finding } from '../../domain/finding';
import { AGGREGATION_RULES, COMPARATORS, TARGET_KINDS } from '../../domain/target';
import { matchKey } from '../../domain/text';
import { SHEET } from '../names';
import { readChoice, readNumber, readText } from '../read/cells';
import { readTable } from '../read/readTable';
import type { CellValue } from '../spec';
import { TARGET_COLUMNS } from '../targetsSheet';
import { checkNumberCell } from './checkNumbers';
import { ruleFinding } from '../../domain/validation/ruleFinding';

/** Units a unit-share target can count: "90% CĐCS …", "100% tổ công đoàn …". */
const UNIT_NOUNS = /cđcs|công đoàn|đơn vị|tổ|chi đoàn|cơ sở|trường|doanh nghiệp|khối|phòng|ban|cơ quan|xã|phường/i;

/** Checks on `Chỉ tiêu` beyond what reading it needs: ranges, scale, duplicates, rule fit. */
export function checkTargets(values: readonly (readonly CellValue[])[]): Finding[] {
  const sheet = SHEET.targets;
  const table = readTable(sheet, values, TARGET_COLUMNS, ['code', 'text', 'comparator', 'value'], ['summary']);
  const out: Finding[] = [];
  const seen = new Map<string, string>();
  for (const r of table.rows) {
    const rawCode = r.get('code');
    const code = readText(rawCode);
    if (typeof rawCode === 'string' && rawCode !== rawCode.trim().replace(/\s{2,}/g, ' ')) {
      out.push(ruleFinding('text-spaces', sheet, r.at('code'), `Mã chỉ tiêu "${rawCode}" có khoảng trắng thừa; mã dùng để so khớp báo cáo của đơn vị.`, `Target code "${rawCode}" has stray spaces; codes match member reports.`, rawCode));
    }
    if (code) {
      const key = matchKey(code);
      const first = seen.get(key);
      if (first) out.push(ruleFinding('target-code-duplicate', sheet, r.at('code'), `Mã chỉ tiêu "${code}" trùng với ô ${first}: mỗi chỉ tiêu một mã riêng.`, `Target code "${code}" repeats ${first}: each target needs its own code.`, code));
      else seen.set(key, r.at('code'));
    }
    out.push(...checkNumberCell(sheet, r.at('value'), r.get('value'), 'Giá trị'), ...checkNumberCell(sheet, r.at('base'), r.get('base'), 'Tổng số (cơ sở)'));
    const value = readNumber(r.get('value'));
    const base = readNumber(r.get('base'));
    const kind = readChoice(TARGET_KINDS, r.get('kind'));
    const comparator = readChoice(COMPARATORS, r.get('comparator'));
    const rule = readChoice(AGGREGATION_RULES, r.get('rule'));
    const v = value.ok ? value.value : null;
    const b = base.ok ? base.value : null;
    if (v !== null && v < 0) out.push(ruleFinding('negative-number', sheet, r.at('value'), 'Giá trị chỉ tiêu không thể âm.', 'A target value cannot be negative.', v));
    if (b !== null && b < 0) out.push(ruleFinding('negative-number', sheet, r.at('base'), 'Tổng số (cơ sở) không thể âm.', 'A base cannot be negative.', b));
    const percent = kind.ok && kind.value === 'percent';
    if (percent && v !== null) {
      const ceiling = comparator.ok && (comparator.value === '<' || comparator.value === '<=');
      if (v > 100 && !ceiling) out.push(ruleFinding('percent-over-100', sheet, r.at('value'), `Tỷ lệ ${v}% vượt 100%: kiểm tra lại giá trị.`, `A ${v}% share is above 100%: check the value.`, v));
      if (v > 0 && v < 1) out.push(ruleFinding('percent-as-fraction', sheet, r.at('value'), `Tỷ lệ ghi ${v}: nếu là ${Math.round(v * 1000) / 10}%, hãy nhập ${Math.round(v * 1000) / 10} (cột Giá trị tính theo %).`, `The share is ${v}: for ${Math.round(v * 1000) / 10}%, enter ${Math.round(v * 1000) / 10} (the value column is in percent).`, v));
    }
    if (!percent && v !== null && b !== null && b > 0 && v > b) {
      out.push(ruleFinding('value-over-base', sheet, r.at('value'), `Giá trị ${v} lớn hơn tổng số ${b}.`, `The value ${v} is above its base ${b}.`, v));
    }
    if (b === 0) {
      const conditional = /nếu có|không áp dụng|n\/a/i.test(`${readText(r.get('text'))} ${readText(r.get('note'))}`);
      out.push(ruleFinding('base-zero', sheet, r.at('base'),
        'Tổng số bằng 0: chỉ tiêu sẽ tính là không áp dụng (N/A), không phải 0%.' + (conditional ? '' : ' Nếu chỉ tiêu chỉ áp dụng nơi có đối tượng, ghi "nếu có" ở Ghi chú.'),
        'The base is 0: the target counts as N/A, not 0%.' + (conditional ? '' : ' If it applies only where there are members concerned, write "nếu có" in the note.'),
        0, conditional ? 'info' : 'warning'));
    }
    if (rule.ok && rule.value === 'unit-share') {
      if (kind.ok && kind.value !== 'percent') out.push(ruleFinding('unit-share-not-percent', sheet, r.at('kind'), 'Cách tổng hợp "tỷ lệ đơn vị đạt" cần chỉ tiêu dạng tỷ lệ % (ví dụ 90% CĐCS đạt …).', 'A unit-share target needs a percentage (e.g. 90% of unions meeting …).'));
      const unitText = `${readText(r.get('unit'))} ${readText(r.get('text'))}`;
      if (!UNIT_NOUNS.test(unitText)) out.push(ruleFinding('unit-share-not-units', sheet, r.at('unit'), 'Chỉ tiêu "tỷ lệ đơn vị đạt" phải đếm đơn vị (CĐCS, tổ công đoàn…), và nêu điều kiện mỗi đơn vị phải đạt.', 'A unit-share target must count units (unions, groups…) and say what each must achieve.'));
    }
  }
  return out;
}
