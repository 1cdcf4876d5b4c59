import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { bundledConference } from '../fixtures';

/** Browser-test helpers for photos: the test photo, the session page, what is stored. */

export const conf = bundledConference();
export const workshopB = conf.sessions.find((s) => s.title.startsWith('Workshop B'))!;
export const workshopPath = `/sitzung/${encodeURIComponent(workshopB.guid)}`;
/** The project's own photo: 2400 × 1200 stored, EXIF orientation 6 (upright 1200 × 2400, red on top), GPS. */
export const PHOTO = join(process.cwd(), 'tests', 'fixtures', 'photo-exif-gps-orientation6.jpg');

/** The thumbnails of the note on screen, by their alt text. */
export const thumbnails = (page: Page) => page.locator('.note-photos img[alt^="Foto"]');

/** Opens a session page and waits until its note (text and photos) has been read. */
export async function openWorkshop(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}${workshopPath}`);
  await page.getByLabel('Foto hinzufügen').waitFor({ state: 'attached' });
  await page.waitForFunction(() => {
    const el = document.querySelector('textarea');
    return el !== null && !el.readOnly;
  });
}

/** Chooses the test photo in the note's "Foto hinzufügen" field. */
export async function addPhoto(page: Page, path = PHOTO): Promise<void> {
  await page.getByLabel('Foto hinzufügen').setInputFiles(path);
}

export interface StoredPhoto {
  noteId: string;
  width: number;
  height: number;
  bytes: number;
  /** Decoded without applying any orientation: what the pixels are. */
  decodedWidth: number;
  decodedHeight: number;
  /** The colour at the top and at the bottom, in the middle of the image: [r, g, b]. */
  top: number[];
  bottom: number[];
  /** The JPEG's markers before the image data, e.g. ['d8', 'e0', 'db', …]. */
  markers: string[];
  /** "Exif" or "GPS" found anywhere in the file. */
  exifText: boolean;
  type: string;
}

/** Reads every stored photo straight from IndexedDB (no app code) and inspects its image. */
export function storedPhotos(page: Page): Promise<StoredPhoto[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('tagesbegleiter');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    if (!db.objectStoreNames.contains('photos')) return [];
    const records = await new Promise<
      { noteId: string; width: number; height: number; image: Blob; addedAt: number }[]
    >((resolve, reject) => {
      const req = db.transaction('photos').objectStore('photos').getAll();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    db.close();
    records.sort((a, b) => a.addedAt - b.addedAt);
    const out = [];
    for (const r of records) {
      const bytes = new Uint8Array(await r.image.arrayBuffer());
      const markers: string[] = [];
      for (let at = 2; at + 4 <= bytes.length;) {
        const m = bytes[at + 1]!;
        markers.push(m.toString(16));
        if (m === 0xda) break;
        at += 2 + ((bytes[at + 2]! << 8) | bytes[at + 3]!);
      }
      let latin = '';
      for (const b of bytes) latin += String.fromCharCode(b);
      const bitmap = await createImageBitmap(r.image, { imageOrientation: 'none' } as ImageBitmapOptions);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const pixel = (x: number, y: number) => [...ctx.getImageData(x, y, 1, 1).data.slice(0, 3)];
      out.push({
        noteId: r.noteId,
        width: r.width,
        height: r.height,
        bytes: r.image.size,
        decodedWidth: bitmap.width,
        decodedHeight: bitmap.height,
        top: pixel(Math.floor(bitmap.width / 2), 10),
        bottom: pixel(Math.floor(bitmap.width / 2), bitmap.height - 10),
        markers: [`d8`, ...markers],
        exifText: latin.includes('Exif') || latin.includes('GPS'),
        type: r.image.type,
      });
    }
    return out;
  });
}
