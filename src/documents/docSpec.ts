/**
 * A printed document's layout as plain data, the Word twin of `sheets/spec.ts`: what each paragraph
 * says and how it looks, tables, charts, page setup. Laid out by `documents/*Doc.ts` from the core's
 * content and written by `hosts/docx` with the `docx` library. Lengths are in millimetres, sizes in
 * points.
 */
export interface RunSpec {
  text: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
}

export interface ParagraphSpec {
  kind: 'paragraph';
  runs: RunSpec[];
  align?: 'left' | 'center' | 'right' | 'justify';
  /** First-line indent. */
  indent?: number;
  /** Left and right indents (a rule as long as a line of text is a bordered empty paragraph between them). */
  margins?: { left: number; right: number };
  spaceBefore?: number;
  spaceAfter?: number;
  /** A thin line above the paragraph: the rules of the official header block. */
  ruleAbove?: boolean;
  /** Stays on the page of the next paragraph (headings, captions, the closing with the signature). */
  keepWithNext?: boolean;
  /** A stable key, read back by the tests ("closing", "ratings"…). */
  key?: string;
}

export interface CellSpec {
  paragraphs: ParagraphSpec[];
  shade?: string;
  verticalAlign?: 'top' | 'center' | 'bottom';
}

export interface TableSpec {
  kind: 'table';
  /** Millimetres, summing to the text width. */
  widths: number[];
  rows: CellSpec[][];
  borders: boolean;
  /** Rows repeated at the top of every page the table runs onto. */
  headerRows?: number;
  /** Rows never break across pages. */
  keepRows?: boolean;
  /** Every row stays on the page of the next: the table never splits (the signature block). */
  keepTogether?: boolean;
}

export interface ChartSpecDoc {
  kind: 'chart';
  title: string;
  categories: string[];
  /** One series per entry; `line` series are drawn as lines over the columns (the 100 % mark). */
  series: { name: string; values: number[]; line?: boolean; /** "RRGGBB"; the first colour when absent. */ color?: string }[];
  valueTitle: string;
  /** Millimetres. */
  width: number;
  height: number;
}

export type DocBlock = ParagraphSpec | TableSpec | ChartSpecDoc;

export interface DocSpec {
  page: { orientation: 'portrait' | 'landscape'; margins: { top: number; bottom: number; left: number; right: number } };
  font: { name: string; size: number };
  /** The page number at the top centre, from page 2 (an official document's first page has none). */
  pageNumbersFromSecond: boolean;
  blocks: DocBlock[];
}
