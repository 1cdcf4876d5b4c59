import { useState } from 'preact/hooks';
import { canShareText, copyNoteText, shareNoteText, type NoteShareResult } from '../../state/note-share';
import { screenStrings } from '../../i18n/screens';

/** Share one note through the system share sheet (phones) or copy it. */
export function NoteShare({ title, text }: { title: string; text: string }) {
  const s = screenStrings.value;
  const [result, setResult] = useState<NoteShareResult | null>(null);
  return (
    <p class="note-share">
      {canShareText() && (
        <button type="button" class="secondary" onClick={() => void shareNoteText(title, text).then(setResult)}>
          {s.note.share}
        </button>
      )}{' '}
      <button type="button" class="secondary" onClick={() => void copyNoteText(text).then(setResult)}>
        {s.note.copy}
      </button>
      <span role="status" class="hint">
        {result === 'copied' ? s.note.copied : result === 'failed' ? s.note.copyFailed : ''}
      </span>
    </p>
  );
}
