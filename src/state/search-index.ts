import type { Conference } from '../domain/types';
import { buildSearchIndex } from '../domain/programme-filter';

/**
 * The folded search text of each conference's sessions, made once per conference: while it
 * is built in slices with the model (src/domain/model-chunked.ts), else on first use.
 */
const indexes = new WeakMap<Conference, Map<string, string>>();

/** Hands over an index built together with the model. */
export function primeSearchIndex(conference: Conference, index: Map<string, string>): void {
  indexes.set(conference, index);
}

/** The search index of `conference`, built now if it was not primed. */
export function searchIndexOf(conference: Conference): Map<string, string> {
  let index = indexes.get(conference);
  if (!index) {
    index = buildSearchIndex(conference.sessions);
    indexes.set(conference, index);
  }
  return index;
}
