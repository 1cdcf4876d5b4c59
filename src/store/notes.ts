import { getDb, type Db, type NoteRecord } from './db';
import { decideSave, type NoteDraftInput, type SaveDecision } from '../domain/note';

/**
 * Notes in IndexedDB: read, save with the two-tab check, delete, and the page-hide journal.
 * Every write is one transaction with `durability: 'strict'`, so "saved" means on disk, even if
 * the browser is killed right after (Chromium's default "relaxed" may lose the last writes).
 */

const DURABLE: IDBTransactionOptions = { durability: 'strict' };

/**
 * Journal entries live in the settings store under this prefix: a draft written in one
 * synchronous step when the page hides, replayed (with the two-tab check) on the next start.
 */
export const JOURNAL_PREFIX = 'note-journal:';
/** The journal's key range: every key that starts with the prefix. */
const JOURNAL_END = `${JOURNAL_PREFIX}\uffff`;

/** The open connection, kept for the one write that must be issued synchronously (page hide). */
let openDb: Db | undefined;

async function db(): Promise<Db> {
  openDb = await getDb();
  return openDb;
}

/** A fresh id for a free note or a conflict copy. */
export function newNoteId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Old browsers without randomUUID (non-secure contexts): time plus randomness is unique enough per device.
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}

/** One note by id, or undefined. */
export async function getNote(id: string): Promise<NoteRecord | undefined> {
  return (await db()).get('notes', id);
}

/** All notes of one conference (any order). */
export async function listNotes(conferenceId: string): Promise<NoteRecord[]> {
  return (await db()).getAllFromIndex('notes', 'byConference', conferenceId);
}

/** How many notes are stored at all (every conference). */
export async function countNotes(): Promise<number> {
  return (await db()).count('notes');
}

/**
 * Saves a draft against the rev it was loaded from. If another tab saved other text in
 * between, theirs stays and this text is stored as a conflict copy; the caller says so.
 * The field's journal entry (`journalId`) is dropped in the same transaction: its text is stored now.
 */
export async function saveNote(draft: NoteDraftInput, now = Date.now()): Promise<SaveDecision> {
  const tx = (await db()).transaction(['notes', 'settings'], 'readwrite', DURABLE);
  const notes = tx.objectStore('notes');
  const decision = decideSave(await notes.get(draft.id), draft, now, newNoteId);
  const toWrite = decision.kind === 'write' ? decision.note : decision.kind === 'conflict' ? decision.copy : null;
  try {
    // A failed request aborts the transaction and tx.done rejects: that is the error the caller sees.
    if (toWrite) notes.put(toWrite).catch(() => {});
    if (draft.journalId) tx.objectStore('settings').delete(JOURNAL_PREFIX + draft.journalId).catch(() => {});
  } catch (error) {
    // Refused outright (e.g. not cloneable): nothing was written; end the transaction cleanly.
    tx.abort();
    await tx.done.catch(() => {});
    throw error;
  }
  await tx.done;
  return decision;
}

/**
 * Writes a draft to the journal in one synchronous step, for the moment the page hides: the
 * browser runs no further callbacks of a page being unloaded, so a save that first reads the
 * stored note never finishes, while a request issued right away is committed. Returns false
 * when no connection is open yet or the write cannot be issued.
 */
export function journalNote(draft: NoteDraftInput): boolean {
  if (!openDb || !draft.journalId) return false;
  try {
    const tx = openDb.transaction('settings', 'readwrite', DURABLE);
    tx.store.put({ key: JOURNAL_PREFIX + draft.journalId, value: draft }).catch(() => {});
    tx.done.catch(() => {});
    // Commit now: the usual commit when this task ends may never be sent by a page being unloaded.
    if (typeof tx.commit === 'function') tx.commit();
    return true;
  } catch {
    // The connection was closed (an upgrade in another tab, storage cleared): the async flush still runs.
    return false;
  }
}

function isDraft(value: unknown): value is NoteDraftInput {
  const d = value as Partial<NoteDraftInput> | null;
  return (
    typeof d === 'object' && d !== null && typeof d.id === 'string' && typeof d.conferenceId === 'string' &&
    typeof d.text === 'string' && typeof d.baseRev === 'number' && (d.sessionGuid === null || typeof d.sessionGuid === 'string')
  );
}

/**
 * Saves what the journal holds (left by a page that went away before its save finished),
 * with the same two-tab check as any save, and empties the journal. One transaction.
 */
export async function replayNoteJournal(now = Date.now()): Promise<SaveDecision[]> {
  const tx = (await db()).transaction(['notes', 'settings'], 'readwrite', DURABLE);
  const settings = tx.objectStore('settings');
  const notes = tx.objectStore('notes');
  const entries = await settings.getAll(IDBKeyRange.bound(JOURNAL_PREFIX, JOURNAL_END));
  const decisions: SaveDecision[] = [];
  for (const entry of entries) {
    if (isDraft(entry.value)) {
      const decision = decideSave(await notes.get(entry.value.id), entry.value, now, newNoteId);
      if (decision.kind === 'write') await notes.put(decision.note);
      if (decision.kind === 'conflict') await notes.put(decision.copy);
      decisions.push(decision);
    }
    await settings.delete(entry.key);
  }
  await tx.done;
  return decisions;
}

/** Drops one field's journal entry (its text is stored by now). */
export async function dropNoteJournal(journalId: string): Promise<void> {
  await (await db()).delete('settings', JOURNAL_PREFIX + journalId);
}

/** True for a settings key that is a journal entry, not a setting (left out of backups). */
export function isJournalKey(key: string): boolean {
  return key.startsWith(JOURNAL_PREFIX);
}

/** Deletes one note and its photos, in one transaction (only when the person asks for it). */
export async function deleteNote(id: string): Promise<void> {
  const tx = (await db()).transaction(['notes', 'photos'], 'readwrite', DURABLE);
  const photos = tx.objectStore('photos');
  const photoIds = await photos.index('byNote').getAllKeys(id);
  await Promise.all([tx.objectStore('notes').delete(id), ...photoIds.map((key) => photos.delete(key))]);
  await tx.done;
}
