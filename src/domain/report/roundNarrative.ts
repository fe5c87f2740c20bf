import { labelOf } from '../choice';
import { splitYearMonth } from '../month';
import { periodLabel, type Period } from '../period';
import type { Plan } from '../plan';
import { dayMonthYear, planRounds, type Round } from '../round';
import { FREQUENCIES, type Task } from '../task';
import { changeWords } from './compareText';
import type { Consolidation, TargetResult } from './consolidate';
import { PROGRESS_WORDS } from './progress';
import { amountText, DEFAULT_PRECISION, percentFigure, plannedWords, type ReportPrecision } from './resultText';

/*
 * What a round's report says beyond the whole-period report (docs/rounds.md): a subject that names
 * the round ("Sơ kết … 6 tháng đầu năm 2026 và phương hướng, nhiệm vụ 6 tháng cuối năm"; "Tổng kết …
 * năm 2026"), one sentence per target with its progress and its change from the same round last year,
 * and the plan's tasks timed after the cut-off as the next period's tasks.
 */

const lowerFirst = (s: string) => (s ? s[0].toLocaleLowerCase('vi') + s.slice(1) : s);

/** The last round of the plan closes the period ("Tổng kết"); the others take stock midway ("Sơ kết"). */
export function isFinalRound(plan: Pick<Plan, 'info' | 'rounds'>, round: Round): boolean {
  const rounds = planRounds(plan);
  return rounds.every((r) => r.cutOff <= round.cutOff);
}

/** "6 tháng cuối năm", "học kỳ II năm học 2025-2026", "năm 2027": what the next tasks are for. */
export function nextPeriodLabel(plan: Pick<Plan, 'info' | 'rounds'>, round: Round): string {
  const p = plan.info.period;
  const first = splitYearMonth(p.from).year;
  const last = splitYearMonth(p.to).year;
  if (isFinalRound(plan, round)) {
    if (p.kind === 'year') return `năm ${first + 1}`;
    if (p.kind === 'school-year') return `năm học ${last}-${last + 1}`;
    return 'thời gian tới';
  }
  if (p.kind === 'year' && round.cutOff.slice(5, 7) <= '06') return '6 tháng cuối năm';
  if (p.kind === 'school-year' && round.cutOff <= `${first}-12-31`) return `học kỳ II năm học ${first}-${last}`;
  return `thời gian còn lại của ${periodLabel(p)}`;
}

/** The report's subject line under "BÁO CÁO". */
export function roundSubject(plan: Pick<Plan, 'info' | 'rounds'>, round: Round): string {
  const kind = isFinalRound(plan, round) ? 'Tổng kết' : 'Sơ kết';
  return `${kind} hoạt động công đoàn ${lowerFirst(round.name)} và phương hướng, nhiệm vụ ${nextPeriodLabel(plan, round)}`;
}

/** "Kết nạp … : đạt 148 đoàn viên, bằng 123,3% kế hoạch năm, đã đạt cả năm, tăng 12 đoàn viên (8,8%) so với cùng kỳ năm trước." */
export function targetProgressSentence(t: TargetResult, period: Period, p: ReportPrecision = DEFAULT_PRECISION): string {
  const head = `${t.code} – ${t.text}`;
  if (t.result === null) return `${head}: chưa có số liệu.`;
  // A ceiling ("không có CĐCS …", "không quá …") has no share of the plan to state: what it is and what is allowed.
  const ceiling = t.comparator === '<=' || t.comparator === '<';
  const parts = ceiling ? [`kết quả ${amountText(t, t.result, true, p)}, chỉ tiêu là ${plannedWords(t)}`] : [`đạt ${amountText(t, t.result, true, p)}`];
  if (t.attainment !== null && !ceiling) parts.push(`bằng ${percentFigure(t.attainment, p)} kế hoạch ${period.kind === 'year' ? 'năm' : periodLabel(period)}`);
  if (t.progress) parts.push(lowerFirst(labelOf(PROGRESS_WORDS, t.progress)));
  if (t.lastYear && t.lastYear.change !== null) parts.push(changeWords(t, t.lastYear, p));
  return `${head}: ${parts.join(', ')}.`;
}

/** The opening of the progress paragraphs: the cut-off and the share of time elapsed. */
export function progressLead(c: Consolidation, period: Period): string {
  const r = c.round as Round;
  const behind = c.targets.filter((t) => t.progress === 'behind').map((t) => t.code);
  const done = c.targets.filter((t) => t.progress === 'done').map((t) => t.code);
  const compared = c.targets.filter((t) => t.lastYear && t.lastYear.change !== null);
  const up = compared.filter((t) => (t.lastYear?.change ?? 0) > 1e-9).length;
  const down = compared.filter((t) => (t.lastYear?.change ?? 0) < -1e-9).length;
  return [
    `Số liệu tính đến hết ngày ${dayMonthYear(r.cutOff)}, cộng dồn từ đầu kỳ (đã qua ${percentFigure(r.elapsed)} thời gian của ${periodLabel(period)}).`,
    done.length ? ` Đã đạt chỉ tiêu cả năm: ${done.join(', ')}.` : '',
    behind.length ? ` Chậm tiến độ: ${behind.join(', ')}.` : ' Không có chỉ tiêu nào chậm tiến độ.',
    compared.length ? ` So với cùng kỳ năm trước: ${up} chỉ tiêu tăng, ${down} chỉ tiêu giảm, ${compared.length - up - down} chỉ tiêu bằng.` : '',
  ].join('');
}

/** The plan's tasks timed after the cut-off's month, in plan order: the next period's tasks. */
export function tasksAfter(tasks: readonly Task[], cutOff: string): Task[] {
  const month = cutOff.slice(0, 7);
  return tasks.filter((t) => t.frequency !== 'continuous' && t.start !== null && (t.end ?? t.start) > month);
}

export function taskLine(t: Task): string {
  const when = t.timingText || labelOf(FREQUENCIES, t.frequency);
  const who = t.responsible ? `; ${t.responsible} chủ trì` : '';
  return `${t.section ? `${t.section}. ` : ''}${t.content} (${when}${who}).`;
}
