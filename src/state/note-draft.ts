import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import { isTooLong, type Note, type NoteDraftInput } from '../domain/note';
import type { TabMessage } from '../sw/messages';
import { dropNoteJournal, getNote, journalNote, newNoteId, pendingJournal, saveNote } from '../store/notes';
import { broadcast } from './tab-sync';
import { noteStored } from './notes';
import { requestPersistenceOnce } from './storage';
import { failureOf, type SaveFailure } from './save-failure';

/**
 * The note being edited in one text field, as a state machine: what the field holds, what is
 * stored, and whether it may save; the status the field shows is derived from that. Its events
 * (typing, page hide, other tabs, updates, the database connection) are wired by the view's
 * `useNoteDraft` hook. It never lets a second tab's save silently overwrite this one's or the
 * other way round, and never brings back what "delete all" in another tab removed unasked.
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
  /** Over the size limit: the text before it is saved; the rest is not. */
  | { kind: 'tooLong' }
  /** Not saving until the person decides (the note was deleted elsewhere): see the notice. */
  | { kind: 'held' }
  | ({ kind: 'failed' } & SaveFailure);

export type DraftNotice =
  /** Another tab saved other text first: this tab's text became its own note. */
  | { kind: 'conflict'; otherId: string }
  /** Another tab saved while nothing was typed here: this field shows their text now. */
  | { kind: 'updatedElsewhere' }
  /** Another tab saved while this one has unsaved text: ours will be kept as its own version. */
  | { kind: 'changedElsewhere' }
  /**
   * Another tab deleted all data, replaced it from a backup, or deleted this note. `unsaved`:
   * this field holds text that is not stored, kept only if the person says so.
   */
  | { kind: 'wiped'; by: 'deleteAll' | 'replace' | 'deleted'; unsaved: boolean }
  | null;

/** Which note a field edits. */
export interface DraftTarget {
  id: string;
  conferenceId: string;
  sessionGuid: string | null;
}

/** Forces a conflict check on the next save: another tab changed the note under unsaved text. */
const UNKNOWN_REV = -1;

type Phase =
  /** Reading the stored note; the field is read-only. */
  | 'loading'
  /** The database open waits for another tab (an older version): the field takes text, journaled. */
  | 'waiting'
  | 'ready';

/** One text field's note: create, `load()`, then feed it the field's and the page's events. */
export class NoteDraft {
  private readonly _text = signal('');
  /** The text known to be stored (what "saved" compares with). */
  private readonly savedText = signal('');
  /** When `savedText` was stored; undefined while nothing is. */
  private readonly savedAt = signal<number | undefined>(undefined);
  private readonly phase = signal<Phase>('loading');
  private readonly failure = signal<SaveFailure | null>(null);
  private readonly _notice = signal<DraftNotice>(null);
  /** The note being edited; after a conflict, the id of this tab's own copy. */
  readonly id: Signal<string>;

  readonly text: ReadonlySignal<string> = this._text;
  readonly notice: ReadonlySignal<DraftNotice> = this._notice;
  readonly status: ReadonlySignal<DraftStatus> = computed(() => {
    const failure = this.failure.value;
    if (this.phase.value === 'loading') return { kind: 'loading' };
    if (this.held) return { kind: 'held' };
    if (isTooLong(this._text.value)) return { kind: 'tooLong' };
    if (failure) return { kind: 'failed', ...failure };
    if (this._text.value !== this.savedText.value || this.phase.value === 'waiting') return { kind: 'pending' };
    const at = this.savedAt.value;
    return at === undefined ? { kind: 'empty' } : { kind: 'saved', at };
  });

