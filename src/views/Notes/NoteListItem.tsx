import type { Conference } from '../../domain/types';
import { formatChangedAt, preview, type NoteEntry } from '../../domain/note-view';
import { screenStrings } from '../../i18n/screens';
import { SessionLine } from './SessionLine';
import { photosByNote, photoUrl } from '../../state/photo-index';
import { notePath } from '../../domain/paths';

/** Characters of a note shown in the list; the note's own page shows all of it. */
const PREVIEW_CHARS = 280;

/** One note in the Notizen list: its session (title, time, people) or "free", the text's start, when it changed. */
export function NoteListItem({ entry, conference, today }: { entry: NoteEntry; conference: Conference; today: Date }) {
  const s = screenStrings.value;
  const { note, session } = entry;
  const photos = photosByNote.value.get(note.id);
  const href = notePath(note.id);
  const title = session ? session.title : entry.sessionMissing ? s.notes.missingSession : s.notes.freeNote;
  return (
    <li class="card note-item">
      <h2 class="card-title" lang={session?.language}>
        <a href={href}>{title}</a>
      </h2>
      {session && <SessionLine session={session} timeZone={conference.timeZone} />}
      {note.conflictOf && (
        <p>
          <span class="badge badge-info">{s.notes.conflictCopy}</span>
        </p>
      )}
      {note.text.trim() !== '' && (
        <p class="note-text" dir="auto">
          {preview(note.text, PREVIEW_CHARS)}
        </p>
      )}
      {photos && (
        <p class="note-item-photo">
          <img
            src={photoUrl(photos[0]!, 'thumb')}
            alt={s.photos.alt(1, session ? session.title : null)}
            width={64}
            height={64}
            loading="lazy"
            decoding="async"
          />
          <span>{s.photos.count(photos.length)}</span>
        </p>
      )}
      <p class="note-changed">
        <time dateTime={new Date(note.updatedAt).toISOString()}>
          {s.notes.changed(formatChangedAt(note.updatedAt, today, conference.timeZone))}
        </time>
      </p>
    </li>
  );
}
