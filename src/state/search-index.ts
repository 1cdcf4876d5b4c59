import type { Conference } from '../domain/types';
import { buildSearchIndex, facetsOf, type Facets } from '../domain/programme-filter';

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

/** The filter menus of each conference, gathered with the model or on first use, like the index. */
const facetsByConference = new WeakMap<Conference, Facets>();

/** Hands over the menus gathered together with the model. */
export function primeFacets(conference: Conference, facets: Facets): void {
  facetsByConference.set(conference, facets);
}

/** The rooms, tracks and types of `conference`, gathered now if they were not primed. */
export function facetsOfConference(conference: Conference): Facets {
  let facets = facetsByConference.get(conference);
  if (!facets) {
    facets = facetsOf(conference.sessions);
    facetsByConference.set(conference, facets);
  }
  return facets;
}
