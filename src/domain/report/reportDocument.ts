import { labelOf } from '../choice';
import type { IsoDate } from '../excelDate';
import { periodLabel } from '../period';
import type { Plan } from '../plan';
import { placeDateLine } from '../vietnameseDate';
import { attainment, isCeiling, STATUS_RULE, STATUS_WORDS } from './attainment';
import type { Consolidation } from './consolidate';
import { reportNarrative, type Paragraph, type ParagraphKey } from './narrative';
import { reportFigures, type ReportFigures } from './reportFigures';
import { DEFAULT_PRECISION, percentFigure, plannedWords, resultWords, type ReportPrecision } from './resultText';
import { isFinalRound, nextPeriodLabel, progressLead, roundSubject, targetProgressSentence, taskLine, tasksAfter } from './roundNarrative';
import { naturalOrgName } from './orgName';

/**
 * The summary report as content, before any page: the official header (docs/domain.md#official-format), the title, the
 * sections with their paragraphs, tables and charts, the closing and the signature. The sheet
 * (`sheets/reportSheet.ts`) and the Word document (`documents/reportDoc.ts`) lay out this one object,
 * so the two say the same thing. Later rounds (6-month, year-end, comparison with last year) add
 * sections here.
 */
export const NATIONAL_MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO_SUBTITLE = 'Độc lập - Tự do - Hạnh phúc';

/** A cell or paragraph the officer may rewrite: what is shown now and what unionplan wrote. */
export interface EditableText {
  key: EditableKey;
  text: string;
  generated: string;
}

export type EditableKey = ParagraphKey | 'header' | 'header@right' | 'subject' | 'recipients';

export interface ReportTable {
  kind: 'table';
  caption: string;
  columns: string[];
  /** Relative widths of the columns. */
  widths: number[];
  /** Columns centred in the body (the rest read left-aligned). */
  centred: number[];
  rows: string[][];
  /** Printed under the table in smaller type. */
  note?: string;
}

export interface ReportChart {
  kind: 'chart';
  caption: string;
  items: { label: string; value: number }[];
  /** Draw the 100 % line (attainment charts). */
  mark100: boolean;
  valueTitle: string;
  /** A second series beside the first, item by item (last year's attainment of the same round). */
  previous?: { name: string; values: number[] };
}

export type ReportBlock = { kind: 'paragraph'; paragraph: EditableText } | ReportTable | ReportChart;

export interface ReportSection {
  heading: string;
  blocks: ReportBlock[];
}

export interface ReportDocument {
  header: {
    superiorBody: string;
    issuingBody: string;
    number: EditableText;
    motto: string;
    mottoSubtitle: string;
    placeDate: EditableText;
  };
  title: string;
  subject: EditableText;
  sections: ReportSection[];
  closing: EditableText;
  signature: { onBehalf: string; title: string; name: string; recipients: EditableText };
  figures: ReportFigures;
  precision: ReportPrecision;
}

export interface ReportContentInput {
  plan: Plan;
  consolidation: Consolidation;
  date: IsoDate;
  /** Text the officer rewrote in an earlier report, by key. */
  kept?: ReadonlyMap<string, string>;
  precision?: ReportPrecision;
  /** Sheet names the text points to. */
  sheets: { byUnit: string; units: string };
}

/** "…/BC-LĐLĐ" from the plan's "31/KH-LĐLĐ": the number itself is given by the office on sending. */
export function reportNumber(planNumber: string): string {
  const m = /\/\s*[^\s-/]+\s*-\s*(.+)$/.exec(planNumber.trim());
  return `Số: ……/BC-${m ? m[1].trim() : ''}`;
}

export function recipientLines(plan: Plan): string[] {
  const listed = plan.info.recipients.map((r) => (/^[-–+•]/.test(r) ? r : `- ${r}`));
  return listed.length ? listed : [`- ${plan.info.superiorBody || 'Cấp trên'} (để báo cáo);`, '- Các đơn vị trực thuộc;', '- Lưu: VT.'];
}

