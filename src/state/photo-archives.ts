import { parseBackup, type BackupParseResult, type BackupProblem } from '../domain/backup';
import type { Backup } from '../domain/backup-schema';
import { localDay } from '../domain/time/zone';
import { byAdded, type PhotoRecord } from '../domain/photo';
import {
  ARCHIVE_MAX_BYTES,
  BACKUP_JSON,
  BACKUP_ZIP_LIMITS,
  backupArchiveFiles,
  readArchivePhotos,
  type PhotoArchiveProblem,
} from '../domain/photo-backup';
import { notesToMarkdown } from '../domain/notes-markdown';
import { readZip, writeZip } from '../domain/zip-archive';
import { listNotes } from '../store/notes';
import { listPhotos } from '../store/photos';
import { screenStrings } from '../i18n/screens';
import { conference } from './conference';
import { backupSessionLookup } from './session-titles';

/**
 * The app's ZIP files (loaded only when one is made or read: it brings the ZIP library):
 * "Notizen mit Fotos (ZIP)" and the backup with photos, and reading such a backup back.
 */

export { ARCHIVE_MAX_BYTES };

const ZIP_TYPE = 'application/zip';

/** The Markdown of all notes and their photos as files beside it, linked by relative path. */
export async function notesZipFile(now = new Date()): Promise<{ name: string; blob: Blob } | null> {
  const conf = conference.value;
  if (!conf) return null;
  const s = screenStrings.value;
  const [notes, photos] = await Promise.all([listNotes(conf.id), listPhotos(conf.id)]);
  const byNote = new Map<string, PhotoRecord[]>();
  for (const p of [...photos].sort(byAdded)) byNote.set(p.noteId, [...(byNote.get(p.noteId) ?? []), p]);
  const files = new Map<string, Uint8Array>();
  const pending: Promise<void>[] = [];
  let counter = 0;
  const links = (note: { id: string }, title: string | null) =>
    (byNote.get(note.id) ?? []).map((photo, i) => {
      const path = `fotos/foto-${String(++counter).padStart(3, '0')}.jpg`;
      pending.push(photo.image.arrayBuffer().then((buffer) => void files.set(path, new Uint8Array(buffer))));
      return { alt: s.photos.alt(i + 1, title), path };
    });
  const markdown = notesToMarkdown(
    notes,
    conf,
    { ...s.notes.markdown, locale: s.locale, approx: s.approx },
    now,
    links,
    (id) => byNote.has(id),
  );
  await Promise.all(pending);
  files.set(s.photos.markdownFile, new TextEncoder().encode(markdown));
  const zip = writeZip(files, now);
  return {
    name: s.photos.zipFileName(localDay(now.getTime(), conf.timeZone)),
    blob: new Blob([zip as Uint8Array<ArrayBuffer>], { type: ZIP_TYPE }),
  };
}

/** The backup ZIP: the backup JSON as a .json backup has it, the list of photos, the images. */
export async function backupZip(json: string, photos: readonly PhotoRecord[]): Promise<Blob> {
  const zip = writeZip(await backupArchiveFiles(json, photos));
  return new Blob([zip as Uint8Array<ArrayBuffer>], { type: ZIP_TYPE });
}

export type ArchiveCheck =
  { ok: true; backup: Backup; photos: PhotoRecord[] } | { ok: false; problem: BackupProblem | PhotoArchiveProblem };

/** Reads and checks a backup ZIP completely (limits, names, the backup, every photo); writes nothing. */
export async function checkBackupArchive(file: Blob): Promise<ArchiveCheck> {
  if (file.size > ARCHIVE_MAX_BYTES)
    return { ok: false, problem: { kind: 'zipTooLarge', limit: BACKUP_ZIP_LIMITS.maxUnpackedBytes } };
  const read = readZip(new Uint8Array(await file.arrayBuffer()), BACKUP_ZIP_LIMITS);
  if (!read.ok) return read;
  const json = read.files.get(BACKUP_JSON);
  if (!json) return { ok: false, problem: { kind: 'zipMissing', name: BACKUP_JSON } };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(json);
  } catch (error) {
    return { ok: false, problem: { kind: 'notJson', detail: error instanceof Error ? error.message : String(error) } };
  }
  const lookup = await backupSessionLookup();
  const parsed: BackupParseResult = parseBackup(text, lookup);
  if (!parsed.ok) return parsed;
  const photos = readArchivePhotos(read.files, parsed.backup);
  if (!photos.ok) return photos;
  return { ok: true, backup: parsed.backup, photos: photos.photos };
}
