import { signal } from '@preact/signals';
import type { PhotoRecord } from '../domain/photo';

/**
 * The photos of the loaded conference's notes, by note id, each list in the order taken.
 * Filled by ./photos.ts; on its own so the notes list can tell a note of photos alone from an
 * empty one without loading the photo code.
 */
export const photosByNote = signal<ReadonlyMap<string, readonly PhotoRecord[]>>(new Map());
