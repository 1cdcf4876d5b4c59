import { sessionNoteId } from '../../domain/note';
import type { Conference, Session } from '../../domain/types';
import { screenStrings } from '../../i18n/screens';
import { NoteEditor } from '../Notes/NoteEditor';

/** "Meine Notiz" on a session page: one note per session, the same one in every tab. */
export function SessionNote({ conference, session }: { conference: Conference; session: Session }) {
  const s = screenStrings.value;
  const target = {
    id: sessionNoteId(conference.id, session.guid),
    conferenceId: conference.id,
    sessionGuid: session.guid,
  };
  return (
    <section class="session-note" aria-labelledby="session-note">
      <h2 id="session-note">{s.note.heading}</h2>
      <NoteEditor
        target={target}
        label={s.note.sessionLabel}
        timeZone={conference.timeZone}
        shareTitle={session.title}
      />
    </section>
  );
}
