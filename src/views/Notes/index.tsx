import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Conference } from '../../domain/types';
import { searchNotes } from '../../domain/note-search';
import { ensureNotes, newFreeNoteId, noteEntries, notesLoad, notesSearch, setNotesSearch } from '../../state/notes';
import { persistRefused } from '../../state/storage';
import { screenStrings } from '../../i18n/screens';
import { EmptyState } from '../../ui/EmptyState';
import { NoteListItem } from './NoteListItem';
import { ExportNotes } from './ExportNotes';
import { ROUTES, notePath } from '../../domain/paths';

/** Rows rendered when the screen opens: more than a phone screen shows, quick with any number of notes. */
const FIRST_ROWS = 40;
/** Rows added per task after that, so hundreds of notes fill in without blocking a tap. */
const MORE_ROWS = 100;

/** All notes of the conference, newest first, with search, a new free note and the Markdown export. */
export function Notes({ conference }: { conference: Conference }) {
  const s = screenStrings.value;
  const { route } = useLocation();
  const query = notesSearch.value;
  useEffect(() => {
    ensureNotes(conference.id);
    // The photo code loads beside the list, not with it: the list shows once the notes are read.
    void import('../../state/photos').then((m) => m.ensurePhotos(conference.id));
  }, [conference.id]);
  const entries = noteEntries.value;
  const found = useMemo(() => searchNotes(entries, query), [entries, query]);
  const [shown, setShown] = useState(FIRST_ROWS);
  useEffect(() => {
    if (shown >= found.length) return;
    const timer = setTimeout(() => setShown((n) => n + MORE_ROWS), 0);
    return () => clearTimeout(timer);
  }, [shown, found.length]);
  const today = new Date();
  const load = notesLoad.value;
  return (
    <>
      <h1>{s.notes.title}</h1>
      {persistRefused.value && (
        <p class="note">
          {s.notes.persistRefused} <a href={ROUTES.settings}>{s.notes.backupLink}</a>
        </p>
      )}
      <p>
        <button type="button" onClick={() => route(notePath(newFreeNoteId()))}>
          {s.notes.newFree}
        </button>
      </p>
      {load === 'error' && <p role="alert">{s.notes.loadFailed}</p>}
      {load !== 'ready' && load !== 'error' && <p role="status">{s.notes.loading}</p>}
      {load === 'ready' && entries.length === 0 && (
        <EmptyState>
          <p>{s.notes.empty}</p>
        </EmptyState>
      )}
      {entries.length > 0 && (
        <>
          <div class="search-field">
            <label for="notes-search">{s.notes.search}</label>
            <input
              id="notes-search"
              type="search"
              value={query}
              autocomplete="off"
              aria-describedby="notes-search-hint"
              onInput={(event) => {
                setNotesSearch(event.currentTarget.value);
                // Each keystroke re-renders one screenful; the rest of the hits follow in chunks.
                setShown(FIRST_ROWS);
              }}
            />
            <p id="notes-search-hint" class="hint">
              {s.notes.searchHint}
            </p>
          </div>
          <p role="status" class="hint">
            {found.length === 0 ? s.notes.noResults(query) : s.notes.results(found.length, entries.length)}
          </p>
          <ul class="card-list note-list">
            {found.slice(0, shown).map((entry) => (
              <NoteListItem key={entry.note.id} entry={entry} conference={conference} today={today} />
            ))}
          </ul>
        </>
      )}
      <ExportNotes />
    </>
  );
}
