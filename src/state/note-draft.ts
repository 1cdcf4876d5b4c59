import { signal, type Signal } from '@preact/signals';
import { isTooLong, type Note, type NoteDraftInput } from '../domain/note';
import { dropNoteJournal, getNote, journalNote, newNoteId, saveNote } from '../store/notes';
import { onBeforeUpdate } from '../sw/bridge';
import { broadcast, onTabMessage } from './tab-sync';
import { noteStored, recoverNotes } from './notes';
import { requestPersistenceOnce } from './storage';

/**
 * The note being edited in one text field: saves as the person types (debounced), flushes at
 * once when the page hides, the field loses focus or an update wants to reload, and never
 * lets a second tab's save silently overwrite this one's or the other way round.
 */

/**
 * Keystroke to save: 300 ms batches a burst of typing into one write and stays well inside the
 * promised 500 ms; a durable write takes a few milliseconds on top.
 */
export const SAVE_DELAY_MS = 300;

/** Performance mark set when a note's write is durable (the benchmark measures keystroke to it). */
export const NOTE_SAVED_MARK = 'note-saved';

export type DraftStatus =
  | { kind: 'loading' }
  /** Nothing stored for this note yet. */
  | { kind: 'empty' }
  /** Typed, the save is scheduled or running. */
  | { kind: 'pending' }
  | { kind: 'saved'; at: number }
  /** Over the size limit: not saved; the last good text stays stored. */
  | { kind: 'tooLong' }
  | { kind: 'failed'; detail: string };

export type DraftNotice =
  /** Another tab saved other text first: this tab's text became its own note. */
  | { kind: 'conflict'; otherId: string }
  /** Another tab saved while nothing was typed here: this field shows their text now. */
  | { kind: 'updatedElsewhere' }
  /** Another tab saved while this one has unsaved text: ours will be kept as its own version. */
  | { kind: 'changedElsewhere' }
  | null;

/** Which note a field edits. */
export interface DraftTarget {
  id: string;
  conferenceId: string;
  sessionGuid: string | null;
}

/** Forces a conflict check on the next save: another tab changed the note under unsaved text. */
const UNKNOWN_REV = -1;

