import { currentDb, type Db, type JournalRecord } from './db';

/**
 * The note journal: what a text field holds but could not store yet, written in one synchronous
 * step. Two places, because each fails where the other works:
 * - the `journal` object store, for the moment the page hides (a request issued right away is
 *   committed; one that first waits for anything is not);
 * - localStorage, when IndexedDB cannot take it: the connection was given up to a newer version,
 *   the disk is full, the open is blocked by another tab, or the browser closed the connection.
 * Both are replayed into the notes, with the two-tab check, when the notes store is first opened
 * (src/store/notes.ts), and an entry is dropped in the transaction that stores its text.
 */

const DURABLE: IDBTransactionOptions = { durability: 'strict' };
/** localStorage keys of the fallback journal (one per field, like the store's). */
const LOCAL_PREFIX = 'tagesbegleiter:note-journal:';

/** Writes an entry to the journal store now, in one step. False when no connection is open or it is refused. */
export function journalToStore(entry: JournalRecord): boolean {
  const db = currentDb();
  if (!db) return false;
  try {
    const tx = db.transaction('journal', 'readwrite', DURABLE);
    tx.store.put(entry).catch(() => {});
    tx.done.catch(() => {});
    // Commit now: the usual commit when this task ends may never be sent by a page being unloaded.
    if (typeof tx.commit === 'function') tx.commit();
    return true;
  } catch {
    // The connection was closed under us (upgrade elsewhere, storage cleared).
    return false;
  }
}

/** Writes an entry to localStorage. False when there is none or it is full. */
export function journalToLocal(entry: JournalRecord): boolean {
  try {
    localStorage.setItem(LOCAL_PREFIX + entry.journalId, JSON.stringify(entry));
    return true;
  } catch {
    return false;
  }
}

/** Forgets a field's local entry (its text is stored now, or the person discarded it). */
export function dropLocalJournal(journalId: string): void {
  try {
    localStorage.removeItem(LOCAL_PREFIX + journalId);
  } catch {
    // No localStorage: there is nothing in it either.
  }
}

export function isJournalEntry(value: unknown): value is JournalRecord {
  const d = value as Partial<JournalRecord> | null;
  return (
    typeof d === 'object' && d !== null && typeof d.id === 'string' && typeof d.conferenceId === 'string' &&
    typeof d.text === 'string' && typeof d.baseRev === 'number' && typeof d.journalId === 'string' &&
    (d.sessionGuid === null || typeof d.sessionGuid === 'string')
  );
}

/** Every local entry, by its key. Unreadable ones are left where they are. */
export function localJournal(): JournalRecord[] {
  const entries: JournalRecord[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key?.startsWith(LOCAL_PREFIX)) continue;
      try {
        const entry: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
        if (isJournalEntry(entry)) entries.push(entry);
      } catch {
        // Not ours to interpret: keep it rather than lose a text.
      }
    }
  } catch {
    // No localStorage.
  }
  return entries;
}

/** Every entry of both journals; for one note id, the newest text first where both have it. */
export async function allJournalEntries(db: Db): Promise<JournalRecord[]> {
  const stored = await db.getAll('journal');
  const local = localJournal();
  const byId = new Map<string, JournalRecord>(stored.map((e) => [e.journalId, e]));
  // A local entry is written only after the store could not take the text: it is the later one.
  for (const entry of local) byId.set(entry.journalId, entry);
  return [...byId.values()];
}

/** The journal's text for one note, if a field left one (the newest of them). */
export async function journalFor(db: Db, noteId: string): Promise<JournalRecord | undefined> {
  const entries = (await allJournalEntries(db)).filter((e) => e.id === noteId);
  return entries.at(-1);
}

/** Forgets every local entry ("delete all my data"). */
export function clearLocalJournal(): void {
  for (const entry of localJournal()) dropLocalJournal(entry.journalId);
}