export const TARGET_TABLE_CAPTION = 'Bảng 1. Kết quả thực hiện các chỉ tiêu';

export function reportDocument(input: ReportContentInput): ReportDocument {
  const { plan, consolidation: c, kept } = input;
  const info = plan.info;
  const precision = input.precision ?? DEFAULT_PRECISION;
  const period = periodLabel(info.period);
  const figures = reportFigures(c, plan.units, plan.ratingLevels);
  const interim = !!c.round && !isFinalRound(plan, c.round);
  const paragraphs = reportNarrative(figures, { issuingBody: info.issuingBody, periodLabel: period, byUnitSheet: input.sheets.byUnit, unitsSheet: input.sheets.units, precision, interim });
  const editable = (key: EditableKey, generated: string): EditableText => ({ key, generated, text: kept?.get(key) ?? generated });
  const para = (key: ParagraphKey): ReportBlock[] => {
    const p = paragraphs.find((x: Paragraph) => x.key === key);
    return p ? [{ kind: 'paragraph', paragraph: editable(key, p.text) }] : [];
  };

  const table: ReportTable = {
    kind: 'table',
    caption: TARGET_TABLE_CAPTION,
    columns: ['TT', 'Chỉ tiêu', 'Kế hoạch', 'Kết quả', 'Mức đạt', 'Đánh giá'],
    widths: [5, 31, 14, 12, 10, 13],
    centred: [0, 2, 3, 4, 5],
    rows: c.targets.map((t, i) => [
      String(i + 1), `${t.code}. ${t.text}`, plannedWords(t), resultWords(t, precision),
      t.attainment === null ? '–' : percentFigure(t.attainment, precision), labelOf(STATUS_WORDS, t.status),
    ]),
    note: STATUS_RULE.vi,
  };
  const chart = (caption: string, items: ReportChart['items'], mark100: boolean, valueTitle: string): ReportBlock[] =>
    items.length ? [{ kind: 'chart', caption, items, mark100, valueTitle }] : [];

  const sections: ReportSection[] = [
    { heading: 'TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ', blocks: para('reporting') },
    {
      heading: 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
      blocks: [
        ...para('targets'), ...para('targets-not-met'), ...(c.targets.length ? [table] : []),
        ...chart('Biểu đồ 1. Mức đạt so với chỉ tiêu (%)', c.targets.filter((t) => t.attainment !== null).map((t) => ({ label: t.code, value: t.attainment as number })), true, 'Mức đạt (%)'),
      ],
    },
  ];
  if (c.units.expected > 0) {
    sections.push({
      heading: 'KẾT QUẢ THEO ĐƠN VỊ',
      blocks: [
        ...para('ratings'), ...para('leaders'), ...para('attention'), ...para('groups'),
        ...chart('Biểu đồ 2. Tỷ lệ chỉ tiêu đạt theo loại hình đơn vị (%)', figures.groups.filter((g) => g.score !== null).map((g) => ({ label: g.name || 'Chưa phân loại', value: g.score as number })), false, 'Đạt (%)'),
      ],
    });
  }
  const round = c.round ?? null;
  const own = (key: ParagraphKey, text: string): ReportBlock => ({ kind: 'paragraph', paragraph: editable(key, text) });
  if (round) {
    // Progress against time and last year, target by target, after the results.
    const compared = c.targets.some((t) => t.lastYear);
    // This year beside last year, both as a share of this year's plan, where both have a figure and the plan a floor.
    const both = c.targets.filter((t) => t.attainment !== null && t.lastYear && !isCeiling({ comparator: t.comparator, lowerIsBetter: false }) && t.target > 0);
    const beside: ReportBlock[] = both.length ? [{
      kind: 'chart', caption: `Biểu đồ 2. ${round.name} so với cùng kỳ năm trước (% kế hoạch năm nay)`, mark100: false, valueTitle: 'Năm nay (%)',
      items: both.map((t) => ({ label: t.code, value: t.attainment as number })),
      previous: { name: 'Cùng kỳ năm trước (%)', values: both.map((t) => attainment({ comparator: t.comparator, value: t.target, lowerIsBetter: false }, t.lastYear?.value ?? 0) ?? 0) },
    }] : [];
    sections.splice(2, 0, {
      heading: `TIẾN ĐỘ SO VỚI THỜI GIAN${compared ? ' VÀ SO VỚI CÙNG KỲ NĂM TRƯỚC' : ''}`,
      blocks: [own('progress-lead', progressLead(c, info.period)), ...c.targets.map((t) => own(`progress:${t.code}`, targetProgressSentence(t, info.period, precision))), ...beside],
    });
  }
  sections.push({ heading: 'ĐÁNH GIÁ CHUNG', blocks: para('assessment') });
  if (round) {
    const next = tasksAfter(plan.tasks, round.cutOff);
    const behind = c.targets.filter((t) => t.progress === 'behind').map((t) => t.code);
    const lead = `${behind.length ? `Tập trung thực hiện các chỉ tiêu chậm tiến độ (${behind.join(', ')}). ` : ''}${next.length ? `Các nhiệm vụ theo kế hoạch từ sau ngày ${round.cutOff.split('-').reverse().join('/')}:` : 'Kế hoạch không còn nhiệm vụ nào có thời gian sau ngày chốt số liệu; các nhiệm vụ thường xuyên tiếp tục thực hiện.'}`;
    sections.push({
      heading: `PHƯƠNG HƯỚNG, NHIỆM VỤ ${nextPeriodLabel(plan, round).toLocaleUpperCase('vi')}`,
      blocks: [own('next-lead', lead), ...next.map((t, i) => own(`next:${i + 1}`, t.section ? `- ${taskLine(t)}` : `- ${i + 1}. ${taskLine(t)}`)), ...para('next-steps')],
    });
  } else {
    sections.push({ heading: 'PHƯƠNG HƯỚNG, KIẾN NGHỊ', blocks: para('next-steps') });
  }
  // Charts are numbered in reading order, whichever sections a round adds.
  let chartNumber = 0;
  for (const section of sections) {
    section.blocks = section.blocks.map((b) => (b.kind === 'chart' ? { ...b, caption: b.caption.replace(/^Biểu đồ \d+\./, `Biểu đồ ${++chartNumber}.`) } : b));
  }
  const closingParagraph = paragraphs.find((p) => p.key === 'closing') as Paragraph;
  const closing = round
    ? { ...closingParagraph, text: `Trên đây là báo cáo ${isFinalRound(plan, round) ? 'tổng kết' : 'sơ kết'} hoạt động công đoàn ${round.name.charAt(0).toLocaleLowerCase('vi')}${round.name.slice(1)} của ${naturalOrgName(info.issuingBody)}./.` }
    : closingParagraph;

  return {
    header: {
      superiorBody: info.superiorBody.toLocaleUpperCase('vi'),
      issuingBody: info.issuingBody.toLocaleUpperCase('vi'),
      number: editable('header', reportNumber(info.number)),
      motto: NATIONAL_MOTTO,
      mottoSubtitle: MOTTO_SUBTITLE,
      placeDate: editable('header@right', placeDateLine(info.place || '…', input.date)),
    },
    title: 'BÁO CÁO',
    subject: editable('subject', round ? roundSubject(plan, round) : `Kết quả thực hiện các chỉ tiêu ${period}`),
    sections,
    closing: editable('closing', closing.text),
    signature: {
      onBehalf: info.signerOnBehalf || 'TM. BAN THƯỜNG VỤ',
      title: info.signerTitle || 'CHỦ TỊCH',
      name: info.signerName,
      recipients: editable('recipients', recipientLines(plan).join('\n')),
    },
    figures,
    precision,
  };
}

/** Roman numerals for the section headings: I, II, … */
export function roman(n: number): string {
  const table: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}
