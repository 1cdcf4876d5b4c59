import { type MarkRecord, type NoteRecord, type SettingRecord } from './db';
import { db as getDb } from './notes';
import { clearLocalJournal } from './journal';
import { scheduleSessionTitles, type PersonalData } from '../domain/backup';

/**
 * Backup, restore and "delete all my data": the writes that span marks, notes and settings,
 * each in one transaction so they happen completely or not at all.
 */

const PERSONAL_STORES = ['marks', 'notes', 'settings'] as const;

/** Everything the person created, read in one consistent snapshot. */
export async function readPersonalData(): Promise<PersonalData> {
  const db = await getDb();
  const tx = db.transaction(PERSONAL_STORES, 'readonly');
  const [marks, notes, settings] = await Promise.all([
    tx.objectStore('marks').getAll(),
    tx.objectStore('notes').getAll(),
    tx.objectStore('settings').getAll(),
  ]);
  await tx.done;
  return { marks: marks as PersonalData['marks'], notes, settings };
}

/**
 * Replaces marks, notes and settings with what `plan` makes of the current content, in one
 * transaction: if any write fails, nothing changes. `plan` must be synchronous (an IndexedDB
 * transaction closes when its task waits on anything else).
 */
export async function rewritePersonalData(plan: (current: PersonalData) => PersonalData): Promise<PersonalData> {
  const db = await getDb();
  const tx = db.transaction(PERSONAL_STORES, 'readwrite', { durability: 'strict' });
  const marks = tx.objectStore('marks');
  const notes = tx.objectStore('notes');
  const settings = tx.objectStore('settings');
  const [m, n, s] = await Promise.all([marks.getAll(), notes.getAll(), settings.getAll()]);
  let next: PersonalData;
  try {
    next = plan({ marks: m as PersonalData['marks'], notes: n, settings: s });
  } catch (error) {
    tx.abort();
    await tx.done.catch(() => {});
    throw error;
  }
  // Writes are queued without awaiting each: the transaction commits once all succeeded, and a
  // failed request aborts it (tx.done rejects), so the single requests' rejections are not needed.
  // A record IndexedDB refuses outright (no key, not cloneable) throws at once instead and
  // would NOT abort the transaction by itself: the clears would commit. So abort explicitly.
  const quietly = (request: Promise<unknown>) => void request.catch(() => {});
  try {
    quietly(marks.clear());
    quietly(notes.clear());
    quietly(settings.clear());
    for (const mark of next.marks) quietly(marks.put(mark as MarkRecord));
    for (const note of next.notes) quietly(notes.put(note as NoteRecord));
    for (const setting of next.settings) quietly(settings.put(setting as SettingRecord));
  } catch (error) {
    tx.abort();
    await tx.done.catch(() => {});
    throw error;
  }
  await tx.done;
  return next;
}

/**
 * Deletes every mark, note, setting, imported conference and journal entry, in one transaction
 * (a journal entry left would bring its text back at the next start).
 */
export async function deleteAllPersonalData(): Promise<void> {
  const db = await getDb();
  const stores = [...PERSONAL_STORES, 'conferences', 'journal'] as const;
  const tx = db.transaction(stores, 'readwrite', { durability: 'strict' });
  await Promise.all(stores.map((name) => tx.objectStore(name).clear()));
  await tx.done;
  clearLocalJournal();
}

/** The sessions (guid → title) of every conference stored in the database, by conference id. */
export async function storedConferenceSessions(): Promise<Map<string, Map<string, string>>> {
  const db = await getDb();
  const records = await db.getAll('conferences');
  const known = new Map<string, Map<string, string>>();
  for (const record of records) {
    try {
      known.set(record.id, scheduleSessionTitles(record.schedule));
    } catch {
      // A stored schedule of a shape this version does not read: its sessions count as unknown.
    }
  }
  return known;
}
