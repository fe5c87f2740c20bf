import type { Finding } from '../../domain/finding';
import { AGGREGATION_RULES, COMPARATORS, defaultLowerIsBetter, suggestRule, TARGET_KINDS, YES_NO, type Target } from '../../domain/target';
import { SHEET } from '../names';
import type { CellValue } from '../spec';
import { TARGET_COLUMNS } from '../targetsSheet';
import { isBlank, readChoice, readNumber, readText } from './cells';
import { requiredProblem, rowTaker } from './problem';
import { readTable } from './readTable';

/** Reads sheet `Chỉ tiêu` back to targets; a row it cannot read fully is reported and left out. */
export function readTargets(values: readonly (readonly CellValue[])[]): { targets: Target[]; findings: Finding[] } {
  const sheet = SHEET.targets;
  const table = readTable(sheet, values, TARGET_COLUMNS, ['code', 'text', 'comparator', 'value'], ['summary']);
  const findings = [...table.findings];
  const targets: Target[] = [];
  for (const r of table.rows) {
    const before = findings.length;
    const take = rowTaker(sheet, r.at, findings);
    // An unreadable cell is already reported; "empty" is only for cells that are.
    const need = <T>(key: string, label: string, v: T | null): T | null => {
      if ((v === null || v === '') && isBlank(r.get(key))) findings.push(requiredProblem(sheet, r.at(key), label));
      return v;
    };
    const code = need('code', 'Mã', readText(r.get('code')));
    const text = need('text', 'Nội dung chỉ tiêu', readText(r.get('text')));
    const comparator = need('comparator', 'So sánh', take('comparator', readChoice(COMPARATORS, r.get('comparator'))));
    const value = need('value', 'Giá trị', take('value', readNumber(r.get('value'))));
    const kind = take('kind', readChoice(TARGET_KINDS, r.get('kind'))) ?? 'count';
    const unit = readText(r.get('unit'));
    const base = take('base', readNumber(r.get('base')));
    const rule = take('rule', readChoice(AGGREGATION_RULES, r.get('rule')));
    const lower = take('lowerIsBetter', readChoice(YES_NO, r.get('lowerIsBetter')));
    if (findings.length > before || !code || !text || !comparator || value === null) continue;
    targets.push({
      code, group: readText(r.get('group')), text, comparator, value, kind, unit, base,
      rule: rule ?? suggestRule(kind, comparator, unit),
      lowerIsBetter: lower === null ? defaultLowerIsBetter(comparator) : lower === 'yes',
      note: readText(r.get('note')),
    });
  }
  return { targets, findings };
}
