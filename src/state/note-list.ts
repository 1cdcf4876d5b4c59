import { signal, type ReadonlySignal } from '@preact/signals';
import type { Note } from '../domain/note';

/**
 * Every stored note of the conference whose notes are loaded (blank ones too: drafts need their
 * revs). Filled by ./notes.ts; on its own here so the programme can read it (a cancelled item
 * with a note stays listed) without the first download carrying the notes code.
 */
const notesSignal = signal<readonly Note[]>([]);
export const notes: ReadonlySignal<readonly Note[]> = notesSignal;

/** The one write path of the list (./notes.ts loads and updates it). */
export function setNotes(next: readonly Note[]): void {
  notesSignal.value = next;
}
