import { monthsBetween, splitYearMonth, type YearMonth } from '../month';
import { emptyPlan, type Plan } from '../plan';
import { yearPeriod } from '../period';
import { defaultLowerIsBetter, type Target } from '../target';
import type { Frequency, Task } from '../task';
import type { ParsedPlan, TimingKind } from './types';

/*
 * A parsed document as the plan the sheets hold: targets get codes, tasks get start and end months,
 * and the month-by-month schedule becomes dated tasks. The officer reviews it in the sheets.
 */

/** How many tasks the plan will hold: the document's tasks and one per distinct line of its monthly schedule. */
export function planTaskCount(parsed: ParsedPlan): { tasks: number; fromSchedule: number } {
  return { tasks: parsed.tasks.length, fromSchedule: new Set(parsed.schedule.map((s) => s.text)).size };
}

const FREQUENCY: Record<TimingKind, Frequency> = {
  continuous: 'continuous', months: 'scheduled', periodic: 'periodic', adhoc: 'adhoc', event: 'event', unspecified: 'unspecified',
};

function contiguous(months: readonly YearMonth[]): boolean {
  return months.length > 0 && monthsBetween(months[0], months[months.length - 1]).length === months.length;
}

function monthLabel(months: readonly YearMonth[]): string {
  const parts = months.map(splitYearMonth);
  const year = parts[parts.length - 1].year;
  return parts.every((p) => p.year === year) ? `Tháng ${parts.map((p) => p.month).join(' và ')}/${year}` : months.map((m) => { const p = splitYearMonth(m); return `${p.month}/${p.year}`; }).join(', ');
}

export function parsedToPlan(parsed: ParsedPlan, overrides: { issuingBody?: string; superiorBody?: string } = {}): Plan {
  const period = parsed.info.period ?? yearPeriod(new Date().getFullYear());
  const plan = emptyPlan(overrides.issuingBody || parsed.info.issuingBody || '', overrides.superiorBody || parsed.info.superiorBody || '', period);
  plan.info = {
    ...plan.info,
    number: parsed.info.number ?? '',
    place: parsed.info.place ?? '',
    date: parsed.info.date,
    title: parsed.info.title ?? '',
    signerOnBehalf: parsed.info.signerOnBehalf ?? plan.info.signerOnBehalf,
    signerTitle: parsed.info.signerTitle ?? plan.info.signerTitle,
    signerName: parsed.info.signerName ?? '',
    recipients: parsed.info.recipients,
  };

  const used = new Set<string>();
  const codeFor = (section: string, i: number) => {
    const base = section || `CT${String(i + 1).padStart(2, '0')}`;
    let code = base;
    for (let k = 2; used.has(code); k++) code = `${base}.${k}`;
    used.add(code);
    return code;
  };
  plan.targets = parsed.targets.map((t, i): Target => ({
    code: codeFor(t.section, i),
    group: '',
    text: t.text,
    comparator: t.comparator,
    value: t.value,
    kind: t.percent ? 'percent' : 'count',
    unit: t.unit ?? '',
    base: t.base,
    rule: t.rule,
    lowerIsBetter: defaultLowerIsBetter(t.comparator) || (t.comparator === '=' && t.value === 0),
    note: t.conditional ? 'Chỉ áp dụng nơi có đối tượng (nếu có)' : '',
  }));

  const task = (section: string, content: string, timingText: string, kind: TimingKind, months: readonly YearMonth[], responsible = '', done = false): Task => {
    const dated = kind === 'months' && months.length > 0;
    return {
      section, content, responsible, coordinating: '', timingText,
      start: dated ? months[0] : null,
      end: dated ? months[months.length - 1] : null,
      // Scattered months ("08/3, 20/10") are events; the calendar marks their first to last month.
      frequency: dated && !contiguous(months) ? 'event' : FREQUENCY[kind],
      // What a review part reports was done ("Đánh giá tháng 4") goes in as done.
      status: done ? 'done' : 'todo', result: '',
    };
  };
  plan.tasks = parsed.tasks.map((t) => task(t.section, t.text, t.timing.text ?? (t.timing.kind === 'months' ? monthLabel(t.timing.months) : ''), t.timing.kind, t.timing.months, t.responsible, t.done));
  // One task per scheduled line, over the months it is listed under ("Tháng 7 và 8/2024").
  const byText = new Map<string, YearMonth[]>();
  for (const s of parsed.schedule) byText.set(s.text, [...(byText.get(s.text) ?? []), s.month]);
  for (const [text, months] of byText) plan.tasks.push(task('', text, monthLabel(months), 'months', [...new Set(months)].sort()));
  return plan;
}
