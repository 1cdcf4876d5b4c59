/**
 * Reading a JPEG's segment structure without decoding it: the EXIF orientation, whether any
 * metadata segment is present, and a copy with every metadata segment removed. The app
 * re-encodes every photo (which drops EXIF, GPS above all); removing APPn and COM segments of
 * the encoder's output as well makes "no location data" hold whatever an encoder writes.
 * See https://www.w3.org/Graphics/JPEG/itu-t81.pdf (B.1.1) and CIPA DC-008 (EXIF).
 */

const SOI = 0xd8;
const SOS = 0xda;
const EOI = 0xd9;
const APP0 = 0xe0;
const APP1 = 0xe1;
const APP15 = 0xef;
const COM = 0xfe;
/** The EXIF tag of the orientation and the one that points to the GPS directory. */
const TAG_ORIENTATION = 0x0112;
const TAG_GPS_IFD = 0x8825;

export interface JpegSegment {
  marker: number;
  /** Offset of the marker's 0xFF byte, and the segment's total length including the marker. */
  offset: number;
  length: number;
}

/** True when the bytes start like a JPEG (SOI then a marker). */
export function isJpeg(bytes: Uint8Array): boolean {
  return bytes.length > 3 && bytes[0] === 0xff && bytes[1] === SOI && bytes[2] === 0xff;
}

/** The header segments up to and including SOS (the entropy-coded data follows it). Throws on a broken file. */
export function jpegSegments(bytes: Uint8Array): JpegSegment[] {
  if (!isJpeg(bytes)) throw new Error('not a JPEG');
  const segments: JpegSegment[] = [];
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) throw new Error(`no marker at byte ${at}`);
    let marker = bytes[at + 1]!;
    // Fill bytes (0xFF 0xFF …) may precede a marker.
    while (marker === 0xff && at + 2 < bytes.length) marker = bytes[++at + 1]!;
    if (marker === EOI) break;
    const length = 2 + ((bytes[at + 2]! << 8) | bytes[at + 3]!);
    if (length < 4 || at + length > bytes.length) throw new Error(`segment at byte ${at} runs past the end`);
    segments.push({ marker, offset: at, length });
    if (marker === SOS) break;
    at += length;
  }
  return segments;
}

function isMetadata(marker: number): boolean {
  // APP0 (JFIF) says only the pixel aspect; every other APPn (EXIF, XMP, ICC, Adobe…) and COM may carry more.
  return (marker > APP0 && marker <= APP15) || marker === COM;
}

/** True when the JPEG carries an EXIF segment (APP1 starting "Exif\0\0"). */
export function hasExif(bytes: Uint8Array): boolean {
  return jpegSegments(bytes).some((s) => s.marker === APP1 && exifStart(bytes, s) !== null);
}

/** True when any segment besides JFIF could hold metadata (APP1–APP15, comments). */
export function hasMetadata(bytes: Uint8Array): boolean {
  return jpegSegments(bytes).some((s) => isMetadata(s.marker));
}

/** A copy of the JPEG without APP1–APP15 and comment segments; the image data is untouched. */
export function stripJpegMetadata(bytes: Uint8Array): Uint8Array {
  const segments = jpegSegments(bytes);
  const drop = segments.filter((s) => isMetadata(s.marker));
  if (drop.length === 0) return bytes;
  const out = new Uint8Array(bytes.length - drop.reduce((sum, s) => sum + s.length, 0));
  let read = 0;
  let write = 0;
  for (const s of drop) {
    out.set(bytes.subarray(read, s.offset), write);
    write += s.offset - read;
    read = s.offset + s.length;
  }
  out.set(bytes.subarray(read), write);
  return out;
}

/** Where the TIFF header of an APP1 EXIF segment starts, or null when the segment is not EXIF. */
function exifStart(bytes: Uint8Array, s: JpegSegment): number | null {
  const at = s.offset + 4;
  const sig = [0x45, 0x78, 0x69, 0x66, 0, 0]; // "Exif\0\0"
  return sig.every((b, i) => bytes[at + i] === b) ? at + 6 : null;
}

/** What the EXIF segment says: orientation (1 when absent) and whether it points to GPS data. */
export function readExif(bytes: Uint8Array): { orientation: number; hasGps: boolean } {
  const result = { orientation: 1, hasGps: false };
  for (const s of jpegSegments(bytes)) {
    if (s.marker !== APP1) continue;
    const tiff = exifStart(bytes, s);
    if (tiff === null) continue;
    const view = new DataView(bytes.buffer, bytes.byteOffset + tiff, s.offset + s.length - tiff);
    const little = view.getUint16(0) === 0x4949;
    const ifd = view.getUint32(4, little);
    const count = view.getUint16(ifd, little);
    for (let i = 0; i < count; i++) {
      const entry = ifd + 2 + i * 12;
      const tag = view.getUint16(entry, little);
      if (tag === TAG_ORIENTATION) result.orientation = view.getUint16(entry + 8, little);
      if (tag === TAG_GPS_IFD) result.hasGps = true;
    }
  }
  return result;
}

/** The pixel size in the frame header (SOF0–SOF15 except DHT/JPG/DAC), as stored (before orientation). */
export function jpegSize(bytes: Uint8Array): { width: number; height: number } {
  for (const s of jpegSegments(bytes)) {
    const m = s.marker;
    if (m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc) {
      return {
        height: (bytes[s.offset + 5]! << 8) | bytes[s.offset + 6]!,
        width: (bytes[s.offset + 7]! << 8) | bytes[s.offset + 8]!,
      };
    }
  }
  throw new Error('no frame header');
}
