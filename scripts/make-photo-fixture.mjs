// Writes tests/fixtures/photo-exif-gps-orientation6.jpg: the project's own test photo for the
// downscale/strip step. 2400 × 1200 stored pixels (left half red, right half blue), an EXIF
// segment saying "turn 90° clockwise to show" (orientation 6, so it is 1200 × 2400 upright,
// red on top) and a GPS position (near Iserlohn). Chromium encodes the pixels; the EXIF segment
// is written here byte by byte (TIFF big-endian, CIPA DC-008). Run: node scripts/make-photo-fixture.mjs
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

const OUT = new URL('../tests/fixtures/photo-exif-gps-orientation6.jpg', import.meta.url);

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
const page = await browser.newPage();
const base64 = await page.evaluate(async () => {
  const canvas = new OffscreenCanvas(2400, 1200);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#e00000';
  ctx.fillRect(0, 0, 1200, 1200);
  ctx.fillStyle = '#0000e0';
  ctx.fillRect(1200, 0, 1200, 1200);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.3 });
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text);
});
await browser.close();
const jpeg = Buffer.from(base64, 'base64');

// TIFF: header, IFD0 (Make, Orientation, GPS pointer), the GPS IFD, then the values too long to inline.
const parts = [];
const u16 = (n) => Buffer.from([(n >> 8) & 255, n & 255]);
const u32 = (n) => Buffer.from([(n >>> 24) & 255, (n >> 16) & 255, (n >> 8) & 255, n & 255]);
const SHORT = 3,
  LONG = 4,
  ASCII = 2,
  RATIONAL = 5,
  BYTE = 1;
const make = Buffer.from('Tagesbegleiter test camera\0');
const ifd0At = 8;
const ifd0Size = 2 + 3 * 12 + 4;
const gpsAt = ifd0At + ifd0Size;
const gpsSize = 2 + 5 * 12 + 4;
const makeAt = gpsAt + gpsSize;
const latAt = makeAt + make.length;
const lonAt = latAt + 24;
const entry = (tag, type, count, value) => Buffer.concat([u16(tag), u16(type), u32(count), value]);
const inline = (buf) => Buffer.concat([buf, Buffer.alloc(4 - buf.length)]);
parts.push(Buffer.from('MM'), u16(42), u32(ifd0At));
parts.push(
  u16(3),
  entry(0x010f, ASCII, make.length, u32(makeAt)),
  entry(0x0112, SHORT, 1, inline(u16(6))),
  entry(0x8825, LONG, 1, u32(gpsAt)),
  u32(0),
);
parts.push(
  u16(5),
  entry(0x0000, BYTE, 4, Buffer.from([2, 3, 0, 0])),
  entry(0x0001, ASCII, 2, inline(Buffer.from('N\0'))),
  entry(0x0002, RATIONAL, 3, u32(latAt)),
  entry(0x0003, ASCII, 2, inline(Buffer.from('E\0'))),
  entry(0x0004, RATIONAL, 3, u32(lonAt)),
  u32(0),
);
const rational = (...pairs) => Buffer.concat(pairs.map(([n, d]) => Buffer.concat([u32(n), u32(d)])));
parts.push(make, rational([51, 1], [22, 1], [2, 1]), rational([7, 1], [41, 1], [47, 1]));
const tiff = Buffer.concat(parts);
const payload = Buffer.concat([Buffer.from('Exif\0\0'), tiff]);
const app1 = Buffer.concat([Buffer.from([0xff, 0xe1]), u16(payload.length + 2), payload]);
// EXIF belongs right after SOI.
writeFileSync(OUT, Buffer.concat([jpeg.subarray(0, 2), app1, jpeg.subarray(2)]));
console.log(`wrote ${OUT.pathname} (${jpeg.length + app1.length} bytes)`);
