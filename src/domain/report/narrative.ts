import { viNumber } from '../numberText';
import { isCeiling } from './attainment';
import type { TargetResult } from './consolidate';
import { naturalOrgName } from './orgName';
import type { ReportFigures } from './reportFigures';
import { amountText, DEFAULT_PRECISION, percentFigure, plannedWords, type ReportPrecision } from './resultText';

/*
 * The body of a summary report as Vietnamese sentences, from the consolidated figures only. Each
 * paragraph has a stable key so a regenerated report can keep the paragraphs the officer rewrote.
 * Paragraphs the figures cannot write (assessment, next steps) are left as bracketed prompts.
 *
 * What a signer must be able to defend (issue #18): every number carries its unit, comparators are
 * words, computed percentages share one precision, every rating says what it is computed from, a
 * ceiling reads as a ceiling, and no unit is named both as a leader and as one needing attention.
 */

export type ParagraphKey =
  | 'reporting'
  | 'targets'
  | 'targets-not-met'
  | 'ratings'
  | 'leaders'
  | 'attention'
  | 'groups'
  | 'assessment'
  | 'next-steps'
  | 'closing'
  // A round's report (domain/report/roundNarrative.ts): progress per target, and the next period's tasks.
  | 'progress-lead'
  | `progress:${string}`
  | 'next-lead'
  | `next:${string}`;

export interface Paragraph {
  key: ParagraphKey;
  text: string;
}

export interface NarrativeContext {
  issuingBody: string;
  /** "năm 2026", "năm học 2025-2026". */
  periodLabel: string;
  /** Sheet listing every unit, named where a list is cut short. */
  byUnitSheet: string;
  /** Sheet holding the rating thresholds (Table XepLoai). */
  unitsSheet?: string;
  precision?: ReportPrecision;
  /** A round before the period's end: "not met" means not yet at the whole period's target. */
  interim?: boolean;
}

/** Lists longer than this name the first ones and say how many more, pointing at the full sheet. */
export const LISTED = 10;

/** "A, B và C" */
export function joinVi(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}

function cut(items: readonly string[], ctx: NarrativeContext, sep = '; '): string {
  if (items.length <= LISTED) return items.join(sep);
  return `${items.slice(0, LISTED).join(sep)}${sep}và ${viNumber(items.length - LISTED)} đơn vị khác (xem trang ${ctx.byUnitSheet})`;
}

const precisionOf = (ctx: NarrativeContext) => ctx.precision ?? DEFAULT_PRECISION;

function reporting(f: ReportFigures, ctx: NarrativeContext): string {
  const { expected, reported, missingNames } = f.units;
  if (expected === 0) return 'Chưa có đơn vị nào gửi báo cáo.';
  if (!missingNames.length) return `Tất cả ${viNumber(expected)}/${viNumber(expected)} đơn vị đã gửi báo cáo.`;
  const share = percentFigure((100 * reported) / expected, precisionOf(ctx));
  return `Có ${viNumber(reported)}/${viNumber(expected)} đơn vị đã gửi báo cáo (${share} số đơn vị); ${viNumber(missingNames.length)} đơn vị chưa báo cáo: ${cut(missingNames, ctx, ', ')}.`;
}

function targets(f: ReportFigures, ctx: NarrativeContext): string {
  const t = f.targets;
  const parts = [`Có ${viNumber(t.exceeded + t.met)}/${viNumber(t.total)} chỉ tiêu đạt và vượt (${viNumber(t.exceeded)} chỉ tiêu vượt, ${viNumber(t.met)} chỉ tiêu đạt)`];
  parts.push(t.notMet ? `${viNumber(t.notMet)} chỉ tiêu chưa đạt${ctx.interim ? ' mức kế hoạch cả kỳ (số liệu mới đến ngày chốt)' : ''}` : 'không có chỉ tiêu nào chưa đạt');
  if (t.na) parts.push(`${viNumber(t.na)} chỉ tiêu không áp dụng`);
  if (t.notReported) parts.push(`${viNumber(t.notReported)} chỉ tiêu chưa có số liệu`);
  return `${parts.join('; ')}.`;
}

/** "Không có CĐCS không hoàn thành nhiệm vụ" counts "CĐCS không hoàn thành nhiệm vụ". */
const NONE_PREFIX = /^không có\s+/i;

/** One missed target as a sentence a signer can defend. */
export function missedTargetText(t: TargetResult, p: ReportPrecision = DEFAULT_PRECISION): string {
  const head = `${t.code} – ${t.text}`;
  if (t.result === null) return `${head}: chưa có số liệu`;
  const result = amountText(t, t.result, true, p);
  const plan = plannedWords(t);
  // The comparator says how the plan reads; a result carries no lower-is-better flag of its own.
  if (isCeiling({ comparator: t.comparator, lowerIsBetter: false })) {
    // A ceiling kept or passed has no meaningful "bằng …% chỉ tiêu": say what happened and what was allowed.
    const counted = NONE_PREFIX.test(t.text.trim()) && !t.percent ? t.text.trim().replace(NONE_PREFIX, '') : '';
    return counted
      ? `${head}: có ${viNumber(t.result, 2)} ${counted}, chỉ tiêu là ${plan}`
      : `${head}: kết quả ${result}, chỉ tiêu là ${plan}`;
  }
  const reached = t.attainment === null ? '' : ` (bằng ${percentFigure(t.attainment, p)} chỉ tiêu)`;
  return `${head}: đạt ${result}, chỉ tiêu là ${plan}${reached}`;
}

