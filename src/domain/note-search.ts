import { fold, foldedWords, matchesAll } from './fold';
import type { NoteEntry } from './note-view';

/**
 * Full-text search over notes: every query word must occur (folded: case and German
 * diacritics ignored) in the note's text, its session's title or its people.
 */

/** Folded haystacks by note record: a record changes identity on every save, so this never goes stale. */
const haystacks = new WeakMap<object, string>();

/** The folded text a note is searched in (cached per stored record). */
export function haystackOf(entry: NoteEntry): string {
  let folded = haystacks.get(entry.note);
  if (folded === undefined) {
    const session = entry.session;
    const about = session
      ? `${session.title}\n${session.subtitle ?? ''}\n${session.people.map((p) => p.name).join('\n')}`
      : '';
    folded = fold(`${entry.note.text}\n${about}`);
    haystacks.set(entry.note, folded);
  }
  return folded;
}

/** The entries matching `query`, in their given order; all of them for a blank query. */
export function searchNotes(entries: readonly NoteEntry[], query: string): NoteEntry[] {
  const words = foldedWords(query);
  if (words.length === 0) return [...entries];
  return entries.filter((entry) => matchesAll(haystackOf(entry), words));
}
