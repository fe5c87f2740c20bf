import type { Finding } from '../../domain/finding';
import type { Period } from '../../domain/period';
import { FREQUENCIES, TASK_STATUSES, type Task } from '../../domain/task';
import { SHEET } from '../names';
import type { CellValue } from '../spec';
import { taskColumns } from '../tasksSheet';
import { readChoice, readMonth, readText } from './cells';
import { requiredProblem, rowTaker } from './problem';
import { readTable } from './readTable';

/** Reads sheet `Nhiệm vụ` back to tasks; unreadable cells are reported and left empty. */
export function readTasks(values: readonly (readonly CellValue[])[], period: Period): { tasks: Task[]; findings: Finding[] } {
  const sheet = SHEET.tasks;
  const table = readTable(sheet, values, taskColumns(period), ['content', 'start', 'end', 'frequency'], ['no']);
  const findings = [...table.findings];
  const tasks: Task[] = [];
  for (const r of table.rows) {
    const take = rowTaker(sheet, r.at, findings);
    const content = readText(r.get('content'));
    if (!content) findings.push(requiredProblem(sheet, r.at('content'), 'Nội dung nhiệm vụ'));
    const start = take('start', readMonth(r.get('start')));
    const end = take('end', readMonth(r.get('end')));
    tasks.push({
      section: readText(r.get('section')),
      content,
      responsible: readText(r.get('responsible')),
      coordinating: readText(r.get('coordinating')),
      timingText: readText(r.get('timing')),
      start,
      end,
      frequency: take('frequency', readChoice(FREQUENCIES, r.get('frequency'))) ?? (start ? 'scheduled' : 'unspecified'),
      status: take('status', readChoice(TASK_STATUSES, r.get('status'))) ?? 'todo',
      result: readText(r.get('result')),
    });
  }
  return { tasks, findings };
}
