import { computed, signal } from '@preact/signals';
import type { Note } from '../domain/note';
import { describeNotes, type NoteEntry } from '../domain/note-view';
import { deleteNote, listNotes, newNoteId, setJournalReplayListener } from '../store/notes';
import { conference } from './conference';
import { announceEverywhere, broadcast, onTabMessage } from './tab-sync';
import { notes } from './note-list';

/**
 * The notes of the conference on screen, kept fresh: loaded once, updated by this tab's saves
 * and re-read when another tab says notes changed.
 */

export type NotesLoad = 'idle' | 'loading' | 'ready' | 'error';

export { notes };
export const notesLoad = signal<NotesLoad>('idle');
/** The conference whose notes `notes` holds. */
let loadedFor: string | null = null;
let unsubscribe: (() => void) | null = null;
let generation = 0;

/** The conference's notes as the Notizen screen lists them: with sessions, newest first. */
export const noteEntries = computed<NoteEntry[]>(() => {
  const conf = conference.value;
  return conf ? describeNotes(notes.value, conf) : [];
});

/** Loads the notes of `conferenceId` unless they are loaded already; safe to call on every render. */
export function ensureNotes(conferenceId: string): void {
  unsubscribe ??= onTabMessage((message) => {
    if (message.type === 'notes-changed' && loadedFor !== null && message.conferenceId === loadedFor) void reloadNotes(loadedFor);
  });
  if (loadedFor !== conferenceId) void reloadNotes(conferenceId);
}

// The notes store replays the journal on its first use (src/store/notes.ts): every tab re-reads
// what that saved, this one included (its list may have been read in the same moment).
setJournalReplayListener((decisions) => {
  for (const d of decisions) {
    if (d.kind === 'write' || d.kind === 'conflict') {
      const changed = d.kind === 'conflict' ? d.copy : d.note;
      announceEverywhere({ type: 'notes-changed', conferenceId: changed.conferenceId, noteIds: [changed.id] });
    }
  }
});

/** Re-reads the notes of `conferenceId` from the database. */
export async function reloadNotes(conferenceId: string): Promise<void> {
  const mine = ++generation;
  if (loadedFor !== conferenceId) {
    loadedFor = conferenceId;
    notes.value = [];
    notesLoad.value = 'loading';
  }
  try {
    const list = await listNotes(conferenceId);
    if (mine !== generation) return;
    notes.value = list;
    notesLoad.value = 'ready';
  } catch (error) {
    console.error(error);
    if (mine === generation) notesLoad.value = 'error';
  }
}

/** Puts a just-saved note into the list (the one write path from the editor into the list). */
export function noteStored(note: Note): void {
  if (note.conferenceId !== loadedFor) return;
  const list = notes.value;
  const at = list.findIndex((n) => n.id === note.id);
  notes.value = at === -1 ? [...list, note] : list.map((n, i) => (i === at ? note : n));
}

/** Deletes a note for good (the person asked, and confirmed). */
export async function removeNote(note: Note): Promise<void> {
  await deleteNote(note.id);
  notes.value = notes.value.filter((n) => n.id !== note.id);
  broadcast({ type: 'notes-changed', conferenceId: note.conferenceId, noteIds: [note.id] });
}

/** Forgets what is loaded (tests; after "delete all"). */
export function resetNotes(): void {
  generation++;
  loadedFor = null;
  notes.value = [];
  notesLoad.value = 'idle';
}

/** An id for a new free note; nothing is stored until the person types. */
export function newFreeNoteId(): string {
  return newNoteId();
}

/** The Notizen screen's search text: kept while the person visits other screens and comes back. */
export const notesSearch = signal('');
