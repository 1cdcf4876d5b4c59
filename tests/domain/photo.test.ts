import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { byAdded, fitWithin, PHOTO_MAX_EDGE, THUMB_MAX_EDGE, uprightSize } from '../../src/domain/photo';
import {
  hasExif,
  hasMetadata,
  isJpeg,
  jpegSegments,
  jpegSize,
  readExif,
  stripJpegMetadata,
} from '../../src/domain/photo-jpeg';

/** The project's own test photo (scripts/make-photo-fixture.mjs): 2400 × 1200 stored, orientation 6, GPS. */
const fixture = new Uint8Array(
  readFileSync(join(process.cwd(), 'tests', 'fixtures', 'photo-exif-gps-orientation6.jpg')),
);

describe('the test photo is what the tests need', () => {
  it('is a JPEG of 2400 × 1200 stored pixels with EXIF orientation 6 and a GPS position', () => {
    expect(isJpeg(fixture)).toBe(true);
    expect(jpegSize(fixture)).toEqual({ width: 2400, height: 1200 });
    expect(hasExif(fixture)).toBe(true);
    expect(readExif(fixture)).toEqual({ orientation: 6, hasGps: true });
  });
});

describe('downscale arithmetic', () => {
  it.each([
    // stored size, orientation, upright size
    [2400, 1200, 1, 2400, 1200],
    [2400, 1200, 3, 2400, 1200],
    [2400, 1200, 5, 1200, 2400],
    [2400, 1200, 6, 1200, 2400],
    [2400, 1200, 8, 1200, 2400],
  ])('%i × %i with orientation %i is %i × %i upright', (w, h, o, uw, uh) => {
    expect(uprightSize(w, h, o)).toEqual({ width: uw, height: uh });
  });

  it.each([
    // the fixture upright, a 12-megapixel phone photo both ways, a small one, an extreme panorama
    [1200, 2400, PHOTO_MAX_EDGE, 1024, 2048],
    [4000, 3000, PHOTO_MAX_EDGE, 2048, 1536],
    [3000, 4000, PHOTO_MAX_EDGE, 1536, 2048],
    [800, 600, PHOTO_MAX_EDGE, 800, 600],
    [20000, 10, PHOTO_MAX_EDGE, 2048, 1],
    [4000, 3000, THUMB_MAX_EDGE, 320, 240],
  ])('%i × %i fits %i as %i × %i', (w, h, max, fw, fh) => {
    const fitted = fitWithin(w, h, max);
    expect(fitted).toEqual({ width: fw, height: fh });
    expect(Math.max(fitted.width, fitted.height)).toBeLessThanOrEqual(max);
  });

  it('the fixture becomes 1024 × 2048, upright (portrait) and within 2048 px', () => {
    const { width, height } = jpegSize(fixture);
    const upright = uprightSize(width, height, readExif(fixture).orientation);
    expect(fitWithin(upright.width, upright.height, PHOTO_MAX_EDGE)).toEqual({ width: 1024, height: 2048 });
  });

  it('keeps photos in the order taken, ties by id', () => {
    const list = [
      { id: 'b', addedAt: 2 },
      { id: 'c', addedAt: 1 },
      { id: 'a', addedAt: 2 },
    ];
    expect([...list].sort(byAdded).map((p) => p.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('removing metadata from a JPEG', () => {
  it('drops the EXIF segment (orientation, GPS, camera) and leaves the image data byte for byte', () => {
    const stripped = stripJpegMetadata(fixture);
    expect(hasExif(stripped)).toBe(false);
    expect(hasMetadata(stripped)).toBe(false);
    expect(readExif(stripped)).toEqual({ orientation: 1, hasGps: false });
    expect(jpegSize(stripped)).toEqual({ width: 2400, height: 1200 });
    // Nothing of the EXIF payload survives: not the camera's name, not the "Exif" signature.
    const text = Buffer.from(stripped).toString('latin1');
    expect(text).not.toContain('Exif');
    expect(text).not.toContain('Tagesbegleiter test camera');
    // The entropy-coded data after SOS is identical.
    const sos = (b: Uint8Array) => jpegSegments(b).find((s) => s.marker === 0xda)!;
    expect(
      Buffer.from(stripped.subarray(sos(stripped).offset)).equals(Buffer.from(fixture.subarray(sos(fixture).offset))),
    ).toBe(true);
  });

  it('returns a JPEG without metadata unchanged', () => {
    const once = stripJpegMetadata(fixture);
    expect(stripJpegMetadata(once)).toBe(once);
  });

  it('refuses what is not a JPEG or is cut short', () => {
    expect(() => stripJpegMetadata(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toThrow(/not a JPEG/);
    expect(() => jpegSegments(fixture.subarray(0, 30))).toThrow(/past the end/);
  });
});
