import { useEffect, useRef } from 'preact/hooks';
import type { PhotoRecord } from '../../domain/photo';
import { photoUrl } from '../../state/photos';
import { screenStrings } from '../../i18n/screens';

/**
 * One photo large, in a modal <dialog>: the browser traps focus in it, Escape closes it and
 * focus returns to the thumbnail; arrow keys and buttons step through the note's photos. The
 * image keeps its full 2048 px, so the platform's pinch zoom shows detail.
 */
export function PhotoViewer({
  photos,
  index,
  alt,
  onIndex,
  onClose,
}: {
  photos: readonly PhotoRecord[];
  index: number;
  alt: (i: number) => string;
  onIndex: (i: number) => void;
  onClose: () => void;
}) {
  const s = screenStrings.value;
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  const photo = photos[index]!;
  const step = (by: number) => onIndex((index + by + photos.length) % photos.length);
  return (
    <dialog
      ref={dialog}
      class="photo-viewer"
      aria-labelledby="photo-viewer-title"
      onClose={onClose}
      onKeyDown={(event) => {
        if (photos.length < 2) return;
        if (event.key === 'ArrowRight') step(1);
        if (event.key === 'ArrowLeft') step(-1);
      }}
    >
      <h2 id="photo-viewer-title">{s.photos.viewer(index + 1, photos.length)}</h2>
      {/* Focusable: a keyboard scrolls the zoomed photo (axe: scrollable-region-focusable). */}
      <div class="photo-viewer-image" tabIndex={0} aria-labelledby="photo-viewer-title">
        <img src={photoUrl(photo, 'image')} alt={alt(index)} width={photo.width} height={photo.height} />
      </div>
      <p class="photo-viewer-actions">
        {photos.length > 1 && (
          <>
            <button type="button" class="secondary" onClick={() => step(-1)}>
              {s.photos.previous}
            </button>{' '}
            <button type="button" class="secondary" onClick={() => step(1)}>
              {s.photos.next}
            </button>{' '}
          </>
        )}
        <button type="button" autoFocus onClick={() => dialog.current?.close()}>
          {s.photos.close}
        </button>
      </p>
    </dialog>
  );
}
