import type { PhotoRecord } from '../domain/photo';

/**
 * Sharing a note with its photos through the Web Share API (level 2, files): phones' share
 * sheets take them; desktop browsers mostly do not, and then the button is not offered.
 */

const probe = () => new File([new Uint8Array(0)], 'foto-1.jpg', { type: 'image/jpeg' });

/** True where the share sheet takes JPEG files. */
export function canSharePhotos(): boolean {
  if (
    typeof navigator === 'undefined' ||
    typeof navigator.share !== 'function' ||
    typeof navigator.canShare !== 'function'
  )
    return false;
  try {
    return navigator.canShare({ files: [probe()] });
  } catch {
    return false;
  }
}

/** Shares the note's text and its photos as "foto-1.jpg", "foto-2.jpg" …; false when it failed (not when cancelled). */
export async function sharePhotos(title: string, text: string, photos: readonly PhotoRecord[]): Promise<boolean> {
  const files = photos.map((p, i) => new File([p.image], `foto-${i + 1}.jpg`, { type: p.image.type || 'image/jpeg' }));
  try {
    await navigator.share({ title, text: text.trim() === '' ? title : text, files });
    return true;
  } catch (error) {
    return error instanceof DOMException && error.name === 'AbortError';
  }
}
