import type { Conference, Session } from './types';
import type { Note } from './note';

/** A note as the Notizen screen shows it: with its session, or why it has none. */
export interface NoteEntry {
  note: Note;
  /** The session it belongs to, when the programme still has it. */
  session?: Session;
  /** True for a session note whose session is no longer in the programme (kept, shown as such). */
  sessionMissing: boolean;
}

/** True when a note holds nothing worth listing (an emptied note stays stored for its rev). */
export function isBlank(note: Note): boolean {
  return note.text.trim() === '';
}

/**
 * The conference's notes with their sessions, newest change first: those with text, and those
 * with photos (`hasPhotos`) even when they have no text.
 */
export function describeNotes(
  notes: readonly Note[],
  conference: Conference,
  hasPhotos: (noteId: string) => boolean = () => false,
): NoteEntry[] {
  const sessions = new Map(conference.sessions.map((s) => [s.guid, s]));
  return notes
    .filter((n) => n.conferenceId === conference.id && (!isBlank(n) || hasPhotos(n.id)))
    .map((note) => {
      const session = note.sessionGuid === null ? undefined : sessions.get(note.sessionGuid);
      return { note, session, sessionMissing: note.sessionGuid !== null && !session };
    })
    .sort((a, b) => b.note.updatedAt - a.note.updatedAt || a.note.id.localeCompare(b.note.id));
}

/** The other versions of a note (conflict copies, or the original of a copy), newest first. */
export function otherVersions(notes: readonly Note[], id: string): Note[] {
  const self = notes.find((n) => n.id === id);
  const root = self?.conflictOf ?? id;
  return notes
    .filter((n) => n.id !== id && (n.id === root || n.conflictOf === root) && !isBlank(n))
    .sort((a, b) => b.updatedAt - a.updatedAt);
}

const stampFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Day and clock of an instant in `timeZone`, from one cached Intl formatter: the Notizen list
 * formats hundreds of these, and this is several times cheaper than a TZDate per call.
 */
function stamp(at: number, timeZone: string): { day: string; clock: string } {
  let format = stampFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    stampFormats.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(at)) parts[part.type] = part.value;
  return { day: `${parts.day}.${parts.month}.${parts.year}`, clock: `${parts.hour}:${parts.minute}` };
}

/** "6.9.2023, 11:42" in the conference's zone. */
export function formatDateTime(at: number, timeZone: string): string {
  const { day, clock } = stamp(at, timeZone);
  return `${day}, ${clock}`;
}

/** "11:42" when `at` is on the same day as `now` (in the conference's zone), else "6.9.2023, 11:42". */
export function formatChangedAt(at: number, now: Date, timeZone: string): string {
  const when = stamp(at, timeZone);
  return when.day === stamp(now.getTime(), timeZone).day ? when.clock : `${when.day}, ${when.clock}`;
}

/** The first `max` characters of a note for a list, never splitting an emoji's surrogate pair. */
export function preview(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}
