import type { Finding } from '../../domain/finding';
import type { Period } from '../../domain/period';
import { dayMonthYear, periodEnd, periodStart, ROUND_CODE_MAX } from '../../domain/round';
import { matchKey } from '../../domain/text';
import { ruleFinding } from '../../domain/validation/ruleFinding';
import { SHEET } from '../names';
import { readText } from '../read/cells';
import { readDate } from '../read/readRounds';
import { findHeader, readTable } from '../read/readTable';
import type { CellValue } from '../spec';
import { ROUND_COLUMNS } from '../unitsSheet';

/** Characters a sheet name cannot hold; a round's code becomes part of "Tổng hợp <mã>". */
const NOT_IN_SHEET_NAMES = /[:\\/?*[\]]/;

/**
 * Checks on Table `KyBaoCao` (`Đơn vị`): each code unique and usable in a sheet name, each cut-off
 * inside the plan's period, and the rounds in the order of their dates (progress is read across them
 * in that order, sheet `Tiến độ`).
 */
export function checkRounds(values: readonly (readonly CellValue[])[], period: Period): Finding[] {
  const sheet = SHEET.units;
  if (!findHeader(values, ROUND_COLUMNS, ['code', 'cutOff'])) return [];
  const table = readTable(sheet, values, ROUND_COLUMNS, ['code', 'cutOff']);
  const out: Finding[] = [];
  const seen = new Map<string, string>();
  const from = periodStart(period);
  const to = periodEnd(period);
  let previous: { date: string; at: string; code: string } | null = null;
  for (const r of table.rows) {
    const code = readText(r.get('code'));
    if (code) {
      const first = seen.get(matchKey(code));
      if (first) out.push(ruleFinding('round-code-duplicate', sheet, r.at('code'), `Mã kỳ báo cáo "${code}" trùng với ô ${first}: mỗi kỳ một mã riêng (ví dụ 6T, CN). Hãy sửa một trong hai mã.`, `Round code "${code}" repeats ${first}: give each round its own code (e.g. 6T, CN).`, code));
      else seen.set(matchKey(code), r.at('code'));
      if (code.length > ROUND_CODE_MAX || NOT_IN_SHEET_NAMES.test(code)) {
        out.push(ruleFinding('round-code-invalid', sheet, r.at('code'), `Mã kỳ báo cáo "${code}" phải ngắn (tối đa ${ROUND_CODE_MAX} ký tự) và không có các dấu : \\ / ? * [ ] vì nó là một phần tên trang "Tổng hợp ${code}". Hãy đặt mã ngắn hơn, ví dụ 6T.`, `Round code "${code}" must be short (at most ${ROUND_CODE_MAX} characters) without : \\ / ? * [ ], as it names the sheet "Tổng hợp ${code}". Use a shorter code, e.g. 6T.`, code));
      }
    }
    const date = readDate(r.get('cutOff'));
    if (date === null || date === 'bad') continue;
    if (date < from || date > to) {
      out.push(ruleFinding('round-outside-period', sheet, r.at('cutOff'), `Ngày chốt số liệu ${dayMonthYear(date)} của kỳ "${code}" nằm ngoài kỳ kế hoạch (${dayMonthYear(from)} – ${dayMonthYear(to)}): hãy sửa ngày trong khoảng đó.`, `The cut-off ${dayMonthYear(date)} of round "${code}" is outside the plan's period (${dayMonthYear(from)} – ${dayMonthYear(to)}): enter a date inside it.`, dayMonthYear(date)));
    }
    if (previous && date <= previous.date) {
      out.push(ruleFinding('round-order', sheet, r.at('cutOff'), `Ngày chốt số liệu ${dayMonthYear(date)} của kỳ "${code}" không sau ngày ${dayMonthYear(previous.date)} của kỳ "${previous.code}" (ô ${previous.at}): hãy xếp các kỳ theo thứ tự thời gian, kỳ sau chốt muộn hơn kỳ trước.`, `The cut-off ${dayMonthYear(date)} of round "${code}" is not after ${dayMonthYear(previous.date)} of round "${previous.code}" (${previous.at}): list the rounds in time order.`, dayMonthYear(date)));
    }
    previous = { date, at: r.at('cutOff'), code };
  }
  return out;
}
