import {
  buildBackup,
  backupToJson,
  parseBackup,
  planRestore,
  type BackupParseResult,
  type RestoreMode,
} from '../domain/backup';
import { BACKUP_MAX_BYTES, type Backup } from '../domain/backup-schema';
import { DEFAULT_TIME_ZONE, localDay } from '../domain/time/zone';
import { deleteAllPersonalData, readPersonalData, rewritePersonalData } from '../store/backup';
import { newNoteId } from '../store/notes';
import { clearMirroredSettings } from '../store/settings';
import { screenStrings } from '../i18n/screens';
import { conference } from './conference';
import { announceEverywhere } from './tab-sync';
import { sessionTitles } from './session-titles';
import type { PhotoRecord } from '../domain/photo';

/**
 * Backup, restore and "delete all my data" as the settings screen calls them. A restore is
 * checked completely before anything is written, and written in one transaction.
 */

/** The backup file: its name, its JSON text and whether it is too large to restore here. */
export async function makeBackupFile(
  now = new Date(),
): Promise<{ name: string; text: string; tooLargeToRestore: boolean }> {
  const [data, titles] = await Promise.all([readPersonalData(), sessionTitles()]);
  const backup = buildBackup(
    data,
    (cid, guid) => (titles.has(cid) ? (titles.get(cid)!.get(guid) ?? null) : undefined),
    now,
    screenStrings.value.appName,
  );
  const text = backupToJson(backup);
  const timeZone = conference.value?.timeZone ?? DEFAULT_TIME_ZONE;
  return {
    name: screenStrings.value.settings.backupFileName(localDay(now.getTime(), timeZone)),
    text,
    tooLargeToRestore: new Blob([text]).size > BACKUP_MAX_BYTES,
  };
}

/**
 * The backup to download: the JSON file as before while no photo is stored; with photos, one
 * ZIP of that JSON, the list of photos and the images (the ZIP code loads only then).
 */
export async function makeBackupDownload(
  now = new Date(),
): Promise<{ name: string; blob: Blob; tooLargeToRestore: boolean }> {
  const file = await makeBackupFile(now);
  const { listAllPhotos } = await import('../store/photos');
  const photos = await listAllPhotos();
  if (photos.length === 0)
    return {
      name: file.name,
      blob: new Blob([file.text], { type: 'application/json' }),
      tooLargeToRestore: file.tooLargeToRestore,
    };
  const { backupZip, ARCHIVE_MAX_BYTES } = await import('./photo-archives');
  const blob = await backupZip(file.text, photos);
  const timeZone = conference.value?.timeZone ?? DEFAULT_TIME_ZONE;
  return {
    name: screenStrings.value.photos.backupFileName(localDay(now.getTime(), timeZone)),
    blob,
    tooLargeToRestore: file.tooLargeToRestore || blob.size > ARCHIVE_MAX_BYTES,
  };
}

/** Reads and checks a chosen file; writes nothing. */
export async function checkBackupFile(file: Blob): Promise<BackupParseResult> {
  if (file.size > BACKUP_MAX_BYTES) return { ok: false, problem: { kind: 'tooLarge', bytes: file.size } };
  const titles = await sessionTitles();
  return parseBackup(await readText(file), (cid) => titles.get(cid));
}

/** A file's text as UTF-8; FileReader where Blob.text() is missing (older Safari, jsdom). */
function readText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsText(file, 'utf-8');
  });
}

/** Writes a checked backup (merge or replace) in one transaction, then tells every tab to re-read. */
export async function restoreBackup(
  backup: Backup,
  mode: RestoreMode,
  photos: readonly PhotoRecord[] = [],
): Promise<{ marks: number; notes: number }> {
  const { planPhotoRestore } = await import('../domain/photo-backup');
  let before: { marks: { conferenceId: string }[]; notes: { id: string; conferenceId: string }[] } = {
    marks: [],
    notes: [],
  };
  const after = await rewritePersonalData(
    (current) => {
      before = current;
      return planRestore(current, backup, mode, newNoteId);
    },
    // Photos belong to notes: "replace" replaces them too, "merge" adds the backup's new ones.
    (currentIds) => planPhotoRestore(currentIds, photos, mode),
  );
  // A replace is authoritative: open note fields must not write back what it removed unasked.
  if (mode === 'replace') announceEverywhere({ type: 'data-wiped', reason: 'replace' });
  announceChanges(
    [...before.marks, ...after.marks],
    [...before.notes, ...after.notes],
    after.settings.map((s) => s.key),
  );
  return { marks: after.marks.length, notes: after.notes.filter((n) => n.text.trim() !== '').length };
}

function announceChanges(
  marks: { conferenceId: string }[],
  notes: { id: string; conferenceId: string }[],
  settingKeys: string[],
): void {
  const current = conference.value?.id;
  const markConferences = new Set(marks.map((m) => m.conferenceId));
  if (current) markConferences.add(current);
  for (const conferenceId of markConferences) announceEverywhere({ type: 'marks-changed', conferenceId });
  const noteIds = new Map<string, Set<string>>(current ? [[current, new Set()]] : []);
  for (const n of notes) {
    if (!noteIds.has(n.conferenceId)) noteIds.set(n.conferenceId, new Set());
    noteIds.get(n.conferenceId)!.add(n.id);
  }
  for (const [conferenceId, ids] of noteIds)
    announceEverywhere({ type: 'notes-changed', conferenceId, noteIds: [...ids] });
  announceEverywhere({ type: 'settings-changed', keys: settingKeys });
}

/** Deletes everything the person stored, tells other tabs, and starts this page afresh. */
export async function deleteAllData(): Promise<void> {
  const before = await readPersonalData().catch(() => ({ marks: [], notes: [], settings: [] }));
  await deleteAllPersonalData();
  clearMirroredSettings();
  // First, so that a field typing in another tab stops saving before it re-reads anything.
  announceEverywhere({ type: 'data-wiped', reason: 'deleteAll' });
  announceChanges(
    before.marks,
    before.notes,
    before.settings.map((s) => s.key),
  );
  announceEverywhere({ type: 'conferences-changed', conferenceIds: [] });
  window.location.reload();
}
