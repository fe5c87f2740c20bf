import type { IsoDate } from '../excelDate';
import { isYearMonth, splitYearMonth, type YearMonth } from '../month';
import { periodContains, periodLabel, periodMonths, periodYears, type Period } from '../period';
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
  /** "2026-09" for a month's page; "2027" for a year's page of a congress term. */
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

/**
 * Continuous work is summed up in one short line per section of the plan (the number before the
 * first dot: "2" for "2.1"), so that standing work does not fill every page with the same paragraph.
 */
const SHORT_CONTENT = 70;

function shorten(text: string, max = SHORT_CONTENT): string {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t.length <= max) return t;
  const cut = t.slice(0, max + 1).replace(/\s+\S*$/, '');
  return `${cut.replace(/[,;:.]$/, '')}…`;
}

const sectionOf = (section: string) => section.trim().split('.')[0] || '';

function continuousLines(tasks: readonly Task[]): ScheduleItem[] {
  const bySection = new Map<string, Task[]>();
  for (const t of tasks) {
    const key = sectionOf(t.section);
    bySection.set(key, [...(bySection.get(key) ?? []), t]);
  }
  return [...bySection].map(([section, list]) => {
    const more = list.length > 1 ? ` và ${list.length - 1} nhiệm vụ khác${section ? ` của mục ${section}` : ''}` : '';
    const people = [...new Set(list.map(responsibleOf).filter(Boolean))];
    return {
      kind: 'continuous' as const, date: null, when: 'Thường xuyên',
      content: `${shorten(list[0].content)}${more}`,
      responsible: people.length > 2 ? `${people.slice(0, 2).join(', ')}…` : people.join(', '),
      note: '',
    };
  });
}

/** Who carries a task out: its responsible, else those it is coordinated with. */
const responsibleOf = (t: Pick<Task, 'responsible' | 'coordinating'>) => (t.responsible || t.coordinating).trim();

/**
 * A task's timing words are worth a note only when they say more than the page already does: not
 * when they only name the month, the quarter or the span the page covers ("Tháng 10/2023", "Quý
 * II/2026", "Từ tháng 3 đến tháng 10/2026", "Thường xuyên").
 */
export function scheduleNote(timingText: string): string {
  const rest = timingText.toLowerCase()
    .replace(/(^|\s)(từ|đến|và|trong|các|cả|năm|tháng|quý|thường|xuyên|hàng|mỗi|định|kỳ)(?=\s|$)/gu, ' ')
    .replace(/\b[ivx]+\b/g, ' ')
    .replace(/[\d/\-–,.;:()]+/g, ' ')
    .trim();
  return rest ? timingText.trim() : '';
}

const ORDER: Record<ScheduleItemKind, number> = { commemoration: 0, task: 0, continuous: 1 };

function sortItems(items: readonly ScheduleItem[]): ScheduleItem[] {
  // Dated items by day, then the undated tasks, then continuous work; stable within each.
  return items.map((it, i) => ({ it, i })).sort((a, b) =>
    ORDER[a.it.kind] - ORDER[b.it.kind]
    || (a.it.date === null ? 1 : 0) - (b.it.date === null ? 1 : 0)
    || (a.it.date ?? '').localeCompare(b.it.date ?? '')
    || a.i - b.i).map(({ it }) => it);
}

/** `only`: one month ("2026-09"), or the months of one year ("2027"); without it, every month. */
export function monthSchedule(period: Period, tasks: readonly Task[], commemorations: readonly Commemoration[], only?: string): MonthPage[] {
  const months = periodMonths(period).filter((m) => !only || m === only || m.slice(0, 4) === only);
  const byMonth = new Map<YearMonth, ScheduleItem[]>(months.map((m) => [m, []]));
  for (const o of periodOccurrences(commemorations, period)) {
    byMonth.get(o.date.slice(0, 7))?.push({
      kind: 'commemoration', date: o.date, when: dayText(o.date), content: o.text, responsible: '',
      note: [o.round ? 'Năm chẵn' : '', o.commemoration.note].filter(Boolean).join('; '),
    });
  }
  const continuous = new Map<YearMonth, Task[]>(months.map((m) => [m, []]));
  for (const task of tasks) {
    if (!task.content.trim()) continue;
    for (const m of taskMonths(task, period)) {
      const items = byMonth.get(m);
      if (!items) continue;
      if (task.frequency === 'continuous') {
        continuous.get(m)?.push(task);
        continue;
      }
      const day = timedDay(task.timingText, m);
      items.push({ kind: 'task', date: day ? iso(m, day) : null, when: day ? `${day}/${splitYearMonth(m).month}` : 'Trong tháng', content: task.content, responsible: responsibleOf(task), note: scheduleNote(task.timingText) });
    }
  }
  return months.map((month) => ({ month, title: monthTitle(month), items: sortItems([...byMonth.get(month)!, ...continuousLines(continuous.get(month) ?? [])]) }));
}

/** "Tháng 3", "Tháng 3 - 10": the months of `year` a task runs in. */
function monthSpan(months: readonly YearMonth[]): string {
  const ms = months.map((m) => splitYearMonth(m).month);
  return ms.length > 1 ? `Tháng ${ms[0]} - ${ms[ms.length - 1]}` : `Tháng ${ms[0]}`;
}

/**
 * A congress term prints one page per year by default (five pages, not sixty): the year's tasks with
 * their months, its round anniversaries, and the continuous work in one line per section.
 */
export function yearSchedule(period: Period, tasks: readonly Task[], commemorations: readonly Commemoration[]): MonthPage[] {
  return periodYears(period).map((year) => {
    const key = String(year);
    const items: ScheduleItem[] = periodOccurrences(commemorations, period)
      .filter((o) => o.date.startsWith(key) && o.round)
      .map((o) => ({ kind: 'commemoration' as const, date: o.date, when: dayText(o.date), content: o.text, responsible: '', note: 'Năm chẵn' }));
    const continuous: Task[] = [];
    for (const task of tasks) {
      if (!task.content.trim()) continue;
      const months = taskMonths(task, period).filter((m) => m.startsWith(key));
      if (!months.length) continue;
      if (task.frequency === 'continuous') continuous.push(task);
      else items.push({ kind: 'task', date: `${months[0]}-01`, when: monthSpan(months), content: task.content, responsible: responsibleOf(task), note: scheduleNote(task.timingText) });
    }
    return { month: key, title: `LỊCH CÔNG TÁC NĂM ${year}`, items: sortItems([...items, ...continuousLines(continuous)]) };
  });
}

/**
 * The month a user asked to print, checked: "YYYY-MM" inside the period, or for a congress term a
 * year "YYYY" (its monthly pages); none for the whole period.
 */
export function printableMonth(month: string | null | undefined, period: Period): string | undefined {
  if (month === null || month === undefined) return undefined;
  if (period.kind === 'term' && /^\d{4}$/.test(month) && periodYears(period).includes(Number(month))) return month;
  if (!isYearMonth(month) || !periodContains(period, month)) {
    throw new UserError('month-outside-period',
      `Tháng "${month}" phải có dạng YYYY-MM và nằm trong kỳ kế hoạch (${periodLabel(period)}: ${period.from} đến ${period.to})${period.kind === 'term' ? '; với kế hoạch nhiệm kỳ có thể ghi một năm (YYYY)' : ''}.`,
      `Month "${month}" must be YYYY-MM inside the plan period (${period.from} to ${period.to})${period.kind === 'term' ? ', or a year (YYYY) of the term' : ''}.`);
  }
  return month;
}
