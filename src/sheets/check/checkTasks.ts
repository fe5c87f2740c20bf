import type { Finding } from '../../domain/finding';
import { splitYearMonth } from '../../domain/month';
import { anniversaryMistakes, dateMistakes } from '../../domain/parse/mistakes';
import { parseTiming } from '../../domain/parse/timing';
import { periodContains, periodLabel, periodYears, type Period } from '../../domain/period';
import { FREQUENCIES } from '../../domain/task';
import { SHEET } from '../names';
import { readChoice, readMonth, readText } from '../read/cells';
import { readTable } from '../read/readTable';
import type { CellValue } from '../spec';
import { taskColumns } from '../tasksSheet';
import { ruleFinding } from '../../domain/validation/ruleFinding';

const monthText = (m: string) => { const p = splitYearMonth(m); return `${p.month}/${p.year}`; };

/** Checks on `Nhiệm vụ`: month order, months in the period, timing present, anniversary years. */
export function checkTasks(values: readonly (readonly CellValue[])[], period: Period): Finding[] {
  const sheet = SHEET.tasks;
  const table = readTable(sheet, values, taskColumns(period), ['content', 'start', 'end', 'frequency'], ['no']);
  const out: Finding[] = [];
  for (const r of table.rows) {
    const start = readMonth(r.get('start'));
    const end = readMonth(r.get('end'));
    const s = start.ok ? start.value : null;
    const e = end.ok ? end.value : null;
    if (s && e && e < s) out.push(ruleFinding('task-end-before-start', sheet, r.at('end'), `Kết thúc (${monthText(e)}) trước Bắt đầu (${monthText(s)}).`, `End (${e}) is before start (${s}).`, monthText(e)));
    for (const [key, m] of [['start', s], ['end', e]] as const) {
      if (m && !periodContains(period, m)) out.push(ruleFinding('task-outside-period', sheet, r.at(key), `Tháng ${monthText(m)} nằm ngoài kỳ kế hoạch (${periodLabel(period)}).`, `Month ${m} is outside the plan period (${period.from} to ${period.to}).`, monthText(m)));
    }
    const frequency = readChoice(FREQUENCIES, r.get('frequency'));
    const timing = readText(r.get('timing'));
    // The words can name a month outside the period ("tháng 5 năm 2023" in a 2024 plan) even where the months are right.
    const outside = timing ? parseTiming(timing, period).outside : [];
    if (outside.length) out.push(ruleFinding('task-outside-period', sheet, r.at('timing'), `Thời gian "${timing}" nêu tháng ${outside.map(monthText).join(', ')}, ngoài kỳ kế hoạch (${periodLabel(period)}).`, `The timing "${timing}" names ${outside.join(', ')}, outside the plan period.`, timing));
    const content = readText(r.get('content'));
    if (content && !s && !timing && (!frequency.ok || frequency.value === null || frequency.value === 'unspecified')) {
      out.push(ruleFinding('task-no-timing', sheet, r.at('timing'), 'Nhiệm vụ chưa có thời gian: ghi Thời gian, Bắt đầu hoặc Tính chất (Thường xuyên, Theo sự kiện…) để hiện trên lịch.', 'The task has no timing: fill Timing, Start or Frequency so it shows on the calendar.'));
    }
    // A dated task's anniversary must end in the task's year; an undated one in some year of the period.
    const years = s ? [splitYearMonth(s).year] : periodYears(period);
    // Days and years that do not exist, in the task's words or its timing (issue #16, item 8).
    for (const [key, text] of [['content', content], ['timing', timing]] as const) {
      for (const m of text ? dateMistakes(text) : []) {
        out.push(ruleFinding(m.kind === 'date' ? 'text-date-impossible' : 'text-year-impossible', sheet, r.at(key), m.message, m.kind === 'date' ? `"${m.text}" is not a real date.` : `"${m.text}" is not a valid year.`, m.text));
      }
    }
    // Counts against the years in brackets, and against the commemorations' founding years.
    for (const p of anniversaryMistakes(`${content} ${timing}`, years)) {
      out.push(p.kind === 'anniversary-count'
        ? ruleFinding('anniversary-count', sheet, r.at('content'), p.text ? p.message : `Ghi "kỷ niệm ${p.stated} năm" nhưng khoảng năm trong ngoặc cho ${p.expected} năm.`, `Says ${p.stated} years but the years give ${p.expected}.`, p.stated ?? '')
        : ruleFinding('anniversary-year', sheet, r.at('content'), `Năm kỷ niệm ghi ${p.stated}, không khớp năm ${p.expected} của nhiệm vụ (dòng chép từ kế hoạch năm trước?).`, `The anniversary ends in ${p.stated}, not the task's year ${p.expected} (copied from last year's plan?).`, p.stated ?? ''));
    }
  }
  return out;
}
