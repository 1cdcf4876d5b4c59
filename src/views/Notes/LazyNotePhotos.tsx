import { useEffect, useState } from 'preact/hooks';
import type { ComponentProps } from 'preact';
import type { NotePhotos } from './NotePhotos';

type Props = ComponentProps<typeof NotePhotos>;
let loaded: typeof NotePhotos | null = null;

/**
 * The note's photos, whose code (and the photo worker's client) loads beside the text field
 * rather than with it: typing can start before it is there. Precached, so offline too.
 */
export function LazyNotePhotos(props: Props) {
  const [Component, setComponent] = useState(() => loaded);
  useEffect(() => {
    if (Component) return;
    let live = true;
    void import('./NotePhotos').then((m) => {
      loaded = m.NotePhotos;
      if (live) setComponent(() => m.NotePhotos);
    });
    return () => {
      live = false;
    };
  }, []);
  return Component ? <Component {...props} /> : null;
}