  private baseRev = 0;
  private conflictOf: string | undefined;
  /** The last text within the size limit: what a save writes while the field is over it. */
  private lastGood = '';
  /** Typed before the stored note could be read (the open was waiting for another tab). */
  private typedEarly = false;
  /** After the browser lost the database (storage cleared), a missing note is written back. */
  private rewriteIfGone = false;
  /** The text a save is writing right now, if any. */
  private inFlight: string | undefined;
  /** A journal entry was written since the last save (the next save or no-op drops it). */
  private journaled = false;
  /** Journal entries written so far: tells whether one was written while a save was under way. */
  private journalWrites = 0;
  /** This field's own journal key: another tab's save must never drop this tab's entry. */
  private journalId = newNoteId();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Loads, saves and refreshes run one after another, so each sees the last one's rev. */
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly target: DraftTarget) {
    this.id = signal(target.id);
  }

  /** True while the field holds text that is not stored. */
  get dirty(): boolean {
    return this._text.value !== this.savedText.value;
  }

  private get held(): boolean {
    const notice = this._notice.value;
    return notice?.kind === 'wiped' && notice.unsaved;
  }

  /** Reads the stored note into the field (and what the journal still holds for it). */
  load(): Promise<void> {
    return this.enqueue(() => this.read());
  }

  /** The database open waits for another tab: let the person type meanwhile (journaled). */
  waiting(): void {
    if (this.phase.value === 'loading') this.phase.value = 'waiting';
  }

  /** The browser closed the database (storage cleared): what is in the field is written back. */
  connectionLost(): void {
    this.rewriteIfGone = true;
  }

  /** The person typed: keep the text and save it soon. */
  input(text: string): void {
    this._text.value = text;
    if (!isTooLong(text)) this.lastGood = text;
    if (this.phase.value === 'waiting') this.typedEarly = true;
    if (this.held) return;
    // Over the limit, the save still due writes the text before it (this.lastGood).
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.phase.value === 'waiting') this.journal(true);
      void this.flush();
    }, SAVE_DELAY_MS);
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
    if (this.phase.value !== 'loading' && !this.held && this.lastGood !== this.savedText.value) {
      this.journal(this.failure.value !== null || this.phase.value === 'waiting');
    }
    return this.flush();
  }

  /**
   * An update wants to reload the page: save first. True when nothing typed would be lost by the
   * reload (saved, or kept in the journal for the next start, and the notice says so).
   */
  async beforeReload(): Promise<boolean> {
    await this.flush();
    if (this.held || this.lastGood === this.savedText.value) return true;
    const kept = this.journal(true);
    const failure = this.failure.value;
    if (failure) this.failure.value = { ...failure, journaled: kept };
    return kept;
  }

  /** Another tab changed stored data. */
  tabMessage(message: TabMessage): void {
    if (message.type === 'data-wiped') this.wiped(message.reason);
    else if (message.type === 'notes-changed' && message.conferenceId === this.target.conferenceId) {
      if (message.noteIds.length === 0 || message.noteIds.includes(this.id.value)) void this.enqueue(() => this.refresh());
    }
  }

  /** After a wipe elsewhere: keep this field's text, as a new note written now. */
  keepText(): Promise<void> {
    this.baseRev = 0;
    this.conflictOf = undefined;
    this.savedText.value = '';
    this.savedAt.value = undefined;
    this._notice.value = null;
    return this.flush();
  }

  /** After a wipe elsewhere: let this field's text go too. */
  discardText(): void {
    this._notice.value = null;
    this.lastGood = '';
    this._text.value = '';
    this.savedText.value = '';
    this.savedAt.value = undefined;
    this.baseRev = 0;
    void dropNoteJournal(this.journalId).catch(() => {});
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(task, task);
    return this.queue;
  }

  private async read(): Promise<void> {
    try {
      const stored = await getNote(this.id.value);
      // Text the journal kept for this note (a disk that was full, a page closed mid-save) wins
      // over the stored text: it is the later one, and the next save stores it with the usual check.
      const kept = await pendingJournal(this.id.value);
      if (this.typedEarly) this.continueFrom(stored, UNKNOWN_REV);
      else if (kept && kept.text !== stored?.text) {
        this.journalId = kept.journalId;
        this.conflictOf = kept.conflictOf;
        this.continueFrom(stored, kept.baseRev);
        this.setText(kept.text);
      } else if (stored) this.adopt(stored);
    } catch (error) {
      this.failure.value = failureOf(error);
    }
    this.phase.value = 'ready';
    if (this.dirty) void this.flush();
  }

  /** The stored note is the base, but the field's text is not (yet) it. */
  private continueFrom(stored: Note | undefined, rev: number): void {
    this.savedText.value = stored?.text ?? '';
    this.savedAt.value = stored?.updatedAt;
    this.baseRev = stored ? (stored.rev === rev ? rev : UNKNOWN_REV) : 0;
  }

  private setText(text: string): void {
    this._text.value = text;
    if (!isTooLong(text)) this.lastGood = text;
  }

  private adopt(note: Note): void {
    this.setText(note.text);
    this.savedText.value = note.text;
    this.baseRev = note.rev;
    this.conflictOf = note.conflictOf;
    this.savedAt.value = note.updatedAt;
  }

  private draftInput(text: string): NoteDraftInput {
    return {
      ...this.target,
      id: this.id.value,
      text,
      baseRev: this.baseRev,
      conflictOf: this.conflictOf,
      journalId: this.journalId,
      whenGone: this.rewriteIfGone ? 'write' : 'ask',
    };
  }

  /** Writes the field's last good text to the journal now. False when it could be written nowhere. */
  private journal(local: boolean): boolean {
    const ok = journalNote({ ...this.draftInput(this.lastGood), inFlightText: this.inFlight }, { local });
    if (ok) {
      this.journaled = true;
      this.journalWrites++;
    }
    return ok;
  }

  private async save(): Promise<void> {
    if (this.phase.value !== 'ready' || this.held) return;
    const text = this.lastGood;
    if (text === this.savedText.value) {
      if (this.journaled) {
        this.journaled = false;
        await dropNoteJournal(this.journalId).catch(() => {});
      }
      return;
    }
    this.inFlight = text;
    const journalWritesBefore = this.journalWrites;
    try {
      const decision = await saveNote(this.draftInput(text));
      if (decision.kind === 'gone') {
        // Deleted elsewhere while this save was under way: ask before writing it back.
        this._notice.value = { kind: 'wiped', by: 'deleted', unsaved: true };
        this.failure.value = null;
        return;
      }
      // saveNote dropped the journal entry in its transaction, unless the entry was written after
      // that transaction began (the page hid during this save): then the next save drops it.
      if (this.journalWrites === journalWritesBefore) this.journaled = false;
      if (decision.kind !== 'same') performance.mark(NOTE_SAVED_MARK);
      this.failure.value = null;
      this.rewriteIfGone = false;
      if (decision.kind === 'conflict') {
        const { theirs, copy } = decision;
        this.id.value = copy.id;
        this.baseRev = copy.rev;
        this.conflictOf = copy.conflictOf;
        this._notice.value = { kind: 'conflict', otherId: theirs.id };
        this.stored(text, copy.updatedAt);
        noteStored(theirs);
        noteStored(copy);
        broadcast({ type: 'notes-changed', conferenceId: copy.conferenceId, noteIds: [theirs.id, copy.id] });
        void requestPersistenceOnce();
        return;
      }
      const note = decision.note;
      this.baseRev = note.rev;
      this.stored(text, note.updatedAt);
      if (decision.kind === 'write') {
        noteStored(note);
        broadcast({ type: 'notes-changed', conferenceId: note.conferenceId, noteIds: [note.id] });
        if (note.rev === 1) void requestPersistenceOnce();
      }
    } catch (error) {
      // The text stays in the field and goes to the journal until a save succeeds.
      const journaled = this.journal(true);
      this.failure.value = { ...failureOf(error), journaled };
    } finally {
      this.inFlight = undefined;
    }
  }

  private stored(text: string, at: number): void {
    this.savedText.value = text;
    this.savedAt.value = at;
    // Typed on meanwhile (and not over the limit): the next save is due.
    if (this.lastGood !== text && !this.timer) this.timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  /** Another tab changed this note: follow it, or keep our unsaved text and say so. */
  private async refresh(): Promise<void> {
    if (this.held) return;
    let stored: Note | undefined;
    try {
      stored = await getNote(this.id.value);
    } catch {
      return;
    }
    if (!stored) {
      // Deleted elsewhere: an untouched field empties; typed text is saved again as new.
      if (!this.dirty) this.adopt({ ...emptyNote(this.target), id: this.id.value });
      if (!this.dirty) this.savedAt.value = undefined;
      this.baseRev = 0;
      return;
    }
    if (stored.rev === this.baseRev && stored.text === this.savedText.value) return;
    if (stored.text === this._text.value) {
      this.adopt(stored);
      return;
    }
    if (!this.dirty) {
      this.adopt(stored);
      this._notice.value = { kind: 'updatedElsewhere' };
      return;
    }
    this.baseRev = UNKNOWN_REV;
    this._notice.value = { kind: 'changedElsewhere' };
  }

  /** "Delete all" or a replacing restore in another tab: what it removed stays removed unless the person says. */
  private wiped(reason: 'deleteAll' | 'replace'): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const unsaved = this.dirty || this.inFlight !== undefined;
    this.savedText.value = '';
    this.savedAt.value = undefined;
    this.baseRev = 0;
    this.conflictOf = undefined;
    this.journaled = false;
    this._notice.value = { kind: 'wiped', by: reason, unsaved };
    if (unsaved) return;
    this.setText('');
    // What the other tab stored now (nothing after "delete all"; the backup's note after a replace).
    void this.enqueue(() => this.read());
  }
}

function emptyNote(target: DraftTarget): Note {
  return { ...target, text: '', createdAt: 0, updatedAt: 0, rev: 0 };
}
