import JSZip from 'jszip';
import { hasIsoDateCells, isoDateCellsAsSerials, withDateStyle } from './isoDateCells';

/**
 * Workbooks saved by other tools name their parts in ways the Open Packaging Conventions allow and
 * Excel opens, but ExcelJS does not read: absolute relationship targets ("/xl/tables/table1.xml",
 * openpyxl and Apache POI), part names with a leading slash or backslashes (some Windows zip writers),
 * another letter case ("XL/Worksheets/Sheet1.xml"), or parts at names of the writer's own choosing.
 * ExcelJS finds parts by Excel's own names and follows relative targets only. So before ExcelJS
 * reads, the package is laid out again the way Excel saves it: every part reached from the package's
 * relationships gets Excel's name for its kind, and every target is written relative to its source.
 * Cells typed as ISO dates, which ExcelJS misreads as numbers, become dates as Excel stores them
 * (isoDateCells.ts). A package already laid out that way, with no such cells, is passed through untouched.
 */

/** A part's name as the zip spells it, made comparable: forward slashes, no leading slash (OPC §9.1.1). */
export function partName(raw: string): string {
  return raw.replace(/\\/g, '/').replace(/^\/+/, '');
}

const lower = (name: string) => partName(name).toLowerCase();
const folderOf = (name: string) => name.slice(0, name.lastIndexOf('/') + 1);
const relsOf = (name: string) => (name === '' ? '_rels/.rels' : `${folderOf(name)}_rels/${name.slice(name.lastIndexOf('/') + 1)}.rels`);

