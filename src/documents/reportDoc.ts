import { roman, type ReportBlock, type ReportDocument, type ReportTable } from '../domain/report/reportDocument';
import { textWidthPt } from '../sheets/textWidth';
import type { CellSpec, DocBlock, DocSpec, ParagraphSpec, RunSpec } from './docSpec';

/**
 * The summary report as a Word document (docs/domain.md#official-format): A4 portrait, margins 20/20/30/15 mm, Times
 * New Roman 13, the header block in two columns (issuing body and its short rule on the left; the
 * national motto, the tiêu ngữ and a rule as long as it on the right; "Số" and the italic place and
 * date under them), the title, the sections with Bảng 1 (its header repeated on every page it runs
 * onto) and native charts, the closing kept with the signature block, page numbers from page 2.
 * The content is the one the sheet lays out (`domain/report/reportDocument.ts`).
 */
const TEXT_WIDTH = 210 - 30 - 15;
const HEADER_WIDTHS = [69, TEXT_WIDTH - 69];
const BODY = 13;
const PT_TO_MM = 25.4 / 72;
/** NĐ 30: the rule under the issuing body is a third to a half of its line; under the tiêu ngữ, as long as it. */
const ISSUER_RULE_MM = 30;

const p = (runs: RunSpec[] | string, more: Omit<ParagraphSpec, 'kind' | 'runs'> = {}): ParagraphSpec => ({
  kind: 'paragraph', runs: typeof runs === 'string' ? [{ text: runs }] : runs, ...more,
});

/** An empty paragraph `length` mm wide, centred in a column `width` mm wide, with a line on top. */
function rule(length: number, width: number): ParagraphSpec {
  const side = Math.max(0, (width - length) / 2);
  return p([], { ruleAbove: true, margins: { left: side, right: side }, align: 'center' });
}

function headerBlock(doc: ReportDocument): DocBlock {
  const h = doc.header;
  const mottoLine = textWidthPt(h.mottoSubtitle, 13, 'bold') * PT_TO_MM;
  const left: CellSpec = { paragraphs: [
    ...(h.superiorBody ? [p([{ text: h.superiorBody, size: 12 }], { align: 'center' })] : []),
    p([{ text: h.issuingBody, size: 12, bold: true }], { align: 'center' }),
    rule(ISSUER_RULE_MM, HEADER_WIDTHS[0]),
  ] };
  const right: CellSpec = { paragraphs: [
    p([{ text: h.motto, size: 12, bold: true }], { align: 'center' }),
    p([{ text: h.mottoSubtitle, size: 13, bold: true }], { align: 'center' }),
    rule(mottoLine, HEADER_WIDTHS[1]),
  ] };
  return {
    kind: 'table', widths: HEADER_WIDTHS, borders: false, keepRows: true,
    rows: [
      [left, right],
      [{ paragraphs: [p([{ text: h.number.text }], { align: 'center' })] }, { paragraphs: [p([{ text: h.placeDate.text, italic: true }], { align: 'center' })] }],
    ],
  };
}

const bodyParagraph = (text: string, key?: string, keepWithNext = false): ParagraphSpec =>
  p(text, { align: 'justify', indent: 10, spaceAfter: 6, key, keepWithNext });

function targetTable(t: ReportTable): DocBlock[] {
  const total = t.widths.reduce((a, b) => a + b, 0);
  const widths = t.widths.map((w) => (w * TEXT_WIDTH) / total);
  const cell = (text: string, i: number, header: boolean): CellSpec => ({
    paragraphs: [p([{ text, size: 12, bold: header }], { align: header || t.centred.includes(i) ? 'center' : 'left' })],
    ...(header ? { shade: 'DDEBF7', verticalAlign: 'center' as const } : {}),
  });
  return [
    p([{ text: t.caption, italic: true }], { align: 'center', spaceBefore: 6, spaceAfter: 3, keepWithNext: true }),
    { kind: 'table', widths, borders: true, headerRows: 1, keepRows: true, rows: [t.columns.map((c, i) => cell(c, i, true)), ...t.rows.map((r) => r.map((c, i) => cell(c, i, false)))] },
    ...(t.note ? [p([{ text: t.note, italic: true, size: 10 }], { align: 'justify', spaceBefore: 3, spaceAfter: 6 })] : []),
  ];
}

function block(b: ReportBlock): DocBlock[] {
  switch (b.kind) {
    case 'paragraph': return [bodyParagraph(b.paragraph.text, b.paragraph.key)];
    case 'table': return targetTable(b);
    // The caption is the chart's own title: the two can never fall on different pages.
    case 'chart': return [
      {
        kind: 'chart', title: b.caption, categories: b.items.map((i) => i.label), valueTitle: '%', width: TEXT_WIDTH, height: 75,
        series: [
          { name: b.valueTitle, values: b.items.map((i) => Math.round(i.value * 10) / 10) },
          ...(b.previous ? [{ name: b.previous.name, values: b.previous.values.map((v) => Math.round(v * 10) / 10), color: '9DC3E6' }] : []),
          ...(b.mark100 ? [{ name: 'Mốc 100%', values: b.items.map(() => 100), line: true }] : []),
        ],
      },
    ];
  }
}

function signature(doc: ReportDocument): DocBlock {
  const s = doc.signature;
  const lines = s.recipients.text.split('\n');
  return {
    kind: 'table', widths: HEADER_WIDTHS, borders: false, keepRows: true, keepTogether: true,
    rows: [[
      { paragraphs: [p([{ text: 'Nơi nhận:', bold: true, italic: true, size: 12 }], { spaceBefore: 6 }), ...lines.map((l) => p([{ text: l, size: 11 }]))] },
      { paragraphs: [
        p([{ text: s.onBehalf, bold: true }], { align: 'center', spaceBefore: 6 }),
        p([{ text: s.title, bold: true }], { align: 'center' }),
        ...Array.from({ length: 4 }, () => p('')),
        p([{ text: s.name, bold: true }], { align: 'center' }),
      ] },
    ]],
  };
}

export function reportDocSpec(doc: ReportDocument): DocSpec {
  const blocks: DocBlock[] = [
    headerBlock(doc),
    p([{ text: doc.title, bold: true, size: 14 }], { align: 'center', spaceBefore: 12 }),
    p([{ text: doc.subject.text, bold: true, size: 14 }], { align: 'center', spaceAfter: 12, key: 'subject' }),
  ];
  doc.sections.forEach((section, i) => {
    blocks.push(p([{ text: `${roman(i + 1)}. ${section.heading}`, bold: true }], { spaceBefore: 6, spaceAfter: 3, keepWithNext: true }));
    for (const b of section.blocks) blocks.push(...block(b));
  });
  // The closing stays on the page of the signature block.
  blocks.push(bodyParagraph(doc.closing.text, 'closing', true), signature(doc));
  return {
    page: { orientation: 'portrait', margins: { top: 20, bottom: 20, left: 30, right: 15 } },
    font: { name: 'Times New Roman', size: BODY },
    pageNumbersFromSecond: true,
    blocks,
  };
}
