import { isoToSerial, isValidIsoDate, type IsoDate } from './excelDate';
import { splitYearMonth } from './month';
import type { Period } from './period';
import type { Plan } from './plan';
import { matchKey } from './text';
import { UserError } from './userError';

/*
 * A reporting round (kỳ báo cáo, docs/rounds.md): the upper level asks for figures twice a year or
 * so — "sơ kết 6 tháng" to 31/5, "tổng kết năm" to 30/11; by semester and school year in schools —
 * each cumulative from the start of the plan's period to the round's cut-off date, and each measured
 * against the whole period's targets. The rounds are Table `KyBaoCao` on sheet `Đơn vị`, prefilled
 * by the period's kind and editable.
 */

export interface Round {
  /** "6T", "CN", "HK1": short, written on the forms and in sheet names ("Tổng hợp 6T"). */
  code: string;
  /** "6 tháng đầu năm 2026", "Năm 2026", "Học kỳ I năm học 2025-2026". */
  name: string;
  /** The last day the figures count (inclusive). */
  cutOff: IsoDate;
  /** Share of the period elapsed at the cut-off, in percent: what progress is measured against. */
  elapsed: number;
  /** How many percentage points behind the elapsed share still count as on track. */
  tolerance: number;
}

/** Points behind time still "Đúng tiến độ" unless the workbook says otherwise. */
export const DEFAULT_TOLERANCE = 5;

/** Round codes become part of sheet names (31 characters at most with "Theo đơn vị "). */
export const ROUND_CODE_MAX = 10;

export const periodStart = (p: Period): IsoDate => `${p.from}-01`;

export function periodEnd(p: Period): IsoDate {
  const { year, month } = splitYearMonth(p.to);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${p.to}-${String(last).padStart(2, '0')}`;
}

/** Days from the period's first day through the cut-off, over the period's days, in percent to one decimal. */
export function elapsedShare(p: Period, cutOff: IsoDate): number {
  if (!isValidIsoDate(cutOff)) return 0;
  const start = isoToSerial(periodStart(p));
  const end = isoToSerial(periodEnd(p));
  const at = Math.min(Math.max(isoToSerial(cutOff), start - 1), end);
  return Math.round(((at - start + 1) / (end - start + 1)) * 1000) / 10;
}

const round = (p: Period, code: string, name: string, cutOff: IsoDate): Round => ({ code, name, cutOff, elapsed: elapsedShare(p, cutOff), tolerance: DEFAULT_TOLERANCE });

/**
 * The usual rounds of a period: a year reports at 6 months (to 31/5) and for the year (to 30/11); a
 * school year at semester I (to 31/12) and for the school year (to 31/5); a term once a year (to
 * 30/11); a shorter plan once, at its end.
 */
export function defaultRounds(p: Period): Round[] {
  const first = splitYearMonth(p.from).year;
  const last = splitYearMonth(p.to).year;
  switch (p.kind) {
    case 'year':
      return [round(p, '6T', `6 tháng đầu năm ${first}`, `${first}-05-31`), round(p, 'CN', `Năm ${first}`, `${first}-11-30`)];
    case 'school-year':
      return [round(p, 'HK1', `Học kỳ I năm học ${first}-${last}`, `${first}-12-31`), round(p, 'NH', `Năm học ${first}-${last}`, `${last}-05-31`)];
    case 'term':
      return Array.from({ length: last - first + 1 }, (_, i) => round(p, `N${first + i}`, `Năm ${first + i}`, `${first + i}-11-30`));
    default:
      return [round(p, 'CK', 'Cả kỳ', periodEnd(p))];
  }
}

/** The plan's rounds: those of `Đơn vị`, or the period's usual ones for a workbook made before rounds. */
export function planRounds(plan: Pick<Plan, 'info' | 'rounds'>): Round[] {
  return plan.rounds?.length ? plan.rounds : defaultRounds(plan.info.period);
}

/** The round of that code (case and spaces aside, as matchKey compares), or undefined. */
export function findRound(rounds: readonly Round[], code: string): Round | undefined {
  const key = matchKey(code);
  return rounds.find((r) => matchKey(r.code) === key);
}

/** "31/05/2026" */
export function dayMonthYear(iso: IsoDate): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * The round the user asked for by code, null when none was asked; an unknown code is refused naming
 * the rounds the plan has and where they are set.
 */
export function chosenRound(plan: Pick<Plan, 'info' | 'rounds'>, code: string | undefined, file?: string): Round | null {
  if (code === undefined || !code.trim()) return null;
  const rounds = planRounds(plan);
  // A code first; then a number counts the rounds in their order ("1" is the first), whatever the period calls them.
  const n = /^\s*(\d{1,2})\s*$/.exec(code);
  const found = findRound(rounds, code) ?? (n ? rounds[Number(n[1]) - 1] : undefined);
  if (found) return found;
  const list = rounds.map((r) => `${r.code} (${r.name}, đến ${dayMonthYear(r.cutOff)})`).join('; ');
  const listEn = rounds.map((r) => `${r.code} (${r.name}, to ${dayMonthYear(r.cutOff)})`).join('; ');
  throw new UserError('round-unknown',
    `${file ? `Tệp "${file}": ` : ''}kế hoạch không có kỳ báo cáo "${code.trim()}". Các kỳ có trong bảng KyBaoCao, trang Đơn vị: ${list}. Hãy chọn một mã trong đó, hoặc thêm kỳ vào bảng rồi chạy lại.`,
    `${file ? `File "${file}": ` : ''}the plan has no reporting round "${code.trim()}". Rounds in Table KyBaoCao, sheet Đơn vị: ${listEn}. Choose one of them, or add the round to the table and run again.`,
    { ...(file ? { file } : {}), sheet: 'Đơn vị' });
}
