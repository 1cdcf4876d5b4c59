import { signal } from '@preact/signals';
import type { PhotoRecord } from '../domain/photo';

/**
 * The photos of the loaded conference's notes, by note id, each list in the order taken.
 * Filled by ./photos.ts; on its own so the notes list can tell a note of photos alone from an
 * empty one, and show thumbnails, without loading the photo code.
 */
export const photosByNote = signal<ReadonlyMap<string, readonly PhotoRecord[]>>(new Map());

const urls = new Map<string, string>();

/** An object URL of the photo's thumbnail or full image, made once per photo and kept while it is shown. */
export function photoUrl(photo: PhotoRecord, which: 'thumb' | 'image'): string {
  const key = `${which}:${photo.id}`;
  let url = urls.get(key);
  if (!url) {
    url = URL.createObjectURL(photo[which]);
    urls.set(key, url);
  }
  return url;
}

/** Shows `byNote`, and revokes the object URLs of photos no longer in it. */
export function publishPhotos(byNote: ReadonlyMap<string, readonly PhotoRecord[]>): void {
  const keep = new Set([...byNote.values()].flat().map((p) => p.id));
  for (const [key, url] of urls) {
    if (!keep.has(key.slice(key.indexOf(':') + 1))) {
      URL.revokeObjectURL(url);
      urls.delete(key);
    }
  }
  photosByNote.value = byNote;
}
