import { crc32, deflateRawSync } from 'node:zlib';

/**
 * A zip written by hand, for hostile files JSZip would never write: each part may declare a size
 * other than its real one (a zip bomb's directory lies). Parts are deflated with Node's zlib.
 */
export interface Part {
  name: string;
  data: Buffer;
  /** The uncompressed size the zip claims; the real one when absent. */
  claimedSize?: number;
}

export function buildZip(parts: readonly Part[]): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const body = deflateRawSync(p.data);
    const crc = crc32(p.data) >>> 0;
    const size = p.claimedSize ?? p.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += 30 + name.length + body.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

/** The smallest parts Excel's readers look for, around one sheet's XML. */
export function workbookParts(sheetXml: string): Part[] {
  const xml = (s: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${s}`, 'utf8');
  return [
    { name: '[Content_Types].xml', data: xml('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>') },
    { name: '_rels/.rels', data: xml('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>') },
    { name: 'xl/workbook.xml', data: xml('<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Báo cáo" sheetId="1" r:id="rId1"/></sheets></workbook>') },
    { name: 'xl/_rels/workbook.xml.rels', data: xml('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>') },
    { name: 'xl/worksheets/sheet1.xml', data: xml(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetXml}</sheetData></worksheet>`) },
  ];
}

const folderOf = (name: string) => name.slice(0, name.lastIndexOf('/') + 1);

/** The part a .rels part describes ("xl/_rels/workbook.xml.rels" → "xl/workbook.xml"; "_rels/.rels" → the package). */
const sourceOf = (rels: string) => rels.replace(/(^|\/)_rels\/([^/]*)\.rels$/, '$1$2');

/** `target` resolved against `folder` the way a package reader does ("../tables/t.xml" from "xl/worksheets/"). */
function resolvePart(folder: string, target: string): string {
  const out: string[] = [];
  for (const seg of ((target.startsWith('/') ? '' : folder) + target).split('/')) {
    if (seg === '..') out.pop();
    else if (seg && seg !== '.') out.push(seg);
  }
  return out.join('/');
}

/**
 * A workbook's parts as another writer lays them out: each part renamed by `name` (given Excel's
 * name, it returns the name this writer stores in the zip), and each internal relationship target
 * written by `target` (given the source's and the target's Excel names). [Content_Types].xml follows.
 */
export async function relaid(data: Uint8Array, name: (part: string) => string, target: (from: string, to: string) => string): Promise<Part[]> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(data);
  const parts: Part[] = [];
  for (const f of Object.values(zip.files)) {
    if (f.dir) continue;
    let text = f.name.endsWith('.rels') || f.name === '[Content_Types].xml' ? await f.async('string') : null;
    if (text !== null && f.name.endsWith('.rels')) {
      const source = sourceOf(f.name);
      text = text.replace(/<Relationship\b[^>]*>/g, (el) => {
        if (/TargetMode="External"/.test(el)) return el;
        return el.replace(/Target="([^"]*)"/, (_m, t: string) => `Target="${target(source, resolvePart(folderOf(source), t))}"`);
      });
    }
    if (text !== null && f.name === '[Content_Types].xml') text = text.replace(/PartName="\/([^"]*)"/g, (_m, p: string) => `PartName="/${name(p).replace(/^\/+/, '').replace(/\\/g, '/')}"`);
    parts.push({ name: name(f.name), data: text === null ? await f.async('nodebuffer') : Buffer.from(text, 'utf8') });
  }
  return parts;
}
