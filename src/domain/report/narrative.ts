import { viNumber, viPercent } from '../numberText';
import { plannedText, resultText } from './resultText';
import type { ReportFigures } from './reportFigures';

/*
 * The body of a summary report as Vietnamese sentences, from the consolidated figures only. Each
 * paragraph has a stable key so a regenerated report can keep the paragraphs the officer rewrote.
 * Paragraphs the figures cannot write (assessment, next steps) are left as bracketed prompts.
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
  | 'closing';

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
  return `${items.slice(0, LISTED).join(sep)}${sep}và ${items.length - LISTED} đơn vị khác (xem trang ${ctx.byUnitSheet})`;
}

function reporting(f: ReportFigures, ctx: NarrativeContext): string {
  const { expected, reported, missingNames } = f.units;
  if (expected === 0) return 'Chưa có đơn vị nào gửi báo cáo.';
  const share = viPercent((100 * reported) / expected);
  if (!missingNames.length) return `Tất cả ${viNumber(expected)}/${viNumber(expected)} đơn vị đã gửi báo cáo.`;
  return `Có ${viNumber(reported)}/${viNumber(expected)} đơn vị đã gửi báo cáo (${share}); ${viNumber(missingNames.length)} đơn vị chưa báo cáo: ${cut(missingNames, ctx, ', ')}.`;
}

function targets(f: ReportFigures): string {
  const t = f.targets;
  const parts = [`Có ${t.exceeded + t.met}/${t.total} chỉ tiêu đạt và vượt (${t.exceeded} chỉ tiêu vượt, ${t.met} chỉ tiêu đạt)`];
  parts.push(t.notMet ? `${t.notMet} chỉ tiêu chưa đạt` : 'không có chỉ tiêu nào chưa đạt');
  if (t.na) parts.push(`${t.na} chỉ tiêu không áp dụng`);
  if (t.notReported) parts.push(`${t.notReported} chỉ tiêu chưa có số liệu`);
  return `${parts.join('; ')}.`;
}

function notMet(f: ReportFigures): string {
  const lines = f.notMetTargets.map((t) => {
    const reached = t.attainment === null ? '' : `, bằng ${viPercent(t.attainment)} chỉ tiêu`;
    return `${t.code} – ${t.text}: đạt ${resultText(t)} (kế hoạch ${plannedText(t)}${reached})`;
  });
  return `Các chỉ tiêu chưa đạt: ${lines.join('; ')}.`;
}

function ratings(f: ReportFigures): string {
  const parts = f.ratings.map((r) => `${r.level}: ${viNumber(r.count)} đơn vị`);
  if (f.unrated) parts.push(`chưa xếp loại (không có chỉ tiêu để đánh giá): ${viNumber(f.unrated)} đơn vị`);
  return `Kết quả xếp loại ${viNumber(f.units.reported)} đơn vị đã báo cáo: ${parts.join('; ')}.`;
}

function leaders(f: ReportFigures): string {
  return `Các đơn vị dẫn đầu: ${joinVi(f.leaders.map((u) => `${u.name} (hạng ${u.rank}, ${viNumber(u.score ?? 0, 1)} điểm)`))}.`;
}

function attention(f: ReportFigures, ctx: NarrativeContext): string {
  const items = f.attention.map((u) => `${u.name} – chưa đạt ${u.notMet.length}/${u.judged} chỉ tiêu (${u.notMet.join(', ')})`);
  return `Các đơn vị cần quan tâm, hỗ trợ: ${cut(items, ctx)}.`;
}

function groups(f: ReportFigures): string {
  const items = f.groups.map((g) => `${g.name || 'Chưa phân loại'}: ${g.reported}/${g.units} đơn vị báo cáo${g.score === null ? '' : `, đạt ${viPercent(g.score)} số chỉ tiêu được đánh giá`}`);
  return `Theo loại hình đơn vị: ${items.join('; ')}.`;
}

export function reportNarrative(f: ReportFigures, ctx: NarrativeContext): Paragraph[] {
  const out: Paragraph[] = [{ key: 'reporting', text: reporting(f, ctx) }, { key: 'targets', text: targets(f) }];
  if (f.notMetTargets.length) out.push({ key: 'targets-not-met', text: notMet(f) });
  if (f.units.reported) out.push({ key: 'ratings', text: ratings(f) });
  if (f.leaders.length) out.push({ key: 'leaders', text: leaders(f) });
  if (f.attention.length) out.push({ key: 'attention', text: attention(f, ctx) });
  if (f.groups.length) out.push({ key: 'groups', text: groups(f) });
  out.push(
    { key: 'assessment', text: '[Đánh giá chung: ưu điểm, hạn chế và nguyên nhân — đồng chí bổ sung.]' },
    { key: 'next-steps', text: '[Phương hướng, nhiệm vụ thời gian tới và kiến nghị, đề xuất — đồng chí bổ sung.]' },
    { key: 'closing', text: `Trên đây là báo cáo kết quả thực hiện các chỉ tiêu ${ctx.periodLabel} của ${ctx.issuingBody}./.` },
  );
  return out;
}
