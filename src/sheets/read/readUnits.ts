import type { Finding } from '../../domain/finding';
import { DEFAULT_RATING_LEVELS, type RatingLevel, type Unit } from '../../domain/report/unit';
import { matchKey } from '../../domain/text';
import { SHEET } from '../names';
import type { CellValue } from '../spec';
import { RATING_COLUMNS, UNIT_COLUMNS } from '../unitsSheet';
import { readNumber, readText } from './cells';
import { cellProblem, requiredProblem } from './problem';
import { readTable } from './readTable';

/** Reads sheet `Đơn vị`: the units (code and name required, codes unique) and the rating thresholds. */
export function readUnits(values: readonly (readonly CellValue[])[]): { units: Unit[]; ratingLevels: RatingLevel[]; findings: Finding[] } {
  const sheet = SHEET.units;
  const table = readTable(sheet, values, UNIT_COLUMNS, ['code', 'name']);
  const findings = [...table.findings];
  const units: Unit[] = [];
  const seen = new Map<string, string>();
  for (const r of table.rows) {
    const code = readText(r.get('code'));
    const name = readText(r.get('name'));
    if (!code) findings.push(requiredProblem(sheet, r.at('code'), 'Mã đơn vị'));
    if (!name) findings.push(requiredProblem(sheet, r.at('name'), 'Tên đơn vị'));
    if (!code || !name) continue;
    const first = seen.get(matchKey(code));
    if (first) {
      findings.push(cellProblem(sheet, r.at('code'), 'unit-code-duplicate', { vi: `Mã đơn vị "${code}" trùng với ô ${first}.`, en: `Unit code "${code}" repeats ${first}.` }));
      continue;
    }
    seen.set(matchKey(code), r.at('code'));
    units.push({ code, name, type: readText(r.get('type')), parent: readText(r.get('parent')), contact: readText(r.get('contact')) });
  }
  // The thresholds table sits right of the units; reading it as its own table finds it by its headers.
  const levelsTable = readTable(sheet, values, RATING_COLUMNS, ['name', 'minScore']);
  const ratingLevels: RatingLevel[] = [];
  for (const r of levelsTable.rows) {
    const name = readText(r.get('name'));
    const min = readNumber(r.get('minScore'));
    if (!name) continue;
    if (!min.ok || min.value === null || min.value < 0 || min.value > 100) {
      findings.push(cellProblem(sheet, r.at('minScore'), 'value-out-of-range', { vi: 'Điểm tối thiểu phải là số từ 0 đến 100.', en: 'The minimum score must be a number from 0 to 100.' }));
      continue;
    }
    ratingLevels.push({ name, minScore: min.value });
  }
  return { units, ratingLevels: levelsTable.findings.length || !ratingLevels.length ? DEFAULT_RATING_LEVELS.map((l) => ({ ...l })) : ratingLevels, findings };
}