/** `target` (relative to `folder`, or absolute from the package root) as a part name, "." and ".." resolved. */
function resolveTarget(folder: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // Not percent-encoded after all: taken as written.
  }
  decoded = decoded.replace(/\\/g, '/').replace(/[?#].*$/, '');
  const parts: string[] = [];
  for (const seg of ((decoded.startsWith('/') ? '' : folder) + decoded).split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** The path from `folder` to `name`, as Excel writes relationship targets ("worksheets/sheet1.xml", "../tables/table1.xml"). */
function relativeTarget(folder: string, name: string): string {
  const from = folder.split('/').filter(Boolean);
  const to = name.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/**
 * Excel's names for the parts ExcelJS finds by name, by relationship type (the type URI's last
 * segment, the same in transitional and strict OOXML); `n` numbers parts of a kind.
 */
const EXCEL_NAMES: Record<string, { pattern: RegExp; name: (n: number, ext: string) => string }> = {
  officeDocument: { pattern: /^xl\/workbook\.xml$/, name: () => 'xl/workbook.xml' },
  worksheet: { pattern: /^xl\/worksheets\/sheet\d+\.xml$/, name: (n) => `xl/worksheets/sheet${n}.xml` },
  sharedStrings: { pattern: /^xl\/sharedStrings\.xml$/, name: () => 'xl/sharedStrings.xml' },
  styles: { pattern: /^xl\/styles\.xml$/, name: () => 'xl/styles.xml' },
  theme: { pattern: /^xl\/theme\/theme\d+\.xml$/, name: (n) => `xl/theme/theme${n}.xml` },
  table: { pattern: /^xl\/tables\/table\d+\.xml$/, name: (n) => `xl/tables/table${n}.xml` },
  comments: { pattern: /^xl\/comments\d+\.xml$/, name: (n) => `xl/comments${n}.xml` },
  drawing: { pattern: /^xl\/drawings\/drawing\d+\.xml$/, name: (n) => `xl/drawings/drawing${n}.xml` },
  vmlDrawing: { pattern: /^xl\/drawings\/vmlDrawing\d+\.vml$/, name: (n) => `xl/drawings/vmlDrawing${n}.vml` },
  image: { pattern: /^xl\/media\/[a-zA-Z0-9]+\.[a-zA-Z0-9]{3,4}$/, name: (n, ext) => `xl/media/image${n}.${ext}` },
  'core-properties': { pattern: /^docProps\/core\.xml$/, name: () => 'docProps/core.xml' },
  'extended-properties': { pattern: /^docProps\/app\.xml$/, name: () => 'docProps/app.xml' },
};

/** The name a part keeps or gets: its own when Excel would use it and no other part has it. */
function excelName(type: string, found: string, taken: ReadonlySet<string>): string {
  const kind = EXCEL_NAMES[type.slice(type.lastIndexOf('/') + 1)];
  if (!kind) return taken.has(found) ? `${found}.${taken.size}` : found;
  if (kind.pattern.test(found) && !taken.has(found)) return found;
  const ext = found.slice(found.lastIndexOf('.') + 1).toLowerCase();
  for (let n = 1; ; n++) {
    const name = kind.name(n, ext);
    if (!taken.has(name)) return name;
  }
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_m, e: string) => XML_ENTITIES[e]);
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const RELATIONSHIP = /<(?:[\w.-]+:)?Relationship\b([^>]*?)\/?>/g;
const attribute = (attrs: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(attrs);
const attributeValue = (attrs: string, name: string) => {
  const m = attribute(attrs, name);
  return m ? unescapeXml(m[2] ?? m[3] ?? '') : null;
};

interface Relationship {
  type: string;
  /** The part it points at, as the zip spells it; null for external or dangling targets. */
  part: string | null;
  written: string;
}

/**
 * The package laid out as Excel lays it out, or `data` itself when it already is. Parts that no
 * relationship reaches are left out: Excel ignores them too.
 */
export async function excelLayout(data: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  const entries = new Map<string, JSZip.JSZipObject>();
  for (const f of Object.values(zip.files)) if (!f.dir && !entries.has(lower(f.name))) entries.set(lower(f.name), f);

  const renamed = new Map<string, string>(); // entry's lower-case name → Excel's name
  const taken = new Set<string>(['[Content_Types].xml']);
  const sheets: string[] = []; // Excel's names of the worksheets
  const rels = new Map<string, { raw: string; list: Relationship[] }>(); // by source's new name
  let changed = false;

  const visit = async (source: string, sourceFound: string) => {
    const relsEntry = entries.get(relsOf(sourceFound).toLowerCase());
    if (!relsEntry) return;
    if (relsEntry.name !== relsOf(source)) changed = true;
    const raw = await relsEntry.async('string');
    const list: Relationship[] = [];
    const next: [string, string][] = [];
    for (const m of raw.matchAll(RELATIONSHIP)) {
      const attrs = m[1];
      const type = attributeValue(attrs, 'Type') ?? '';
      const written = attributeValue(attrs, 'Target') ?? '';
      const external = (attributeValue(attrs, 'TargetMode') ?? '').toLowerCase() === 'external';
      const entry = external ? undefined : entries.get(resolveTarget(folderOf(sourceFound), written).toLowerCase());
      if (!entry) {
        list.push({ type, part: null, written });
        continue;
      }
      const key = lower(entry.name);
      let name = renamed.get(key);
      if (name === undefined) {
        name = excelName(type, partName(entry.name), taken);
        renamed.set(key, name);
        taken.add(name);
        if (type.endsWith('/worksheet')) sheets.push(name);
        if (name !== entry.name) changed = true;
        next.push([name, partName(entry.name)]);
      }
      if (written !== relativeTarget(folderOf(source), name)) changed = true;
      list.push({ type, part: name, written });
    }
    rels.set(source, { raw, list });
    for (const [name, found] of next) await visit(name, found);
  };
  await visit('', '');

  const byName = new Map([...renamed].map(([key, name]) => [name, entries.get(key) as JSZip.JSZipObject]));
  const rewritten = new Map<string, string>();
  for (const name of sheets) {
    const xml = await (byName.get(name) as JSZip.JSZipObject).async('string');
    if (hasIsoDateCells(xml)) rewritten.set(name, xml);
  }
  if (rewritten.size) {
    const stylesEntry = byName.get('xl/styles.xml');
    const styles = stylesEntry ? withDateStyle(await stylesEntry.async('string')) : null;
    if (styles) rewritten.set('xl/styles.xml', styles.xml);
    for (const name of sheets) {
      const xml = rewritten.get(name);
      if (xml !== undefined) rewritten.set(name, isoDateCellsAsSerials(xml, styles?.index ?? null));
    }
    changed = true;
  }
  if (!changed) return data;

  const out = new JSZip();
  const types = [...entries.values()].find((f) => lower(f.name) === '[content_types].xml');
  if (types) {
    const xml = (await types.async('string')).replace(/(PartName\s*=\s*)("([^"]*)"|'([^']*)')/g, (m, head: string, _q, a?: string, b?: string) => {
      const name = renamed.get(lower(unescapeXml(a ?? b ?? '')));
      return name ? `${head}"/${escapeXml(name)}"` : m;
    });
    out.file('[Content_Types].xml', xml);
  }
  for (const [name, entry] of byName) out.file(name, rewritten.get(name) ?? await entry.async('uint8array'));
  for (const [source, { raw, list }] of rels) {
    let i = 0;
    const xml = raw.replace(RELATIONSHIP, (element, attrs: string) => {
      const rel = list[i++];
      const target = attribute(attrs, 'Target');
      if (!rel?.part || !target) return element;
      return element.replace(target[0], `Target="${escapeXml(relativeTarget(folderOf(source), rel.part))}"`);
    });
    out.file(relsOf(source), xml);
  }
  // Stored, not deflated: the copy only lives in memory, for ExcelJS to read at once.
  return out.generateAsync({ type: 'uint8array', compression: 'STORE' });
}