function notMet(f: ReportFigures, ctx: NarrativeContext): string {
  return `Các chỉ tiêu chưa đạt${ctx.interim ? ' mức kế hoạch cả kỳ (tiến độ so với thời gian ở mục sau)' : ''}: ${f.notMetTargets.map((t) => missedTargetText(t, precisionOf(ctx))).join('; ')}.`;
}

/** "Hoàn thành tốt nhiệm vụ: từ 70%" … the last level "dưới 50%". */
function thresholds(f: ReportFigures, ctx: NarrativeContext): string {
  const p = precisionOf(ctx);
  const pct = (x: number) => `${viNumber(x, p.percentDecimals)}%`;
  return f.basis.levels.map((l, i, all) => {
    const above = all[i - 1];
    if (l.minScore <= 0 && above) return `${l.name} dưới ${pct(above.minScore)}`;
    return `${l.name} từ ${pct(l.minScore)}`;
  }).join(', ');
}

function ratings(f: ReportFigures, ctx: NarrativeContext): string {
  const where = ctx.unitsSheet ? ` (bảng XepLoai, trang ${ctx.unitsSheet})` : '';
  const basis = `Xếp loại các đơn vị được tính từ tỷ lệ chỉ tiêu mỗi đơn vị đạt hoặc vượt, theo ngưỡng${where}: ${thresholds(f, ctx)}`;
  const own = f.basis.ownRatingTargets.length
    ? ` Đây là xếp loại theo kết quả thực hiện chỉ tiêu, không phải kết quả đánh giá, xếp loại mà các đơn vị báo cáo ở chỉ tiêu ${joinVi(f.basis.ownRatingTargets)}; hai số liệu này có thể khác nhau.`
    : '';
  const parts = f.ratings.map((r) => `${r.level}: ${viNumber(r.count)} đơn vị`);
  if (f.unrated) parts.push(`chưa xếp loại (không có chỉ tiêu để đánh giá): ${viNumber(f.unrated)} đơn vị`);
  return `${basis}.${own} Kết quả của ${viNumber(f.units.reported)} đơn vị đã báo cáo: ${parts.join('; ')}.`;
}

const judgedShare = (score: number | null, ctx: NarrativeContext) => (score === null ? '' : `đạt ${percentFigure(score, precisionOf(ctx))} số chỉ tiêu được đánh giá`);

function leaders(f: ReportFigures, ctx: NarrativeContext): string {
  const level = f.basis.leaderLevel ? ` (xếp loại ${f.basis.leaderLevel.name} trở lên)` : '';
  return `Các đơn vị dẫn đầu${level}: ${joinVi(f.leaders.map((u) => `${u.name} (hạng ${viNumber(u.rank ?? 0)}, ${judgedShare(u.score, ctx)})`))}.`;
}

function attention(f: ReportFigures, ctx: NarrativeContext): string {
  const level = f.basis.leaderLevel ? ` (xếp loại dưới mức ${f.basis.leaderLevel.name})` : '';
  const items = f.attention.map((u) => `${u.name} – chưa đạt ${viNumber(u.notMet.length)}/${viNumber(u.judged)} chỉ tiêu (${u.notMet.join(', ')})`);
  return `Các đơn vị cần quan tâm, hỗ trợ${level}: ${cut(items, ctx)}.`;
}

function groups(f: ReportFigures, ctx: NarrativeContext): string {
  const items = f.groups.map((g) => `${g.name || 'Chưa phân loại'}: ${viNumber(g.reported)}/${viNumber(g.units)} đơn vị báo cáo${g.score === null ? '' : `, ${judgedShare(g.score, ctx)}`}`);
  return `Theo loại hình đơn vị: ${items.join('; ')}.`;
}

export function reportNarrative(f: ReportFigures, ctx: NarrativeContext): Paragraph[] {
  const out: Paragraph[] = [{ key: 'reporting', text: reporting(f, ctx) }, { key: 'targets', text: targets(f, ctx) }];
  if (f.notMetTargets.length) out.push({ key: 'targets-not-met', text: notMet(f, ctx) });
  if (f.units.reported) out.push({ key: 'ratings', text: ratings(f, ctx) });
  if (f.leaders.length) out.push({ key: 'leaders', text: leaders(f, ctx) });
  if (f.attention.length) out.push({ key: 'attention', text: attention(f, ctx) });
  if (f.groups.length) out.push({ key: 'groups', text: groups(f, ctx) });
  out.push(
    { key: 'assessment', text: '[Đánh giá chung: ưu điểm, hạn chế và nguyên nhân — đồng chí bổ sung.]' },
    { key: 'next-steps', text: '[Phương hướng, nhiệm vụ thời gian tới và kiến nghị, đề xuất — đồng chí bổ sung.]' },
    { key: 'closing', text: `Trên đây là báo cáo kết quả thực hiện các chỉ tiêu ${ctx.periodLabel} của ${naturalOrgName(ctx.issuingBody)}./.` },
  );
  return out;
}
