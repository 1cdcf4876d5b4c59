import { buildBackup, backupToJson, parseBackup, planRestore, type BackupParseResult, type RestoreMode } from '../domain/backup';
import { BACKUP_MAX_BYTES, type Backup } from '../domain/backup-schema';
import { localDate } from '../domain/format';
import { deleteAllPersonalData, readPersonalData, rewritePersonalData, storedConferenceSessions } from '../store/backup';
import { newNoteId } from '../store/notes';
import { clearMirroredSettings } from '../store/settings';
import { strings } from '../i18n/screens';
import { conference } from './conference';
import { announceEverywhere } from './tab-sync';

/**
 * Backup, restore and "delete all my data" as the settings screen calls them. A restore is
 * checked completely before anything is written, and written in one transaction.
 */

/** The sessions this app knows, by conference: the one on screen, then the stored ones. */
async function sessionTitles(): Promise<Map<string, Map<string, string>>> {
  const known = await storedConferenceSessions().catch(() => new Map<string, Map<string, string>>());
  const current = conference.value;
  if (current) known.set(current.id, new Map(current.sessions.map((s) => [s.guid, s.title])));
  return known;
}

/** The backup file: its name, its JSON text and whether it is too large to restore here. */
export async function makeBackupFile(now = new Date()): Promise<{ name: string; text: string; tooLargeToRestore: boolean }> {
  const [data, titles] = await Promise.all([readPersonalData(), sessionTitles()]);
  const backup = buildBackup(data, (cid, guid) => (titles.has(cid) ? (titles.get(cid)!.get(guid) ?? null) : undefined), now, strings.value.appName);
  const text = backupToJson(backup);
  const timeZone = conference.value?.timeZone ?? 'Europe/Berlin';
  return {
    name: strings.value.settings.backupFileName(localDate(now, timeZone)),
    text,
    tooLargeToRestore: new Blob([text]).size > BACKUP_MAX_BYTES,
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
export async function restoreBackup(backup: Backup, mode: RestoreMode): Promise<{ marks: number; notes: number }> {
  let before: { marks: { conferenceId: string }[]; notes: { id: string; conferenceId: string }[] } = { marks: [], notes: [] };
  const after = await rewritePersonalData((current) => {
    before = current;
    return planRestore(current, backup, mode, newNoteId);
  });
  // A replace is authoritative: open note fields must not write back what it removed unasked.
  if (mode === 'replace') announceEverywhere({ type: 'data-wiped', reason: 'replace' });
  announceChanges([...before.marks, ...after.marks], [...before.notes, ...after.notes], after.settings.map((s) => s.key));
  return { marks: after.marks.length, notes: after.notes.filter((n) => n.text.trim() !== '').length };
}

function announceChanges(marks: { conferenceId: string }[], notes: { id: string; conferenceId: string }[], settingKeys: string[]): void {
  const current = conference.value?.id;
  const markConferences = new Set(marks.map((m) => m.conferenceId));
  if (current) markConferences.add(current);
  for (const conferenceId of markConferences) announceEverywhere({ type: 'marks-changed', conferenceId });
  const noteIds = new Map<string, Set<string>>(current ? [[current, new Set()]] : []);
  for (const n of notes) {
    if (!noteIds.has(n.conferenceId)) noteIds.set(n.conferenceId, new Set());
    noteIds.get(n.conferenceId)!.add(n.id);
  }
  for (const [conferenceId, ids] of noteIds) announceEverywhere({ type: 'notes-changed', conferenceId, noteIds: [...ids] });
  announceEverywhere({ type: 'settings-changed', keys: settingKeys });
}

/** Deletes everything the person stored, tells other tabs, and starts this page afresh. */
export async function deleteAllData(): Promise<void> {
  const before = await readPersonalData().catch(() => ({ marks: [], notes: [], settings: [] }));
  await deleteAllPersonalData();
  clearMirroredSettings();
  // First, so that a field typing in another tab stops saving before it re-reads anything.
  announceEverywhere({ type: 'data-wiped', reason: 'deleteAll' });
  announceChanges(before.marks, before.notes, before.settings.map((s) => s.key));
  announceEverywhere({ type: 'conferences-changed', conferenceIds: [] });
  window.location.reload();
}
