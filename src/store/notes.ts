import { getDb, type Db, type JournalRecord, type NoteRecord } from './db';
import { decideSave, type NoteDraftInput, type SaveDecision } from '../domain/note';
import { LEGACY_JOURNAL_PREFIX } from '../domain/legacy-journal';
import { allJournalEntries, dropLocalJournal, journalFor, journalToLocal, journalToStore } from './journal';

/**
 * Notes in IndexedDB: read, save with the two-tab check, delete, and the journal (./journal.ts).
 * Every write is one transaction with `durability: 'strict'`, so "saved" means on disk, even if
 * the browser is killed right after (Chromium's default "relaxed" may lose the last writes).
 * The journal is replayed on each connection's first use here, so no reader can forget it.
 */

const DURABLE: IDBTransactionOptions = { durability: 'strict' };

/** Replays per connection: the first read or write on it waits for the journal to be saved. */
const replays = new WeakMap<Db, Promise<unknown>>();
let onReplayed: (decisions: SaveDecision[]) => void = () => {};
/** Who to tell about notes the journal saved (the state layer tells the other tabs). */
export function setJournalReplayListener(listener: (decisions: SaveDecision[]) => void): void {
  onReplayed = listener;
}

/** The connection, once the journal has been saved into the notes: every reader of notes goes through it. */
export async function db(): Promise<Db> {
  const connection = await getDb();
  let replay = replays.get(connection);
  if (!replay) {
    replay = replayOn(connection, Date.now()).then(
      (decisions) => onReplayed(decisions),
      // Disk full, say: the entries stay in the journal, and the field shows them (journalFor).
      (error: unknown) => console.error(error),
    );
    replays.set(connection, replay);
  }
  await replay;
  return connection;
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

/** A journal entry some field left for this note and that could not be saved yet. */
export async function pendingJournal(id: string): Promise<JournalRecord | undefined> {
  return journalFor(await db(), id);
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
  const tx = (await db()).transaction(['notes', 'journal'], 'readwrite', DURABLE);
  const notes = tx.objectStore('notes');
  const decision = decideSave(await notes.get(draft.id), draft, now, newNoteId);
  const toWrite = decision.kind === 'write' ? decision.note : decision.kind === 'conflict' ? decision.copy : null;
  try {
    // A failed request aborts the transaction and tx.done rejects: that is the error the caller sees.
    if (toWrite) notes.put(toWrite).catch(() => {});
    if (draft.journalId && decision.kind !== 'gone')
      tx.objectStore('journal')
        .delete(draft.journalId)
        .catch(() => {});
  } catch (error) {
    // Refused outright (e.g. not cloneable): nothing was written; end the transaction cleanly.
    tx.abort();
    await tx.done.catch(() => {});
    throw error;
  }
  await tx.done;
  if (draft.journalId && decision.kind !== 'gone') dropLocalJournal(draft.journalId);
  return decision;
}

/**
 * Writes a draft to the journal in one synchronous step, for the moment the page hides: the
 * browser runs no further callbacks of a page being unloaded, so a save that first reads the
 * stored note never finishes, while a request issued right away is committed. `local` also
 * writes it to localStorage (IndexedDB may not take it: a failed save, no connection).
 * Returns false when it could be written nowhere.
 */
export function journalNote(draft: NoteDraftInput, options: { local?: boolean } = {}): boolean {
  if (!draft.journalId) return false;
  const entry = { ...draft, journalId: draft.journalId };
  const inStore = journalToStore(entry);
  const inLocal = options.local || !inStore ? journalToLocal(entry) : false;
  return inStore || inLocal;
}

/**
 * Saves what the journals hold (left by a page that went away before its save finished, or that
 * could not save), with the same two-tab check as any save, and empties them. One transaction.
 */
export async function replayNoteJournal(now = Date.now()): Promise<SaveDecision[]> {
  const connection = await getDb();
  const replay = replayOn(connection, now);
  replays.set(
    connection,
    replay.catch(() => {}),
  );
  return replay;
}

async function replayOn(connection: Db, now: number): Promise<SaveDecision[]> {
  const entries = await allJournalEntries(connection);
  if (entries.length === 0) return [];
  const tx = connection.transaction(['notes', 'journal'], 'readwrite', DURABLE);
  const notes = tx.objectStore('notes');
  const journal = tx.objectStore('journal');
  const decisions: SaveDecision[] = [];
  for (const entry of entries) {
    // A journal entry is text someone typed: written even where its note was deleted meanwhile.
    const decision = decideSave(await notes.get(entry.id), { ...entry, whenGone: 'write' }, now, newNoteId);
    if (decision.kind === 'write') await notes.put(decision.note);
    if (decision.kind === 'conflict') await notes.put(decision.copy);
    decisions.push(decision);
    await journal.delete(entry.journalId);
  }
  await tx.done;
  for (const entry of entries) dropLocalJournal(entry.journalId);
  return decisions;
}

/** Drops one field's journal entries (its text is stored by now, or was discarded). */
export async function dropNoteJournal(journalId: string): Promise<void> {
  dropLocalJournal(journalId);
  await (await getDb()).delete('journal', journalId);
}

/** True for a settings key that was a journal entry (database version 3 kept them in the settings store). */
export function isJournalKey(key: string): boolean {
  return key.startsWith(LEGACY_JOURNAL_PREFIX);
}

/** Deletes one note and its photos, in one transaction (only when the person asks for it). */
export async function deleteNote(id: string): Promise<void> {
  const tx = (await db()).transaction(['notes', 'photos'], 'readwrite', DURABLE);
  const photos = tx.objectStore('photos');
  const photoIds = await photos.index('byNote').getAllKeys(id);
  await Promise.all([tx.objectStore('notes').delete(id), ...photoIds.map((key) => photos.delete(key))]);
  await tx.done;
}
