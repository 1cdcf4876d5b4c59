import type { RawAppMeta, RawConference, RawRoom, RawTrack } from './raw';
import { uuidFromText } from './stable-id';
import { isAppMeta } from './app-meta-schema';
import { UUID_RE, asText, normalizeSlug } from './import-normalize';
import { judgeUrl } from './safe-url';
import type { EventTally } from './import-event';

/**
 * The optional conference-level parts of a foreign schedule (url, description, rooms, tracks,
 * meta), cleaned to what the C3VOC schema allows. Anything unusable is left out, not guessed.
 */

type Extras = Pick<RawConference, 'url' | 'description' | 'rooms' | 'tracks' | 'meta'>;

const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Url, description, rooms, tracks and meta of `conf`, each only when usable. */
export function normalizeConferenceExtras(
  conf: Record<string, unknown>,
  acronym: string,
  tally: Pick<EventTally, 'urlsDropped'>,
): Extras {
  const extras: Extras = {};
  const url = judgeUrl(conf.url);
  if (url.kind === 'ok') extras.url = url.url;
  else if (url.kind === 'unsafe') tally.urlsDropped++;
  const description = asText(conf.description);
  if (description) extras.description = description;

  if (Array.isArray(conf.rooms)) {
    const rooms: RawRoom[] = [];
    for (const r of conf.rooms as unknown[]) {
      const name = isPlainObject(r) ? asText(r.name)?.trim() : null;
      if (!name || !isPlainObject(r)) continue;
      const guid = asText(r.guid);
      rooms.push({
        name,
        guid: guid && UUID_RE.test(guid) ? guid.toLowerCase() : uuidFromText(`room:${acronym}:${name}`),
      });
    }
    if (rooms.length) extras.rooms = rooms;
  }

  if (Array.isArray(conf.tracks)) {
    const tracks: RawTrack[] = [];
    for (const t of conf.tracks as unknown[]) {
      const name = isPlainObject(t) ? asText(t.name)?.trim() : null;
      if (!name || !isPlainObject(t)) continue;
      const track: RawTrack = { name, slug: normalizeSlug(asText(t.slug), name) };
      const color = asText(t.color);
      if (color) track.color = color;
      tracks.push(track);
    }
    if (tracks.length) extras.tracks = tracks;
  }

  if (isPlainObject(conf.meta)) {
    const meta: Record<string, unknown> = { ...conf.meta };
    // A foreign file that misuses the key loses it rather than crash a screen (app-meta-schema.ts).
    if ('tagesbegleiter' in meta && !isAppMeta(meta.tagesbegleiter)) delete meta.tagesbegleiter;
    else if ('tagesbegleiter' in meta)
      meta.tagesbegleiter = withSafeSourceUrls(meta.tagesbegleiter as RawAppMeta, tally);
    extras.meta = meta as RawConference['meta'];
  }
  return extras;
}

type Sourced = { label: string; url?: unknown };

/** Sources keep their label; a URL that may not be a link is dropped and counted. */
function safeSources<T extends Sourced>(list: T[], tally: Pick<EventTally, 'urlsDropped'>): T[] {
  return list.map((source) => {
    if (source.url === undefined) return source;
    const verdict = judgeUrl(source.url);
    if (verdict.kind === 'ok') return { ...source, url: verdict.url };
    if (verdict.kind === 'unsafe') tally.urlsDropped++;
    const { url: _dropped, ...rest } = source;
    return rest as T;
  });
}

/** Our own metadata (from an export or a backup) under the same URL rule as everything else. */
function withSafeSourceUrls(meta: RawAppMeta, tally: Pick<EventTally, 'urlsDropped'>): RawAppMeta {
  const events: typeof meta.events = Object.create(null) as typeof meta.events;
  for (const [guid, m] of Object.entries(meta.events)) events[guid] = { ...m, sources: safeSources(m.sources, tally) };
  return { ...meta, sources: safeSources(meta.sources, tally), events };
}
