import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { PhotoRecord } from '../../domain/photo';
import {
  type PhotoNoteTarget,
  addPhotoFile,
  ensurePhotos,
  photosByNote,
  photoUrl,
  removePhoto,
  type AddPhotoResult,
} from '../../state/photos';
import { screenStrings } from '../../i18n/screens';
import { PhotoViewer } from './PhotoViewer';
import { SharePhotos } from './SharePhotos';

type Busy =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; position: number }
  | Exclude<AddPhotoResult, { kind: 'added' }>;

/**
 * The photos of one note: "Foto hinzufügen" (camera on a phone, a file on a desktop), the
 * thumbnails in the order taken, each opening large and each with its own delete (asked first).
 */
export function NotePhotos({
  target,
  title,
  text,
  beforeAdd,
}: {
  target: PhotoNoteTarget;
  title: string | null;
  text: string;
  /**
   * Saves the text typed so far and says which note it went to (after a two-tab conflict, this
   * tab's own copy): a photo is stored only after the text before it, and with that text.
   */
  beforeAdd: () => Promise<PhotoNoteTarget>;
}) {
  const s = screenStrings.value;
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => ensurePhotos(target.conferenceId), [target.conferenceId]);
  const photos = photosByNote.value.get(target.id) ?? [];
  const [busy, setBusy] = useState<Busy>({ kind: 'idle' });
  const [viewing, setViewing] = useState<number | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);

  const onFiles = async (files: FileList | null | undefined) => {
    const chosen = [...(files ?? [])];
    if (input.current) input.current.value = '';
    if (chosen.length === 0) return;
    setBusy({ kind: 'working' });
    // One after another: the order chosen is the order kept, and a full disk stops the rest.
    const note = await beforeAdd();
    for (const file of chosen) {
      const result = await addPhotoFile(file, note);
      if (result.kind !== 'added') {
        setBusy(result);
        return;
      }
    }
    setBusy({ kind: 'done', position: (photosByNote.value.get(note.id) ?? []).length });
  };
  const onDelete = async (photo: PhotoRecord) => {
    setConfirming(null);
    await removePhoto(photo);
    input.current?.focus();
  };
  const alt = (i: number) => s.photos.alt(i + 1, title);

  return (
    <div class="note-photos">
      {photos.length > 0 && (
        <ul class="photo-grid" aria-label={s.photos.heading}>
          {photos.map((photo, i) => (
            <li key={photo.id} class="photo-tile">
              <button type="button" class="photo-open" aria-haspopup="dialog" onClick={() => setViewing(i)}>
                <img
                  src={photoUrl(photo, 'thumb')}
                  alt={alt(i)}
                  width={thumbSize(photo).width}
                  height={thumbSize(photo).height}
                  decoding="async"
                />
              </button>
              {confirming === photo.id ? (
                <div class="confirm" role="group" aria-labelledby={`${inputId}-confirm`}>
                  <p id={`${inputId}-confirm`}>{s.photos.confirmDelete(i + 1)}</p>
                  <button type="button" class="danger" onClick={() => void onDelete(photo)}>
                    {s.photos.confirmYes}
                  </button>{' '}
                  <button type="button" class="secondary" autoFocus onClick={() => setConfirming(null)}>
                    {s.photos.cancel}
                  </button>
                </div>
              ) : (
                <button type="button" class="secondary photo-delete" onClick={() => setConfirming(photo.id)}>
                  {s.photos.delete(i + 1)}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <p class="file-field photo-add">
        <label for={inputId}>{s.photos.add}</label>
        <input
          id={inputId}
          ref={input}
          type="file"
          accept="image/*"
          capture="environment"
          multiple
          aria-describedby={`${inputId}-hint`}
          disabled={busy.kind === 'working'}
          onChange={(event) => void onFiles(event.currentTarget.files)}
        />
        <span class="hint" id={`${inputId}-hint`}>
          {s.photos.addHint}
        </span>
      </p>
      <p role="status" class="hint">
        {busy.kind === 'working' ? s.photos.working : busy.kind === 'done' ? s.photos.added(busy.position) : ''}
      </p>
      {(busy.kind === 'quota' || busy.kind === 'unreadable' || busy.kind === 'failed') && (
        <p role="alert" class="note-alert">
          {busy.kind === 'quota'
            ? s.photos.quota
            : busy.kind === 'unreadable'
              ? s.photos.unreadable
              : s.photos.failed(busy.detail)}{' '}
          {busy.kind === 'quota' && <a href="/einstellungen">{s.notes.backupLink}</a>}
        </p>
      )}
      {photos.length > 0 && <SharePhotos title={title ?? s.note.pageTitle} text={text} photos={photos} />}
      {viewing !== null && photos.length > 0 && (
        <PhotoViewer
          photos={photos}
          index={Math.min(viewing, photos.length - 1)}
          alt={alt}
          onIndex={setViewing}
          onClose={() => setViewing(null)}
        />
      )}
    </div>
  );
}

/** The thumbnail's CSS size: its long edge 160 px, so the grid's layout never jumps. */
const TILE = 160;
function thumbSize(photo: PhotoRecord): { width: number; height: number } {
  const scale = TILE / Math.max(photo.width, photo.height);
  return { width: Math.round(photo.width * scale), height: Math.round(photo.height * scale) };
}
