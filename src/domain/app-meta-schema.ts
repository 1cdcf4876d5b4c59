import * as v from 'valibot';
import type { RawAppMeta, RawEventMeta } from './raw';

/**
 * The app's own metadata in a schedule file (`schedule.conference.meta.tagesbegleiter`, shape in
 * raw.ts), checked field by field before the model reads it: a foreign or hand-edited file can put
 * anything under that key, and a `stations` that is not a list of stations crashed the session
 * and place pages. Loose objects, so a file written by a newer version still passes; the bundled
 * data's check adds that it uses no other keys. What does not match loses the whole block: the
 * programme still shows, with the C3VOC fields only, rather than half-trusted extras.
 */

const Source = v.looseObject({ label: v.string(), url: v.optional(v.string()) });

export const AppEventMeta = v.looseObject({
  time: v.looseObject({ estimated: v.boolean(), basis: v.string() }),
  placeId: v.string(),
  roomKnown: v.boolean(),
  people: v.array(v.looseObject({ personId: v.string(), role: v.string() })),
  stations: v.optional(v.array(v.looseObject({ placeId: v.string(), title: v.string(), text: v.string() }))),
  // A derived title must say from what, or the hint would claim more than it can show.
  titleDerived: v.optional(v.looseObject({ basis: v.pipe(v.string(), v.trim(), v.nonEmpty()) })),
  sources: v.array(Source),
});

export const AppMeta = v.looseObject({
  /** A calendar date (the About page formats it). */
  dataAsOf: v.pipe(v.string(), v.isoDate()),
  sources: v.array(Source),
  // A record: an array would pass valibot's record check, and index keys are no guids.
  events: v.pipe(
    v.custom<Record<string, unknown>>((events) => typeof events === 'object' && events !== null && !Array.isArray(events)),
    v.record(v.string(), AppEventMeta),
  ),
});

/** The keys of one event's metadata that raw.ts defines. */
export const APP_EVENT_META_KEYS = ['time', 'placeId', 'roomKnown', 'people', 'stations', 'titleDerived', 'sources'] as const satisfies readonly (keyof RawEventMeta)[];

/** True when `value` is metadata of the shape this app writes. */
export function isAppMeta(value: unknown): value is RawAppMeta {
  return v.is(AppMeta, value);
}

/** Where `value` first differs from the metadata shape (a dot path), or null when it matches. */
export function appMetaProblem(value: unknown): string | null {
  const result = v.safeParse(AppMeta, value);
  if (result.success) return null;
  return v.getDotPath(result.issues[0]) ?? '';
}
