import { useId } from 'preact/hooks';
import { NOTE_MAX_CHARS } from '../../domain/note';
import { formatChangedAt, otherVersions } from '../../domain/note-view';
import type { DraftNotice, DraftStatus, DraftTarget } from '../../state/note-draft';
import { notes } from '../../state/notes';
import { connectionState } from '../../state/storage-connection';
import { useNoteDraft } from './useNoteDraft';
import { screenStrings, type Strings } from '../../i18n/screens';
import { NoteShare } from './NoteShare';
import { LazyNotePhotos } from './LazyNotePhotos';
import { notePath } from '../../domain/paths';

/** Lines the field shows before it scrolls: room for a few thoughts on a phone screen. */
const FIELD_ROWS = 8;

function statusText(status: DraftStatus, s: Strings, timeZone: string): string {
  switch (status.kind) {
    case 'loading':
      return '';
    case 'empty':
      return s.note.notYet;
    case 'pending':
      return s.note.saving;
    case 'saved':
      // "Today" is the device's real today, not the demo clock's.
      return s.note.saved(formatChangedAt(status.at, new Date(), timeZone));
    case 'tooLong':
    case 'held':
    case 'failed':
      return '';
  }
}

/** Why a save failed, with what to do about it. */
function failureText(status: Extract<DraftStatus, { kind: 'failed' }>, s: Strings): string {
  if (status.reason === 'quota') return s.noteSafety.quota(status.journaled === true);
  if (status.reason === 'upgraded') return s.noteSafety.upgraded(status.journaled === true);
  return s.note.saveFailed(status.detail);
}

/** Another tab removed what the field showed: say so, and ask before keeping unsaved text. */
function WipedNotice({
  notice,
  onKeep,
  onDiscard,
  s,
}: {
  notice: Extract<DraftNotice, { kind: 'wiped' }>;
  onKeep: () => void;
  onDiscard: () => void;
  s: Strings;
}) {
  if (!notice.unsaved) {
    return (
      <p class="note-info" role="status">
        {s.noteSafety.told[notice.by]}
      </p>
    );
  }
  return (
    <div class="note-alert" role="alert">
      <p>{s.noteSafety.held[notice.by]}</p>
      <button type="button" onClick={onKeep}>
        {s.noteSafety.keep}
      </button>{' '}
      <button type="button" class="secondary" onClick={onDiscard}>
        {s.noteSafety.discard}
      </button>
    </div>
  );
}

/**
 * The note text field: saves while typing, says quietly when it last saved, and says clearly
 * when it could not save or when another tab changed the same note.
 */
export function NoteEditor({
  target,
  label,
  timeZone,
  shareTitle,
}: {
  target: DraftTarget;
  label: string;
  timeZone: string;
  shareTitle: string;
}) {
  const s = screenStrings.value;
  const draft = useNoteDraft(target);
  const fieldId = useId();
  const status = draft.status.value;
  const notice = draft.notice.value;
  const versions = otherVersions(notes.value, draft.id.value);
  const maxChars = NOTE_MAX_CHARS.toLocaleString(s.locale);
  return (
    <div class="note-editor">
      <label for={fieldId} class="note-label">
        {label}
      </label>
      <textarea
        id={fieldId}
        class="note-field"
        rows={FIELD_ROWS}
        dir="auto"
        value={draft.text.value}
        readOnly={status.kind === 'loading'}
        aria-describedby={`${fieldId}-status ${fieldId}-hint`}
        onInput={(event) => draft.input(event.currentTarget.value)}
        onBlur={() => void draft.flush()}
      />
      <p class="note-status" id={`${fieldId}-status`}>
        {statusText(status, s, timeZone)}
      </p>
      <p class="note-hint" id={`${fieldId}-hint`}>
        {s.note.hint}
      </p>
      {status.kind === 'tooLong' && (
        <p class="note-alert" role="alert">
          {s.note.tooLong(maxChars)}
        </p>
      )}
      {status.kind === 'failed' && (
        <p class="note-alert" role="alert">
          {failureText(status, s)}
        </p>
      )}
      {connectionState.value === 'blocked' && (
        <p class="note-alert" role="alert">
          {s.noteSafety.waiting}
        </p>
      )}
      {notice?.kind === 'wiped' && (
        <WipedNotice notice={notice} s={s} onKeep={() => void draft.keepText()} onDiscard={() => draft.discardText()} />
      )}
      {notice?.kind === 'conflict' && (
        <p class="note-alert" role="alert">
          {s.note.conflict} <a href={notePath(notice.otherId)}>{s.note.otherVersion}</a>
        </p>
      )}
      {notice?.kind === 'changedElsewhere' && (
        <p class="note-alert" role="alert">
          {s.note.changedElsewhere}
        </p>
      )}
      {notice?.kind === 'updatedElsewhere' && (
        <p class="note-info" role="status">
          {s.note.updatedElsewhere}
        </p>
      )}
      {/* The photos go with the note the text goes to: after a conflict, this tab's own copy. */}
      <LazyNotePhotos
        target={{ ...target, id: draft.id.value }}
        title={target.sessionGuid ? shareTitle : null}
        text={draft.text.value}
        beforeAdd={async () => {
          await draft.flush();
          return { ...target, id: draft.id.value };
        }}
      />
      {draft.text.value.trim() !== '' && <NoteShare title={shareTitle} text={draft.text.value} />}
      {versions.length > 0 && (
        <section class="note-versions" aria-labelledby={`${fieldId}-versions`}>
          <h3 id={`${fieldId}-versions`}>{s.note.otherVersions}</h3>
          <ul>
            {versions.map((v) => (
              <li key={v.id}>
                <a href={notePath(v.id)}>{s.note.version(formatChangedAt(v.updatedAt, new Date(), timeZone))}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
