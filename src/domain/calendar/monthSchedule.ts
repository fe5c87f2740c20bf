import type { IsoDate } from '../excelDate';
import { isYearMonth, splitYearMonth, type YearMonth } from '../month';
import { periodContains, periodLabel, periodMonths, type Period } from '../period';
import { UserError } from '../userError';
import { taskMonths, type Task } from '../task';
import { periodOccurrences, type Commemoration } from './commemoration';

/*
 * The printed monthly schedule ("LỊCH CÔNG TÁC THÁNG 9/2026"): for each month of the period, what
 * happens — commemorations on their day, the tasks timed in that month (on their day when the timing
 * names one), then the continuous work — with date, content, responsible and note.
 */

export type ScheduleItemKind = 'commemoration' | 'task' | 'continuous';

export interface ScheduleItem {
  kind: ScheduleItemKind;
  /** The day when known, for sorting and the date column. */
  date: IsoDate | null;
  /** What the date column shows: "28/7", "Trong tháng", "Thường xuyên". */
  when: string;
  content: string;
  responsible: string;
  note: string;
}

export interface MonthPage {
  month: YearMonth;
  title: string;
  items: ScheduleItem[];
}

export function monthTitle(month: YearMonth): string {
  const { year, month: m } = splitYearMonth(month);
  return `LỊCH CÔNG TÁC THÁNG ${m}/${year}`;
}

/** A day in `month` that a task's timing words name ("nhân dịp 28/7", "trước 09/4"), or null. */
export function timedDay(timingText: string, month: YearMonth): number | null {
  const { month: m } = splitYearMonth(month);
  for (const hit of timingText.matchAll(/(?<![\d/])(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?(?![\d/])/g)) {
    const [day, mon] = [Number(hit[1]), Number(hit[2])];
    if (mon === m && day >= 1 && day <= 31 && (!hit[3] || Number(hit[3]) === splitYearMonth(month).year)) return day;
  }
  return null;
}

const iso = (month: YearMonth, day: number): IsoDate => `${month}-${String(day).padStart(2, '0')}`;
const dayText = (date: IsoDate) => `${Number(date.slice(8, 10))}/${Number(date.slice(5, 7))}`;

/** Continuous tasks listed one by one on a month's page; more are summed up in one line. */
export const CONTINUOUS_LISTED = 5;

const ORDER: Record<ScheduleItemKind, number> = { commemoration: 0, task: 0, continuous: 1 };

export function monthSchedule(period: Period, tasks: readonly Task[], commemorations: readonly Commemoration[], only?: YearMonth): MonthPage[] {
  const months = periodMonths(period).filter((m) => !only || m === only);
  const byMonth = new Map<YearMonth, ScheduleItem[]>(months.map((m) => [m, []]));
  for (const o of periodOccurrences(commemorations, period)) {
    byMonth.get(o.date.slice(0, 7))?.push({
      kind: 'commemoration', date: o.date, when: dayText(o.date), content: o.text, responsible: '',
      note: [o.round ? 'Năm chẵn' : '', o.commemoration.note].filter(Boolean).join('; '),
    });
  }
  for (const task of tasks) {
    if (!task.content.trim()) continue;
    for (const m of taskMonths(task, period)) {
      const items = byMonth.get(m);
      if (!items) continue;
      if (task.frequency === 'continuous') {
        items.push({ kind: 'continuous', date: null, when: 'Thường xuyên', content: task.content, responsible: task.responsible, note: '' });
        continue;
      }
      const day = timedDay(task.timingText, m);
      items.push({ kind: 'task', date: day ? iso(m, day) : null, when: day ? `${day}/${splitYearMonth(m).month}` : 'Trong tháng', content: task.content, responsible: task.responsible, note: task.timingText });
    }
  }
  for (const [month, items] of byMonth) {
    const continuous = items.filter((it) => it.kind === 'continuous');
    if (continuous.length > CONTINUOUS_LISTED) {
      // A page per month must stay a page: long standing work is pointed to, not copied twelve times.
      byMonth.set(month, [...items.filter((it) => it.kind !== 'continuous'), {
        kind: 'continuous', date: null, when: 'Thường xuyên', content: `Thực hiện ${continuous.length} nhiệm vụ thường xuyên (xem trang Nhiệm vụ).`, responsible: '', note: '',
      }]);
    }
  }
  return months.map((month) => ({
    month,
    title: monthTitle(month),
    // Dated items by day, then the month's undated tasks, then continuous work; stable within each.
    items: [...byMonth.get(month)!].map((it, i) => ({ it, i })).sort((a, b) =>
      ORDER[a.it.kind] - ORDER[b.it.kind]
      || (a.it.date === null ? 1 : 0) - (b.it.date === null ? 1 : 0)
      || (a.it.date ?? '').localeCompare(b.it.date ?? '')
      || a.i - b.i).map(({ it }) => it),
  }));
}

/** The month a user asked to print, checked: "YYYY-MM" inside the period, or none for the whole period. */
export function printableMonth(month: string | null | undefined, period: Period): YearMonth | undefined {
  if (month === null || month === undefined) return undefined;
  if (!isYearMonth(month) || !periodContains(period, month)) {
    throw new UserError('month-outside-period',
      `Tháng "${month}" phải có dạng YYYY-MM và nằm trong kỳ kế hoạch (${periodLabel(period)}: ${period.from} đến ${period.to}).`,
      `Month "${month}" must be YYYY-MM inside the plan period (${period.from} to ${period.to}).`);
  }
  return month;
}
