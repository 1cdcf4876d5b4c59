import * as v from 'valibot';
import { BACKUP_MAX_BYTES, type Backup } from './backup-schema';
import type { RestoreMode } from './backup';
import { PHOTO_MAX_EDGE, PHOTO_TYPE, type PhotoRecord } from './photo';
import { isJpeg, jpegSegments, stripJpegMetadata } from './photo-jpeg';
import type { ZipLimits, ZipProblem } from './zip-archive';

/**
 * The backup with photos: one ZIP holding the versioned backup JSON (unchanged, as a .json
 * backup has it), a list of the photos (photos.json) and the image files. Pure: reading checks
 * everything (names, sizes, the list, every image) before the store writes anything.
 */

export const BACKUP_JSON = 'backup.json';
export const PHOTOS_JSON = 'photos.json';
export const PHOTOS_FORMAT = 'tagesbegleiter-photos';
export const PHOTOS_VERSION = 1;
/** A stored photo is ≤ 2048 px (~0.5 MB); 16 MB refuses a hostile entry while admitting any real one. */
export const PHOTO_ENTRY_MAX_BYTES = 16 * 1024 * 1024;
/** 2,000 photos is some 1 GB of a phone's storage; a conference day has dozens. */
export const PHOTO_MAX_COUNT = 2000;
/** Unpacked, a backup with photos is at most this large: 2,000 photos at ~0.5 MB each, and room. */
export const ARCHIVE_MAX_UNPACKED_BYTES = 1024 * 1024 * 1024;
/** The ZIP itself (photos are stored, not compressed, so it is about as large as unpacked). */
export const ARCHIVE_MAX_BYTES = ARCHIVE_MAX_UNPACKED_BYTES;

const PHOTO_ID = /^[A-Za-z0-9-]{1,80}$/;
const imagePath = (id: string) => `photos/${id}.jpg`;
const thumbPath = (id: string) => `photos/${id}-thumb.jpg`;
const PHOTO_FILE = /^photos\/[A-Za-z0-9-]{1,80}(-thumb)?\.jpg$/;

/** What a backup ZIP may hold, and how large. */
export const BACKUP_ZIP_LIMITS: ZipLimits = {
  maxEntries: 2 + 2 * PHOTO_MAX_COUNT,
  maxUnpackedBytes: ARCHIVE_MAX_UNPACKED_BYTES,
  maxEntryBytes: (name) => (name.endsWith('.json') ? BACKUP_MAX_BYTES : PHOTO_ENTRY_MAX_BYTES),
  allowed: (name) => name === BACKUP_JSON || name === PHOTOS_JSON || PHOTO_FILE.test(name),
};

const edge = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(PHOTO_MAX_EDGE));
const PhotoEntry = v.object({
  id: v.pipe(v.string(), v.regex(PHOTO_ID)),
  noteId: v.pipe(v.string(), v.minLength(1)),
  conferenceId: v.pipe(v.string(), v.minLength(1)),
  addedAt: v.pipe(v.number(), v.finite(), v.minValue(0)),
  width: edge,
  height: edge,
});
const PhotosFile = v.object({
  format: v.literal(PHOTOS_FORMAT),
  version: v.literal(PHOTOS_VERSION),
  photos: v.pipe(v.array(PhotoEntry), v.maxLength(PHOTO_MAX_COUNT)),
});
type PhotoEntry = v.InferOutput<typeof PhotoEntry>;

export type PhotoArchiveProblem =
  ZipProblem | { kind: 'zipMissing'; name: string } | { kind: 'zipPhotos'; detail: string };

/** The files of the backup ZIP: the backup JSON as made for a .json backup, the list, the images. */
export async function backupArchiveFiles(
  backupJson: string,
  photos: readonly PhotoRecord[],
): Promise<Map<string, Uint8Array>> {
  const encoder = new TextEncoder();
  const entries: PhotoEntry[] = photos.map(({ id, noteId, conferenceId, addedAt, width, height }) => ({
    id,
    noteId,
    conferenceId,
    addedAt,
    width,
    height,
  }));
  const files = new Map<string, Uint8Array>([
    [BACKUP_JSON, encoder.encode(backupJson)],
    [
      PHOTOS_JSON,
      encoder.encode(
        `${JSON.stringify({ format: PHOTOS_FORMAT, version: PHOTOS_VERSION, photos: entries }, null, 2)}\n`,
      ),
    ],
  ]);
  for (const p of photos) {
    files.set(imagePath(p.id), new Uint8Array(await p.image.arrayBuffer()));
    files.set(thumbPath(p.id), new Uint8Array(await p.thumb.arrayBuffer()));
  }
  return files;
}

