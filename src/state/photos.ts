import { byAdded, type PhotoRecord } from '../domain/photo';
import { addPhoto, deletePhoto, listPhotos, type PhotoNoteTarget } from '../store/photos';

export type { PhotoNoteTarget };
import { newNoteId } from '../store/notes';
import { downscalePhoto, PhotoUnreadableError } from './photo-downscale';
import { photosByNote, photoUrl, publishPhotos } from './photo-index';
import { noteStored } from './notes';
import { requestPersistenceOnce } from './storage';
import { broadcast, onTabMessage } from './tab-sync';

/**
 * Photos of notes: add (downscaled off the main thread, then stored durably before the
 * thumbnail shows), delete, and keep every tab's view fresh.
 */

export { photosByNote, photoUrl };

/** What adding a photo came to; `quota`: the device's storage is full and nothing was stored. */
export type AddPhotoResult =
  | { kind: 'added'; photo: PhotoRecord }
  | { kind: 'quota' }
  | { kind: 'unreadable' }
  | { kind: 'failed'; detail: string };

/** Performance mark set when a photo is stored (the benchmark measures choosing to thumbnail). */
export const PHOTO_STORED_MARK = 'photo-stored';

let loadedFor: string | null = null;
let generation = 0;
let unsubscribe: (() => void) | null = null;

function group(photos: readonly PhotoRecord[]): Map<string, PhotoRecord[]> {
  const byNote = new Map<string, PhotoRecord[]>();
  for (const p of [...photos].sort(byAdded)) {
    const list = byNote.get(p.noteId);
    if (list) list.push(p);
    else byNote.set(p.noteId, [p]);
  }
  return byNote;
}

const publish = publishPhotos;

/** Loads the photos of `conferenceId` unless they are loaded already; safe to call on every render. */
export function ensurePhotos(conferenceId: string): void {
  // Another tab added or deleted a photo, restored a backup or deleted everything: it says "notes changed".
  unsubscribe ??= onTabMessage((message) => {
    if (message.type === 'notes-changed' && message.conferenceId === loadedFor) void reloadPhotos(loadedFor);
  });
  if (loadedFor !== conferenceId) void reloadPhotos(conferenceId);
}

/** Re-reads the photos of `conferenceId`. */
export async function reloadPhotos(conferenceId: string): Promise<void> {
  const mine = ++generation;
  if (loadedFor !== conferenceId) {
    loadedFor = conferenceId;
    publish(new Map());
  }
  try {
    const list = await listPhotos(conferenceId);
    if (mine === generation) publish(group(list));
  } catch (error) {
    console.error(error);
  }
}

function isQuotaError(error: unknown): boolean {
  const e = error as { name?: string; message?: string; inner?: unknown } | null;
  if (!e) return false;
  // Chromium aborts the transaction with QuotaExceededError; some engines report it as the abort's cause.
  return e.name === 'QuotaExceededError' || /quota/i.test(e.message ?? '');
}

/** Downscales `file`, stores it with its note, and shows it: the thumbnail appears only once it is on disk. */
export async function addPhotoFile(file: Blob, target: PhotoNoteTarget): Promise<AddPhotoResult> {
  let scaled;
  try {
    scaled = await downscalePhoto(file);
  } catch (error) {
    if (error instanceof PhotoUnreadableError) return { kind: 'unreadable' };
    return { kind: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }
  const photo: PhotoRecord = {
    id: newNoteId(),
    noteId: target.id,
    conferenceId: target.conferenceId,
    addedAt: Date.now(),
    ...scaled,
  };
  let note;
  try {
    note = await addPhoto(photo, target);
  } catch (error) {
    if (isQuotaError(error)) return { kind: 'quota' };
    return { kind: 'failed', detail: error instanceof Error ? error.message || error.name : String(error) };
  }
  performance.mark(PHOTO_STORED_MARK);
  noteStored(note);
  if (target.conferenceId === loadedFor) {
    const byNote = new Map(photosByNote.value);
    byNote.set(target.id, [...(byNote.get(target.id) ?? []), photo].sort(byAdded));
    publish(byNote);
  }
  broadcast({ type: 'notes-changed', conferenceId: target.conferenceId, noteIds: [target.id] });
  void requestPersistenceOnce();
  return { kind: 'added', photo };
}

/** Deletes one photo for good (asked and confirmed in the view). */
export async function removePhoto(photo: PhotoRecord): Promise<void> {
  await deletePhoto(photo.id);
  const byNote = new Map(photosByNote.value);
  const rest = (byNote.get(photo.noteId) ?? []).filter((p) => p.id !== photo.id);
  if (rest.length > 0) byNote.set(photo.noteId, rest);
  else byNote.delete(photo.noteId);
  publish(byNote);
  broadcast({ type: 'notes-changed', conferenceId: photo.conferenceId, noteIds: [photo.noteId] });
}

/** Forgets what is loaded (tests; after "delete all"). */
export function resetPhotos(): void {
  generation++;
  loadedFor = null;
  publish(new Map());
}
