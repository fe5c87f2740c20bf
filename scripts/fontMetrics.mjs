// Prints the advance widths (per 1000 em) of Tinos — metric-compatible with Times New Roman — for the
// characters unionplan writes, as the table in src/sheets/textWidth.ts. Run: node scripts/fontMetrics.mjs
import { readFileSync } from 'node:fs';

function metrics(file) {
  const b = readFileSync(file);
  const tables = {};
  for (let i = 0, n = b.readUInt16BE(4); i < n; i++) {
    const o = 12 + 16 * i;
    tables[b.toString('latin1', o, o + 4)] = b.readUInt32BE(o + 8);
  }
  const unitsPerEm = b.readUInt16BE(tables.head + 18);
  const hMetrics = b.readUInt16BE(tables.hhea + 34);
  const advance = (g) => b.readUInt16BE(tables.hmtx + 4 * Math.min(g, hMetrics - 1));
  const cmap = tables.cmap;
  let sub = -1;
  for (let i = 0, n = b.readUInt16BE(cmap + 2); i < n; i++) {
    const p = b.readUInt16BE(cmap + 4 + 8 * i), e = b.readUInt16BE(cmap + 6 + 8 * i);
    if (p === 3 && e === 1) sub = cmap + b.readUInt32BE(cmap + 8 + 8 * i);
  }
  const segs = b.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14, starts = ends + 2 * segs + 2, deltas = starts + 2 * segs, offsets = deltas + 2 * segs;
  const glyph = (code) => {
    for (let s = 0; s < segs; s++) {
      const end = b.readUInt16BE(ends + 2 * s);
      if (code > end) continue;
      const start = b.readUInt16BE(starts + 2 * s);
      if (code < start) return 0;
      const delta = b.readInt16BE(deltas + 2 * s), ro = b.readUInt16BE(offsets + 2 * s);
      if (!ro) return (code + delta) & 0xffff;
      const g = b.readUInt16BE(offsets + 2 * s + ro + 2 * (code - start));
      return g ? (g + delta) & 0xffff : 0;
    }
    return 0;
  };
  return (ch) => {
    const g = glyph(ch.codePointAt(0));
    return g ? Math.round((advance(g) * 1000) / unitsPerEm) : null;
  };
}

const chars = [];
for (let c = 32; c < 127; c++) chars.push(String.fromCharCode(c));
chars.push(...'đĐ–—…“”‘’•█░│■≥≤÷×·▌'.split(''));
for (const style of ['Regular', 'Bold', 'Italic', 'BoldItalic']) {
  const m = metrics(`/usr/share/fonts/truetype/croscore/Tinos-${style}.ttf`);
  console.log(style, JSON.stringify(chars.map((c) => m(c)).join(',')));
}
console.log(JSON.stringify(chars.join('')));
