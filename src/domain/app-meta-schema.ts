import * as v from 'valibot';
import type { RawAppMeta } from './raw';

/**
 * The app's own metadata in a schedule file (`conference.meta.tagesbegleiter`, see raw.ts),
 * checked field by field before the model reads it: a foreign or hand-edited file can put
 * anything under that key, and a `stations` that is not a list of stations crashed the session
 * and place pages. What does not match loses the whole block: the programme still shows, with
 * the C3VOC fields only, rather than half-trusted extras.
 */

const text = v.string();
const Source = v.object({ label: text, url: v.optional(text) });
const Sources = v.array(Source);

const EventMeta = v.object({
  time: v.object({ estimated: v.boolean(), basis: text }),
  placeId: text,
  roomKnown: v.boolean(),
  people: v.array(v.object({ personId: text, role: text })),
  stations: v.optional(v.array(v.object({ placeId: text, title: text, text }))),
  sources: Sources,
});

export const AppMetaSchema = v.object({
  /** A calendar date (the About page formats it). */
  dataAsOf: v.pipe(text, v.isoDate()),
  sources: Sources,
  // A record: an array would pass valibot's record check, and index keys are no guids.
  events: v.pipe(
    v.custom<Record<string, unknown>>((events) => typeof events === 'object' && events !== null && !Array.isArray(events)),
    v.record(text, EventMeta),
  ),
});

/** True when `value` is metadata of the shape this app writes. */
export function isAppMeta(value: unknown): value is RawAppMeta {
  return v.is(AppMetaSchema, value);
}

/** Where `value` first differs from the metadata shape (a dot path), or null when it matches. */
export function appMetaProblem(value: unknown): string | null {
  const result = v.safeParse(AppMetaSchema, value);
  if (result.success) return null;
  return v.getDotPath(result.issues[0]) ?? '';
}
