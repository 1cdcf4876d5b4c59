import type { Conference } from '../domain/types';
import { buildSearchIndex, facetsOf, type Facets } from '../domain/programme-filter';

/**
 * What the programme derives from a conference's sessions once per conference (the folded search
 * text, the filter menus): made while the model is built in slices (src/domain/model-chunked.ts)
 * and handed over with it, else on first use.
 */
function perConference<T>(make: (conference: Conference) => T) {
  const made = new WeakMap<Conference, T>();
  return {
    /** Hands over what was made together with the model. */
    prime(conference: Conference, value: T): void {
      made.set(conference, value);
    },
    /** What `conference` derives, made now if it was not primed. */
    of(conference: Conference): T {
      let value = made.get(conference);
      if (value === undefined) {
        value = make(conference);
        made.set(conference, value);
      }
      return value;
    },
  };
}

const searchIndexes = perConference((c) => buildSearchIndex(c.sessions));
const facets = perConference((c): Facets => facetsOf(c.sessions));

export const primeSearchIndex = searchIndexes.prime;
export const searchIndexOf = searchIndexes.of;
export const primeFacets = facets.prime;
export const facetsOfConference = facets.of;
