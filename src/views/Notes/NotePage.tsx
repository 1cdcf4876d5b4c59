import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Conference } from '../../domain/types';
import { findSession } from '../../domain/lookup';
import { SESSION_NOTE_PREFIX } from '../../domain/note';
import { ensureNotes, notes, notesLoad, removeNote } from '../../state/notes';
import { screenStrings } from '../../i18n/screens';
import { TimeRange } from '../../ui/TimeRange';
import { NoteEditor } from './NoteEditor';
import { ROUTES, sessionPath } from '../../domain/paths';
import { NotFound } from '../../ui/NotFound';

/**
 * One note on its own page: a free note (also a new one: nothing is stored until typed), a
 * version kept from a two-tab conflict, or a session note whose session left the programme.
 */
export function NotePage({ conference, id }: { conference: Conference; id: string }) {
  const s = screenStrings.value;
  const { route } = useLocation();
  const noteId = safeDecode(id);
  useEffect(() => ensureNotes(conference.id), [conference.id]);
  const [confirming, setConfirming] = useState(false);
  if (notesLoad.value !== 'ready' && notesLoad.value !== 'error') {
    return <p role="status">{s.notes.loading}</p>;
  }
  const note = notes.value.find((n) => n.id === noteId);
  if (!note && noteId.startsWith(SESSION_NOTE_PREFIX)) {
    // A session's note that is gone (deleted): not a new free note under a session's id.
    return <NotFound title={s.note.missing} back={ROUTES.notes} backLabel={s.note.back} />;
  }
  const sessionGuid = note?.sessionGuid ?? null;
  const session = sessionGuid ? findSession(conference, sessionGuid) : undefined;
  const title = note
    ? session
      ? session.title
      : sessionGuid
        ? s.notes.missingSession
        : s.note.pageTitle
    : s.note.newTitle;
  const target = { id: noteId, conferenceId: note?.conferenceId ?? conference.id, sessionGuid };
  return (
    <article class="note-page">
      <p class="back">
        <a href={ROUTES.notes}>{s.note.back}</a>
      </p>
      <h1 lang={session?.language}>{title}</h1>
      {session && (
        <p class="session-meta">
          <TimeRange
            start={session.start}
            end={session.end}
            estimated={session.timeEstimated}
            timeZone={conference.timeZone}
          />
          {session.people.length > 0 && (
            <span class="session-people"> · {session.people.map((p) => p.name).join(', ')}</span>
          )}{' '}
          · <a href={sessionPath(session.guid)}>{s.note.toSession}</a>
        </p>
      )}
      {sessionGuid && !session && <p class="note">{s.note.missingSession}</p>}
      {note?.conflictOf && (
        <p>
          <span class="badge badge-info">{s.notes.conflictCopy}</span>
        </p>
      )}
      <NoteEditor
        key={noteId}
        target={target}
        label={sessionGuid ? s.note.sessionLabel : s.note.freeLabel}
        timeZone={conference.timeZone}
        shareTitle={title}
      />
      {note && (
        <div class="note-delete">
          {!confirming ? (
            <button type="button" class="secondary" onClick={() => setConfirming(true)}>
              {s.note.delete}
            </button>
          ) : (
            <div class="confirm" role="group" aria-labelledby="confirm-delete-note">
              <p id="confirm-delete-note">{s.note.confirmDelete}</p>
              <button
                type="button"
                onClick={() => {
                  void removeNote(note).then(() => route(ROUTES.notes));
                }}
              >
                {s.note.confirmDeleteYes}
              </button>{' '}
              <button type="button" class="secondary" autoFocus onClick={() => setConfirming(false)}>
                {s.note.cancel}
              </button>
            </div>
          )}
        </div>
      )}
    </article>
  );
}

function safeDecode(id: string): string {
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}
