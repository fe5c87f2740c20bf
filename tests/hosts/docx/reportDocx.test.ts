import JSZip from 'jszip';
import { demoWardPlan } from '../../../src/demo/demoPlan';
import { demoWardReports } from '../../../src/demo/demoReports';
import { consolidatePlan } from '../../../src/domain/report/consolidate';
import { MOTTO_SUBTITLE, NATIONAL_MOTTO } from '../../../src/domain/report/reportDocument';
import { STATUS_RULE } from '../../../src/domain/report/attainment';
import { reportDocxBytes } from '../../../src/hosts/docx/reportDocx';
import { reportContent } from '../../../src/sheets/reportSheet';

/**
 * Issue #18's Word report, read back as XML: A4 with §6 margins and Times New Roman, the header block
 * with the motto, the same paragraphs as the sheet, Bảng 1 with its header repeated, native charts
 * holding the consolidation's figures, page numbers from page 2.
 */
const plan = demoWardPlan();
const consolidation = consolidatePlan(plan, demoWardReports(plan));
const input = { plan, consolidation, date: '2027-01-05' };
let xml: string;
let zip: JSZip;
const unescape = (x: string) => x.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const text = (x: string) => [...x.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1])).join('');
const paragraphs = (x: string) => [...x.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => text(m[0])).filter(Boolean);

beforeAll(async () => {
  zip = await JSZip.loadAsync(await reportDocxBytes(input));
  xml = await zip.file('word/document.xml')!.async('string');
});

describe('the report as a Word document', () => {
  it('is A4 portrait with the official margins, Times New Roman 13, numbered from page 2', async () => {
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const mar = /<w:pgMar ([^>]*)\/>/.exec(xml)![1];
    const twips = (mm: number) => String(Math.round((mm * 1440) / 25.4));
    expect(mar).toContain(`w:top="${twips(20)}"`);
    expect(mar).toContain(`w:bottom="${twips(20)}"`);
    expect(mar).toContain(`w:left="${twips(30)}"`);
    expect(mar).toContain(`w:right="${twips(15)}"`);
    expect(xml).toContain('<w:titlePg/>');
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:ascii="Times New Roman"[\s\S]*<w:sz w:val="26"\/>/);
    const headers = await Promise.all(Object.keys(zip.files).filter((f) => /^word\/header\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    expect(headers.some((h) => h.includes('PAGE'))).toBe(true);
  });

  it('opens with the header block: issuing body and number on the left, motto, tiêu ngữ and date on the right, each with its rule', () => {
    const first = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)![0];
    const cells = [...first.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => paragraphs(m[0]));
    expect(cells[0]).toEqual(['LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐÔNG NAM', 'CÔNG ĐOÀN PHƯỜNG AN KHÁNH']);
    expect(cells[1]).toEqual([NATIONAL_MOTTO, MOTTO_SUBTITLE]);
    expect(cells[2]).toEqual(['Số: ……/BC-CĐP']);
    expect(cells[3]).toEqual(['An Khánh, ngày 05 tháng 01 năm 2027']);
    // Two rules: top borders of empty paragraphs, in each of the first two cells.
    expect(first.match(/<w:pBdr><w:top w:val="single"/g)).toHaveLength(2);
  });

  it('says what the sheet says: every paragraph, Bảng 1 with its header repeated, the status rule, the signature', () => {
    const doc = reportContent({ ...input, drawsCharts: true });
    const all = paragraphs(xml);
    for (const s of doc.sections) for (const b of s.blocks) if (b.kind === 'paragraph') expect(all).toContain(b.paragraph.text);
    expect(all).toContain(doc.closing.text);
    expect(all).toContain(STATUS_RULE.vi);
    expect(xml).toMatch(/<w:tblHeader\/>/);
    const table = doc.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'table')!;
    if (table.kind !== 'table') throw new Error('no table');
    for (const row of table.rows) for (const c of row) expect(all).toContain(c);
    expect(all).toContain(plan.info.signerName);
  });

  it('draws native charts from the consolidation\'s figures', async () => {
    const charts = Object.keys(zip.files).filter((f) => /^word\/charts\/chart\d+\.xml$/.test(f)).sort();
    expect(charts).toHaveLength(2);
    const chart = await zip.file(charts[0])!.async('string');
    const values = [...chart.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]);
    for (const t of consolidation.targets.filter((x) => x.attainment !== null)) {
      expect(values).toContain(t.code);
      expect(values).toContain(String(Math.round(t.attainment! * 10) / 10));
    }
    expect(chart).toContain('<c:lineChart>');
  });
});
