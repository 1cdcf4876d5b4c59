import * as v from 'valibot';
import type { RawEventMeta } from './raw';

/**
 * The app's own per-event metadata (`schedule.conference.meta.tagesbegleiter`, shape in raw.ts).
 * Loose objects, so a file written by a newer version still passes; the bundled data's check adds
 * that it uses no other keys. A foreign file that misuses the key loses it rather than crash the model.
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
  dataAsOf: v.string(),
  sources: v.array(Source),
  events: v.record(v.string(), AppEventMeta),
});

/** The keys of one event's metadata that raw.ts defines. */
export const APP_EVENT_META_KEYS = ['time', 'placeId', 'roomKnown', 'people', 'stations', 'titleDerived', 'sources'] as const satisfies readonly (keyof RawEventMeta)[];
