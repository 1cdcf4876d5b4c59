/**
 * What a photo of a note is, and the size arithmetic of making one: pure, so it is tested
 * without a browser's image decoder. The decoding and encoding happen in src/workers/.
 */

/** A photo as stored: the downscaled image and its thumbnail, both re-encoded (no metadata). */
export interface PhotoRecord {
  id: string;
  noteId: string;
  conferenceId: string;
  /** When it was added (ms since the epoch): a note's photos are shown in this order. */
  addedAt: number;
  /** Pixel size of `image`, upright. */
  width: number;
  height: number;
  image: Blob;
  thumb: Blob;
}

/** A photo without its Blobs: what lists, counts and the backup's manifest need. */
export type PhotoInfo = Omit<PhotoRecord, 'image' | 'thumb'> & { bytes: number };

/** The long edge a stored photo has at most: a flipchart stays readable when zoomed on a phone. */
export const PHOTO_MAX_EDGE = 2048;
/** The thumbnail's long edge: sharp at 2× pixel density in a 160-px tile. */
export const THUMB_MAX_EDGE = 320;
/** JPEG quality: 0.82 keeps handwriting on a flipchart crisp and a 2048-px photo near 300–500 KB. */
export const PHOTO_QUALITY = 0.82;
export const THUMB_QUALITY = 0.75;
/** A photo over this size after encoding is encoded again at the lower qualities below, until it fits. */
export const PHOTO_TARGET_BYTES = 500 * 1024;
/** Still good for marker text: a busy marketplace wall of sticky notes at 2048 px comes near 500 KB. */
export const PHOTO_QUALITY_DENSE = 0.7;
/** The last step, for the densest pictures (noise, fine print); below it JPEG blocks show in text. */
export const PHOTO_QUALITY_DENSEST = 0.6;
/** The file type photos are stored and exported as: every browser encodes and decodes it. */
export const PHOTO_TYPE = 'image/jpeg';
/** The largest file the app accepts to downscale: a 50-megapixel camera's JPEG is ~25 MB. */
export const PHOTO_INPUT_MAX_BYTES = 64 * 1024 * 1024;

/** Width and height after EXIF orientation `orientation` (1–8) is applied: 5–8 turn by 90°. */
export function uprightSize(width: number, height: number, orientation: number): { width: number; height: number } {
  return orientation >= 5 && orientation <= 8 ? { width: height, height: width } : { width, height };
}

/** The size that fits `maxEdge` on the long edge, keeping the aspect ratio; never enlarged, never 0. */
export function fitWithin(width: number, height: number, maxEdge: number): { width: number; height: number } {
  const long = Math.max(width, height);
  if (long <= maxEdge) return { width, height };
  const scale = maxEdge / long;
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Orders a note's photos as they were taken (ties by id, so every tab shows the same order). */
export function byAdded(a: { addedAt: number; id: string }, b: { addedAt: number; id: string }): number {
  return a.addedAt - b.addedAt || a.id.localeCompare(b.id);
}

/** "Foto 2 zu Workshop B: …": the alt text of a note's photo, counted from 1. */
export function photoAlt(word: string, position: number, noteTitle: string, connector: string): string {
  return `${word} ${position} ${connector} ${noteTitle}`;
}
