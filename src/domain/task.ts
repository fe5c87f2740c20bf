import type { Choice } from './choice';
import { monthsBetween, type YearMonth } from './month';
import { periodMonths, type Period } from './period';

/* A task (nhiệm vụ, giải pháp) of a plan with its timing. */

export type Frequency = 'continuous' | 'scheduled' | 'periodic' | 'adhoc' | 'event' | 'unspecified';
export type TaskStatus = 'todo' | 'doing' | 'done' | 'paused';

export interface Task {
  section: string;
  content: string;
  responsible: string;
  coordinating: string;
  /** The timing as the plan words it: "Quý II/2026", "Thường xuyên". */
  timingText: string;
  start: YearMonth | null;
  end: YearMonth | null;
  frequency: Frequency;
  status: TaskStatus;
  result: string;
}

export const FREQUENCIES: readonly Choice<Frequency>[] = [
  { code: 'continuous', vi: 'Thường xuyên', en: 'Continuous' },
  { code: 'scheduled', vi: 'Theo tháng', en: 'By month' },
  { code: 'periodic', vi: 'Định kỳ', en: 'Periodic' },
  { code: 'adhoc', vi: 'Đột xuất', en: 'Ad hoc' },
  { code: 'event', vi: 'Theo sự kiện', en: 'Per event' },
  { code: 'unspecified', vi: 'Chưa xác định', en: 'Unspecified' },
];

export const TASK_STATUSES: readonly Choice<TaskStatus>[] = [
  { code: 'todo', vi: 'Chưa thực hiện', en: 'Not started' },
  { code: 'doing', vi: 'Đang thực hiện', en: 'In progress' },
  { code: 'done', vi: 'Đã hoàn thành', en: 'Done' },
  { code: 'paused', vi: 'Tạm dừng', en: 'Paused' },
];

/**
 * The months of the period in which a task is active. Continuous tasks run every month; others
 * run from start to end (a missing end means the start month alone). The calendar sheet's formulas
 * encode the same rule, and the LibreOffice test holds them to this function.
 */
export function taskMonths(task: Pick<Task, 'frequency' | 'start' | 'end'>, period: Period): YearMonth[] {
  if (task.frequency === 'continuous') return periodMonths(period);
  if (!task.start) return [];
  const end = task.end ?? task.start;
  return monthsBetween(task.start, end).filter((m) => m >= period.from && m <= period.to);
}
