import { useState } from 'preact/hooks';
import type { PhotoRecord } from '../../domain/photo';
import { canSharePhotos, sharePhotos } from '../../state/photo-share';
import { screenStrings } from '../../i18n/screens';

/** "Notiz mit Fotos teilen": the system share sheet with the text and the photo files, where it takes files. */
export function SharePhotos({ title, text, photos }: { title: string; text: string; photos: readonly PhotoRecord[] }) {
  const s = screenStrings.value;
  const [failed, setFailed] = useState(false);
  if (!canSharePhotos()) return null;
  return (
    <p class="note-share">
      <button
        type="button"
        class="secondary"
        onClick={() => void sharePhotos(title, text, photos).then((ok) => setFailed(!ok))}
      >
        {s.photos.share}
      </button>
      <span role="status" class="hint">
        {failed ? s.photos.shareFailed : ''}
      </span>
    </p>
  );
}
