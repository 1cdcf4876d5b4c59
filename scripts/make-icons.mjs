// Draws the app icons (a white calendar sheet with a check mark on teal) as PNGs, with no
// image library: run `node scripts/make-icons.mjs` after changing the design; the PNGs are committed.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const TEAL = [11, 85, 99];
const WHITE = [255, 255, 255];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 3 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 3 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b] = pixel((x + 0.5) / size, (y + 0.5) / size, 1 / size);
      const o = y * (size * 3 + 1) + 1 + x * 3;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const clamp = (v) => Math.max(0, Math.min(1, v));
const mix = (a, b, t) => a.map((v, i) => Math.round(v + (b[i] - v) * t));
// Signed distance to a rounded rectangle centred at (cx, cy).
const roundRect = (x, y, cx, cy, hw, hh, r) => {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const segment = (x, y, ax, ay, bx, by) => {
  const px = x - ax,
    py = y - ay,
    dx = bx - ax,
    dy = by - ay;
  const t = clamp((px * dx + py * dy) / (dx * dx + dy * dy));
  return Math.hypot(px - dx * t, py - dy * t);
};

/** The design on a unit square; `scale` shrinks it for the maskable safe zone. */
const design = (scale) => (x, y, px) => {
  const u = 0.5 + (x - 0.5) / scale;
  const v = 0.5 + (y - 0.5) / scale;
  const p = px / scale;
  let color = TEAL;
  const sheet = roundRect(u, v, 0.5, 0.53, 0.28, 0.28, 0.05);
  color = mix(color, WHITE, clamp(0.5 - sheet / p));
  const bar = roundRect(u, v, 0.5, 0.33, 0.28, 0.08, 0.05);
  color = mix(color, TEAL, clamp(0.5 - bar / p) * 0.85);
  for (const rx of [0.38, 0.62]) {
    const ring = roundRect(u, v, rx, 0.24, 0.025, 0.06, 0.02);
    color = mix(color, WHITE, clamp(0.5 - ring / p));
  }
  const check = Math.min(segment(u, v, 0.37, 0.57, 0.46, 0.66), segment(u, v, 0.46, 0.66, 0.64, 0.47)) - 0.035;
  color = mix(color, TEAL, clamp(0.5 - check / p));
  return color;
};

mkdirSync('public/icons', { recursive: true });
writeFileSync('public/icons/icon-192.png', png(192, design(1)));
writeFileSync('public/icons/icon-512.png', png(512, design(1)));
// Maskable icons may be cropped to a circle of 80 % of the size: keep the sheet inside it.
writeFileSync('public/icons/maskable-512.png', png(512, design(0.72)));
writeFileSync('public/apple-touch-icon.png', png(180, design(0.9)));
console.log('icons written');
