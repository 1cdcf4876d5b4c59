/**
 * What a note is and how a save decides between "write", "nothing to do" and "someone else
 * changed it meanwhile". Pure: the store applies the decision inside one transaction.
 */

/** A note as stored (same shape as the store's NoteRecord). `sessionGuid` null for a free note. */
export interface Note {
  id: string;
  conferenceId: string;
  sessionGuid: string | null;
  text: string;
  createdAt: number;
  updatedAt: number;
  /** Grows by one with every save; a save names the rev it started from (two-tab safety). */
  rev: number;
  /** Set on a version kept because two tabs edited the same note: the id of the original note. */
  conflictOf?: string;
}

/**
 * The longest note the app stores, in UTF-16 code units (what `string.length` counts).
 * Two million: a dense page of notes is about 3,000 characters, so this is some 600 pages,
 * far beyond a conference day, while a megabyte of pasted text still fits. It keeps one note
 * small enough that a backup of a day's notes stays under the 10 MB a restore accepts.
 */
export const NOTE_MAX_CHARS = 2_000_000;

/** How a session note's id starts (free notes and conflict copies have random ids). */
export const SESSION_NOTE_PREFIX = 'session:';

/** The id of the one note that belongs to a session; the same in every tab, so two tabs meet. */
export function sessionNoteId(conferenceId: string, sessionGuid: string): string {
  return `${SESSION_NOTE_PREFIX}${conferenceId}:${sessionGuid}`;
}

/** True when `text` is over the size limit (and so is not saved). */
export function isTooLong(text: string): boolean {
  return text.length > NOTE_MAX_CHARS;
}

/** What the person typed, and which stored version they started from. */
export interface NoteDraftInput {
  id: string;
  conferenceId: string;
  sessionGuid: string | null;
  text: string;
  /** The rev the text was loaded from; 0 for a note not stored yet. */
  baseRev: number;
  /** For a draft that already is a conflict copy, the id it split from. */
  conflictOf?: string;
  /**
   * A journal entry (written as the page hid) may have been written while this tab's own save
   * of `inFlightText` was under way: if that save landed, its rev counts as the base.
   */
  inFlightText?: string;
  /** The journal entry this field writes as the page hides (one per open field, never shared by tabs). */
  journalId?: string;
  /**
   * A note stored before (baseRev > 0) and gone now was deleted elsewhere. 'write' (the default)
   * stores the text again; 'ask' stores nothing, so the field can ask the person first ("delete all"
   * in another tab must not be undone by a save that was under way).
   */
  whenGone?: 'write' | 'ask';
}

/** What a save should do. */
export type SaveDecision =
  /** Store `note` (a new note, or the next rev of the stored one). */
  | { kind: 'write'; note: Note }
  /** The stored note already holds this text: nothing to write; adopt its rev. */
  | { kind: 'same'; note: Note }
  /** Another tab saved in between with other text: keep theirs untouched, store ours as `copy`. */
  | { kind: 'conflict'; theirs: Note; copy: Note }
  /** The note was deleted elsewhere and the draft asked not to write it back unasked. */
  | { kind: 'gone' };

/**
 * Decides a save against what is stored now. A note deleted meanwhile (another tab, "delete
 * all") is written again: what was just typed is never thrown away.
 */
export function decideSave(stored: Note | undefined, draft: NoteDraftInput, now: number, newId: () => string): SaveDecision {
  const base = {
    conferenceId: draft.conferenceId,
    sessionGuid: draft.sessionGuid,
    text: draft.text,
    updatedAt: now,
    ...(draft.conflictOf ? { conflictOf: draft.conflictOf } : {}),
  };
  if (!stored) {
    if (draft.whenGone === 'ask' && draft.baseRev > 0) return { kind: 'gone' };
    return { kind: 'write', note: { ...base, id: draft.id, createdAt: now, rev: 1 } };
  }
  if (stored.text === draft.text) return { kind: 'same', note: stored };
  const ownSaveLanded = draft.inFlightText !== undefined && stored.rev === draft.baseRev + 1 && stored.text === draft.inFlightText;
  if (stored.rev === draft.baseRev || ownSaveLanded) {
    return { kind: 'write', note: { ...stored, text: draft.text, updatedAt: now, rev: stored.rev + 1 } };
  }
  return {
    kind: 'conflict',
    theirs: stored,
    copy: { ...base, id: newId(), createdAt: now, rev: 1, conflictOf: stored.conflictOf ?? stored.id },
  };
}