/** One text field's note: create, `load()`, `attach()`, then feed `input()`. */
export class NoteDraft {
  readonly text = signal('');
  readonly status = signal<DraftStatus>({ kind: 'loading' });
  readonly notice = signal<DraftNotice>(null);
  /** The note being edited; after a conflict, the id of this tab's own copy. */
  readonly id: Signal<string>;
  private baseRev = 0;
  private savedText = '';
  /** When the text in `savedText` was stored; undefined while nothing is. */
  private savedAt: number | undefined;
  private conflictOf: string | undefined;
  private loaded = false;
  /** The text a save is writing right now, if any. */
  private inFlight: string | undefined;
  /** A journal entry was written since the last save (the next save or no-op drops it). */
  private journaled = false;
  /** Journal entries written so far: tells whether one was written while a save was under way. */
  private journalWrites = 0;
  /** This field's own journal key: another tab's save must never drop this tab's entry. */
  private readonly journalId = newNoteId();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Loads, saves and refreshes run one after another, so each sees the last one's rev. */
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly target: DraftTarget) {
    this.id = signal(target.id);
  }

  /** True while the field holds text that is not stored. */
  get dirty(): boolean {
    return this.text.value !== this.savedText;
  }

  /** Reads the stored note into the field. */
  load(): Promise<void> {
    return this.enqueue(async () => {
      try {
        await recoverNotes();
        const stored = await getNote(this.id.value);
        if (stored) this.adopt(stored);
        else this.status.value = { kind: 'empty' };
      } catch (error) {
        this.status.value = { kind: 'failed', detail: describe(error) };
      }
      this.loaded = true;
    });
  }

  /** The person typed: keep the text and save it soon. */
  input(text: string): void {
    this.text.value = text;
    clearTimeout(this.timer);
    if (isTooLong(text)) {
      this.status.value = { kind: 'tooLong' };
      return;
    }
    if (this.status.value.kind !== 'failed') this.status.value = { kind: 'pending' };
    this.timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  /** Saves now (page hidden, field left, update coming); resolves when the write is on disk. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    return this.enqueue(() => this.save());
  }

  /**
   * The page is hiding, maybe for good: write the text to the journal in one synchronous step
   * (the browser may run nothing after this handler), then save as usual in case it lives on.
   */
  rescue(): Promise<void> {
    if (this.loaded && this.dirty && !isTooLong(this.text.value)) {
      if (journalNote({ ...this.draftInput(), inFlightText: this.inFlight, journalId: this.journalId })) {
        this.journaled = true;
        this.journalWrites++;
      }
    }
    return this.flush();
  }

  /** Starts listening to page, tab and update events; returns a stop that also flushes. */
  attach(): () => void {
    const onPageHide = () => void this.rescue();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void this.rescue();
    };
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onVisibility);
    const stopTabs = onTabMessage((message) => {
      if (message.type !== 'notes-changed' || message.conferenceId !== this.target.conferenceId) return;
      if (message.noteIds.length === 0 || message.noteIds.includes(this.id.value)) void this.enqueue(() => this.refresh());
    });
    const stopUpdate = onBeforeUpdate(() => this.flush());
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onVisibility);
      stopTabs();
      stopUpdate();
      void this.flush();
    };
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(task, task);
    return this.queue;
  }

  private adopt(note: Note): void {
    this.text.value = note.text;
    this.savedText = note.text;
    this.baseRev = note.rev;
    this.conflictOf = note.conflictOf;
    this.savedAt = note.updatedAt;
    this.status.value = { kind: 'saved', at: note.updatedAt };
  }

  private draftInput(): NoteDraftInput {
    return { ...this.target, id: this.id.value, text: this.text.value, baseRev: this.baseRev, conflictOf: this.conflictOf, journalId: this.journalId };
  }

  private async save(): Promise<void> {
    const text = this.text.value;
    if (!this.loaded) return;
    if (text === this.savedText) {
      if (this.status.value.kind === 'pending') this.status.value = this.savedAt === undefined ? { kind: 'empty' } : { kind: 'saved', at: this.savedAt };
      if (this.journaled) {
        this.journaled = false;
        await dropNoteJournal(this.journalId).catch(() => {});
      }
      return;
    }
    if (isTooLong(text)) {
      this.status.value = { kind: 'tooLong' };
      return;
    }
    this.inFlight = text;
    const journalWritesBefore = this.journalWrites;
    try {
      const decision = await saveNote(this.draftInput());
      // saveNote dropped the journal entry in its transaction, unless the entry was written after
      // that transaction began (the page hid during this save): then the next save drops it.
      if (this.journalWrites === journalWritesBefore) this.journaled = false;
      if (decision.kind !== 'same') performance.mark(NOTE_SAVED_MARK);
      this.savedText = text;
      if (decision.kind === 'conflict') {
        const { theirs, copy } = decision;
        this.id.value = copy.id;
        this.baseRev = copy.rev;
        this.conflictOf = copy.conflictOf;
        this.notice.value = { kind: 'conflict', otherId: theirs.id };
        noteStored(theirs);
        noteStored(copy);
        this.settled(copy.updatedAt);
        broadcast({ type: 'notes-changed', conferenceId: copy.conferenceId, noteIds: [theirs.id, copy.id] });
        void requestPersistenceOnce();
        return;
      }
      const note = decision.note;
      this.baseRev = note.rev;
      this.settled(note.updatedAt);
      if (decision.kind === 'write') {
        noteStored(note);
        broadcast({ type: 'notes-changed', conferenceId: note.conferenceId, noteIds: [note.id] });
        if (note.rev === 1) void requestPersistenceOnce();
      }
    } catch (error) {
      this.status.value = { kind: 'failed', detail: describe(error) };
    } finally {
      this.inFlight = undefined;
    }
  }

  /** After a save: "saved", unless the person typed on meanwhile (then the next save is due). */
  private settled(at: number): void {
    this.savedAt = at;
    if (this.text.value === this.savedText) this.status.value = { kind: 'saved', at };
    else if (isTooLong(this.text.value)) this.status.value = { kind: 'tooLong' };
    else this.status.value = { kind: 'pending' };
  }

  /** Another tab changed this note: follow it, or keep our unsaved text and say so. */
  private async refresh(): Promise<void> {
    let stored: Note | undefined;
    try {
      stored = await getNote(this.id.value);
    } catch {
      return;
    }
    if (!stored) {
      // Deleted elsewhere: an untouched field empties; typed text is saved again as new.
      if (!this.dirty) this.adopt({ ...emptyNote(this.target), id: this.id.value });
      this.baseRev = 0;
      if (!this.dirty) this.status.value = { kind: 'empty' };
      return;
    }
    if (stored.rev === this.baseRev && stored.text === this.savedText) return;
    if (stored.text === this.text.value) {
      this.adopt(stored);
      return;
    }
    if (!this.dirty) {
      this.adopt(stored);
      this.notice.value = { kind: 'updatedElsewhere' };
      return;
    }
    this.baseRev = UNKNOWN_REV;
    this.notice.value = { kind: 'changedElsewhere' };
  }
}

function emptyNote(target: DraftTarget): Note {
  return { ...target, text: '', createdAt: 0, updatedAt: 0, rev: 0 };
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
