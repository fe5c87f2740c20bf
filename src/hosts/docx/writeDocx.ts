import {
  AlignmentType, BorderStyle, Document, Header, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell, TableLayoutType,
  TableRow, TextRun, VerticalAlignTable, WidthType, type IBorderOptions,
} from 'docx';
import { ChartRun } from 'docx/charts';
import type { CellSpec, ChartSpecDoc, DocBlock, DocSpec, ParagraphSpec, TableSpec } from '../../documents/docSpec';

/**
 * Writes a document layout (documents/docSpec.ts) as .docx bytes with the `docx` library — in Node
 * for the CLI and in the browser for the pane and the standalone page. Charts are Word's own (a
 * chart part with its figures), so they print sharp, read in LibreOffice and can be edited in Word.
 */
const TWIPS_PER_MM = 1440 / 25.4;
const twips = (mm: number) => Math.round(mm * TWIPS_PER_MM);
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;
const V_ALIGN = { top: VerticalAlignTable.TOP, center: VerticalAlignTable.CENTER, bottom: VerticalAlignTable.BOTTOM } as const;
const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function paragraph(s: ParagraphSpec, keepNext = false): Paragraph {
  return new Paragraph({
    children: s.runs.map((r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italic, ...(r.size ? { size: r.size * 2 } : {}) })),
    alignment: s.align ? ALIGN[s.align] : undefined,
    indent: {
      ...(s.indent ? { firstLine: twips(s.indent) } : {}),
      ...(s.margins ? { left: twips(s.margins.left), right: twips(s.margins.right) } : {}),
    },
    spacing: { before: (s.spaceBefore ?? 0) * 20, after: (s.spaceAfter ?? 0) * 20, ...(s.ruleAbove ? { line: 120, lineRule: 'exact' as const } : {}) },
    ...(s.ruleAbove ? { border: { top: { ...THIN, space: 1 } } } : {}),
    keepNext: s.keepWithNext || keepNext || undefined,
    keepLines: true,
  });
}

function cell(c: CellSpec, width: number, borders: boolean, keepNext: boolean): TableCell {
  const edge = borders ? THIN : NONE;
  return new TableCell({
    children: c.paragraphs.map((p) => paragraph(p, keepNext)),
    width: { size: twips(width), type: WidthType.DXA },
    borders: { top: edge, bottom: edge, left: edge, right: edge },
    ...(c.shade ? { shading: { type: ShadingType.CLEAR, fill: c.shade, color: 'auto' } } : {}),
    ...(c.verticalAlign ? { verticalAlign: V_ALIGN[c.verticalAlign] } : {}),
    margins: { left: 80, right: 80, top: 20, bottom: 20 },
  });
}

function table(t: TableSpec): Table {
  const edge = t.borders ? THIN : NONE;
  return new Table({
    columnWidths: t.widths.map(twips),
    width: { size: twips(t.widths.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: { top: edge, bottom: edge, left: edge, right: edge, insideHorizontal: edge, insideVertical: edge },
    rows: t.rows.map((row, i) => {
      const keepNext = !!t.keepTogether && i < t.rows.length - 1;
      return new TableRow({
        children: row.map((c, j) => cell(c, t.widths[j], t.borders, keepNext)),
        tableHeader: i < (t.headerRows ?? 0) || undefined,
        cantSplit: t.keepRows || undefined,
      });
    }),
  });
}

const PX_PER_MM = 96 / 25.4;

function chart(c: ChartSpecDoc): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepLines: true,
    children: [new ChartRun({
      type: 'column',
      ...(c.title ? { title: { text: c.title, font: { size: 12, bold: false, italics: true } } } : {}),
      categories: c.categories,
      series: c.series.map((s) => ({ name: s.name, values: s.values, ...(s.line ? { type: 'line' as const, color: 'C00000', markers: false, dataLabels: false as const } : { color: s.color ?? '1F4E79' }) })),
      valueAxis: { title: c.valueTitle, numberFormat: '0', font: { size: 10 } },
      categoryAxis: { font: { size: 10 } },
      dataLabels: { value: true, position: 'outsideEnd' },
      legend: { position: 'bottom' },
      font: { name: 'Times New Roman' },
      transformation: { width: Math.round(c.width * PX_PER_MM), height: Math.round(c.height * PX_PER_MM) },
    })],
  });
}

function block(b: DocBlock): Paragraph | Table {
  switch (b.kind) {
    case 'paragraph': return paragraph(b);
    case 'table': return table(b);
    case 'chart': return chart(b);
  }
}

export function docxDocument(spec: DocSpec): Document {
  const m = spec.page.margins;
  const pageNumber = new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] });
  return new Document({
    creator: 'unionplan',
    styles: { default: { document: { run: { font: spec.font.name, size: spec.font.size * 2 } } } },
    sections: [{
      properties: {
        page: {
          size: { width: twips(210), height: twips(297), orientation: spec.page.orientation === 'landscape' ? 'landscape' : 'portrait' },
          margin: { top: twips(m.top), bottom: twips(m.bottom), left: twips(m.left), right: twips(m.right), header: twips(10), footer: twips(10) },
        },
        titlePage: spec.pageNumbersFromSecond,
      },
      headers: spec.pageNumbersFromSecond ? { default: pageNumber, first: new Header({ children: [new Paragraph('')] }) } : { default: pageNumber },
      children: spec.blocks.map(block),
    }],
  });
}

/** The .docx bytes; a Uint8Array so the same code runs in Node and in the browser. */
export async function writeDocx(spec: DocSpec): Promise<Uint8Array> {
  return Packer.pack(docxDocument(spec), 'uint8array');
}
