import { isValidIsoDate, serialToIso, type IsoDate } from '../../domain/excelDate';
import type { Finding } from '../../domain/finding';
import type { Period } from '../../domain/period';
import { DEFAULT_TOLERANCE, elapsedShare, type Round } from '../../domain/round';
import { SHEET } from '../names';
import type { CellValue } from '../spec';
import { ROUND_COLUMNS } from '../unitsSheet';
import { isBlank, readNumber, readText } from './cells';
import { cellProblem, requiredProblem } from './problem';
import { findHeader, readTable } from './readTable';

/** A date cell: a serial, or text "31/5/2026"; null when blank; 'bad' when it is no real date. */
export function readDate(v: CellValue | undefined): IsoDate | null | 'bad' {
  if (isBlank(v)) return null;
  if (typeof v === 'number') return v > 0 && v < 2958466 ? serialToIso(v) : 'bad';
  const m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(readText(v));
  const iso = m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : '';
  return isValidIsoDate(iso) ? iso : 'bad';
}

/**
 * Table `KyBaoCao` of `Đơn vị`, or null when the sheet has none (a workbook made before rounds: the
 * period's usual rounds apply). Rows without a code or a readable date are findings and left out; a
 * blank share of time is computed from the date, a blank tolerance takes the default. Whether the
 * dates lie in the period, in order, and the codes are unique is checked by check/checkRounds.
 */
export function readRounds(values: readonly (readonly CellValue[])[], period: Period): { rounds: Round[] | null; findings: Finding[] } {
  const sheet = SHEET.units;
  if (!findHeader(values, ROUND_COLUMNS, ['code', 'cutOff'])) return { rounds: null, findings: [] };
  const table = readTable(sheet, values, ROUND_COLUMNS, ['code', 'cutOff']);
  const findings: Finding[] = [...table.findings];
  const rounds: Round[] = [];
  for (const r of table.rows) {
    const code = readText(r.get('code'));
    const cutOff = readDate(r.get('cutOff'));
    if (!code) findings.push(requiredProblem(sheet, r.at('code'), 'Mã kỳ báo cáo'));
    if (cutOff === null) findings.push(requiredProblem(sheet, r.at('cutOff'), 'Số liệu đến ngày'));
    if (cutOff === 'bad') findings.push(cellProblem(sheet, r.at('cutOff'), 'date-invalid', { vi: `"${String(r.get('cutOff'))}" không phải là một ngày có thật: nhập ngày/tháng/năm, ví dụ 31/05/2026.`, en: `"${String(r.get('cutOff'))}" is not a real date: enter day/month/year, e.g. 31/05/2026.` }));
    if (!code || cutOff === null || cutOff === 'bad') continue;
    const share = (key: 'elapsed' | 'tolerance', fallback: number): number => {
      const n = readNumber(r.get(key));
      if (n.ok && n.value === null) return fallback;
      if (!n.ok || n.value === null || n.value < 0 || n.value > 100) {
        findings.push(cellProblem(sheet, r.at(key), 'value-out-of-range', { vi: `"${String(r.get(key))}" phải là số phần trăm từ 0 đến 100; tạm dùng ${fallback}.`, en: `"${String(r.get(key))}" must be a percentage from 0 to 100; ${fallback} is used.` }));
        return fallback;
      }
      return n.value;
    };
    rounds.push({ code, name: readText(r.get('name')) || code, cutOff, elapsed: share('elapsed', elapsedShare(period, cutOff)), tolerance: share('tolerance', DEFAULT_TOLERANCE) });
  }
  return { rounds, findings };
}
