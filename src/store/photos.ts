import { getDb } from './db';
import { db } from './notes';
import type { Note } from '../domain/note';
import type { PhotoInfo, PhotoRecord } from '../domain/photo';

/**
 * Photos of notes in IndexedDB. A photo is written with its note in one durable transaction:
 * a note that had no text yet is created (empty), so a note of photos alone is a note.
 * When the promise resolves the photo is on disk; a refused write (a full disk) leaves
 * nothing behind, because nothing else is in that transaction.
 */

const DURABLE: IDBTransactionOptions = { durability: 'strict' };

/** Which note a photo belongs to (created empty if it is not stored yet). */
export interface PhotoNoteTarget {
  id: string;
  conferenceId: string;
  sessionGuid: string | null;
}

/** Stores `photo` and returns its note as stored now (created, or its change time moved on). */
export async function addPhoto(photo: PhotoRecord, target: PhotoNoteTarget, now = Date.now()): Promise<Note> {
  // Through notes' db(): the journal is saved into the notes first, so the note read here is the latest.
  const tx = (await db()).transaction(['notes', 'photos'], 'readwrite', DURABLE);
  const notes = tx.objectStore('notes');
  const stored = await notes.get(target.id);
  // The change time moves on (the note goes to the top of the list); the rev stays the text's.
  const note: Note = stored
    ? { ...stored, updatedAt: Math.max(stored.updatedAt, now) }
    : { ...target, text: '', createdAt: now, updatedAt: now, rev: 1 };
  try {
    notes.put(note).catch(() => {});
    tx.objectStore('photos')
      .add(photo)
      .catch(() => {});
  } catch (error) {
    tx.abort();
    await tx.done.catch(() => {});
    throw error;
  }
  await tx.done;
  return note;
}

/** Every photo of one conference's notes (any order). */
export async function listPhotos(conferenceId: string): Promise<PhotoRecord[]> {
  return (await getDb()).getAllFromIndex('photos', 'byConference', conferenceId);
}

/** Every photo stored (all conferences): for the backup. */
export async function listAllPhotos(): Promise<PhotoRecord[]> {
  return (await getDb()).getAll('photos');
}

/** Deletes one photo for good (the person asked, and confirmed). */
export async function deletePhoto(id: string): Promise<void> {
  const tx = (await getDb()).transaction('photos', 'readwrite', DURABLE);
  await tx.store.delete(id);
  await tx.done;
}

/** How many photos are stored and how many bytes their images and thumbnails take. */
export async function photoTotals(): Promise<{ count: number; bytes: number }> {
  const all = await (await getDb()).getAll('photos');
  return { count: all.length, bytes: all.reduce((sum, p) => sum + p.image.size + p.thumb.size, 0) };
}

/** A photo's facts without its Blobs. */
export function photoInfo({ image, thumb, ...info }: PhotoRecord): PhotoInfo {
  return { ...info, bytes: image.size + thumb.size };
}
