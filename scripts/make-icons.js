// Draws the add-in icons (a blue calendar sheet with marked months) as PNGs without any image
// library: run `node scripts/make-icons.js` after changing the design; the PNGs are committed.
'use strict';
const { deflateSync, crc32 } = require('node:zlib');
const { writeFileSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');

function crc(buf) {
  if (typeof crc32 === 'function') return crc32(buf) >>> 0;
  let c, table = [];
  for (let n = 0; n < 256; n++) { c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; table[n] = c >>> 0; }
  let x = 0xffffffff;
  for (const b of buf) x = table[(x ^ b) & 0xff] ^ (x >>> 8);
  return (x ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const c = Buffer.alloc(4); c.writeUInt32BE(crc(td));
  return Buffer.concat([len, td, c]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) pixel(x / size, y / size).forEach((v, i) => (raw[y * (size * 4 + 1) + 1 + x * 4 + i] = v));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
const BLUE = [31, 78, 121, 255], WHITE = [255, 255, 255, 255], MARK = [155, 194, 230, 255], RED = [192, 0, 0, 255], CLEAR = [0, 0, 0, 0];
function icon(u, v) {
  const m = 0.06;
  if (u < m || u > 1 - m || v < m || v > 1 - m) return CLEAR;
  if (v < 0.3) return RED; // the calendar's top band
  const gx = (u - 0.14) / 0.72, gy = (v - 0.38) / 0.5;
  if (gx < 0 || gx >= 1 || gy < 0 || gy >= 1) return BLUE;
  const cx = Math.floor(gx * 3), cy = Math.floor(gy * 3);
  const fx = gx * 3 - cx, fy = gy * 3 - cy;
  if (fx < 0.12 || fy < 0.12) return BLUE;
  return (cx + cy) % 2 === 0 ? MARK : WHITE;
}
const dir = join(__dirname, '..', 'assets');
mkdirSync(dir, { recursive: true });
for (const s of [16, 32, 64, 80, 128]) writeFileSync(join(dir, `icon-${s}.png`), png(s, icon));
console.log('icons written to', dir);