function checkedJpeg(bytes: Uint8Array, name: string): Uint8Array | string {
  if (!isJpeg(bytes)) return `${name} is no JPEG`;
  try {
    jpegSegments(bytes);
  } catch (error) {
    return `${name}: ${error instanceof Error ? error.message : String(error)}`;
  }
  // A photo this app stored has no metadata; one edited into the file loses it here.
  return stripJpegMetadata(bytes);
}

/**
 * The photos of a backup ZIP, checked against the (already checked) backup they come with:
 * every listed photo belongs to a note of the backup and has both its files, both JPEG; no
 * image file is unlisted. Returns the records to store, or the first problem.
 */
export function readArchivePhotos(
  files: ReadonlyMap<string, Uint8Array>,
  backup: Backup,
): { ok: true; photos: PhotoRecord[] } | { ok: false; problem: PhotoArchiveProblem } {
  const listText = files.get(PHOTOS_JSON);
  if (!listText) return { ok: false, problem: { kind: 'zipMissing', name: PHOTOS_JSON } };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(listText));
  } catch (error) {
    return {
      ok: false,
      problem: { kind: 'zipPhotos', detail: error instanceof Error ? error.message : String(error) },
    };
  }
  const parsed = v.safeParse(PhotosFile, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return {
      ok: false,
      problem: { kind: 'zipPhotos', detail: `${v.getDotPath(issue) ?? ''} ${issue.message}`.trim() },
    };
  }
  const notes = new Map(backup.notes.map((n) => [n.id, n]));
  const ids = new Set<string>();
  const photos: PhotoRecord[] = [];
  for (const entry of parsed.output.photos) {
    if (ids.has(entry.id))
      return { ok: false, problem: { kind: 'zipPhotos', detail: `photo ${entry.id} is listed twice` } };
    ids.add(entry.id);
    const note = notes.get(entry.noteId);
    if (!note || note.conferenceId !== entry.conferenceId)
      return {
        ok: false,
        problem: { kind: 'zipPhotos', detail: `photo ${entry.id} belongs to no note of the backup` },
      };
    const blobs: Blob[] = [];
    for (const name of [imagePath(entry.id), thumbPath(entry.id)]) {
      const bytes = files.get(name);
      if (!bytes) return { ok: false, problem: { kind: 'zipMissing', name } };
      const checked = checkedJpeg(bytes, name);
      if (typeof checked === 'string') return { ok: false, problem: { kind: 'zipPhotos', detail: checked } };
      blobs.push(new Blob([checked as Uint8Array<ArrayBuffer>], { type: PHOTO_TYPE }));
    }
    photos.push({ ...entry, image: blobs[0]!, thumb: blobs[1]! });
  }
  for (const name of files.keys()) {
    if (PHOTO_FILE.test(name)) {
      const id = name.slice('photos/'.length).replace(/(-thumb)?\.jpg$/, '');
      if (!ids.has(id)) return { ok: false, problem: { kind: 'zipEntries', name } };
    }
  }
  return { ok: true, photos };
}

/**
 * The photos after a restore. Replace: exactly the backup's. Merge: what is stored stays, and
 * the backup's photos not stored yet are added (a photo's id never changes, so none doubles).
 */
export function planPhotoRestore(
  currentIds: ReadonlySet<string>,
  incoming: readonly PhotoRecord[],
  mode: RestoreMode,
): { clear: boolean; put: PhotoRecord[] } {
  if (mode === 'replace') return { clear: true, put: [...incoming] };
  return { clear: false, put: incoming.filter((p) => !currentIds.has(p.id)) };
}
