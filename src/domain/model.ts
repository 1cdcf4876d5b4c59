import type { Conference, Day, Person, Place, Session, SessionPerson, Source } from './types';
import type {
  RawAboutFile,
  RawAppMeta,
  RawEvent,
  RawPeopleFile,
  RawPerson,
  RawPersonRecord,
  RawPlacesFile,
  RawSchedule,
  RawSource,
} from './raw';
import { DEFAULT_TIME_ZONE } from './time/zone';
import { parseDuration, parseIsoInZone } from './time/parse';
import { compareSessions } from './schedule';
import { deriveDirectory } from './derived-directory';
import { safeHref } from './safe-url';

const MINUTE_MS = 60_000;

/** The name a C3VOC person goes by, in either the pretalx or the frab shape. */
export function personName(person: RawPerson): string {
  return (person.name ?? person.public_name ?? '').trim();
}

/** A source URL only when it may become a link: restored or imported data is not trusted here either. */
const toSources = (list: RawSource[] | undefined): Source[] =>
  (list ?? []).map((s) => {
    const url = safeHref(s.url);
    return url ? { label: s.label, url } : { label: s.label };
  });

const orNothing = (text: string | null | undefined): string | undefined =>
  text && text.trim() !== '' ? text : undefined;

/** Start and end instants of an event; `end` wins over `duration` when both are there. */
export function eventInterval(event: RawEvent, timeZone: string): { start: Date; end: Date } | null {
  const start = parseIsoInZone(event.date, timeZone);
  if (!start) return null;
  const end = event.end ? parseIsoInZone(event.end, timeZone) : null;
  if (end && end.getTime() >= start.getTime()) return { start, end };
  const minutes = parseDuration(event.duration ?? '') ?? 0;
  return { start, end: new Date(start.getTime() + minutes * MINUTE_MS) };
}

/** What building a session needs besides the event: the zone and the bundled people and metadata. */
export interface ModelContext {
  timeZone: string;
  appMeta?: RawAppMeta;
  peopleByGuid: Map<string, RawPersonRecord>;
  peopleById: Map<string, RawPersonRecord>;
}

/** The context for building the sessions of `raw` (people only for the bundled conference). */
export function modelContext(raw: RawSchedule, peopleFile?: RawPeopleFile): ModelContext {
  const conf = raw.schedule.conference;
  return {
    timeZone: conf.time_zone_name ?? DEFAULT_TIME_ZONE,
    appMeta: conf.meta?.tagesbegleiter,
    peopleByGuid: new Map((peopleFile?.people ?? []).map((p) => [p.guid, p])),
    peopleById: new Map((peopleFile?.people ?? []).map((p) => [p.id, p])),
  };
}

/** One event as the app's session; null when it has no readable start. */
export function toSession(event: RawEvent, roomName: string, dayIndex: number, ctx: ModelContext): Session | null {
  const interval = eventInterval(event, ctx.timeZone);
  if (!interval) return null;
  const meta = ctx.appMeta?.events[event.guid];
  const metaPeople = meta?.people ?? [];
  const people: SessionPerson[] = metaPeople.length
    ? metaPeople.map(({ personId, role }) => ({ personId, role, name: ctx.peopleById.get(personId)?.name ?? personId }))
    : event.persons.map((p) => {
        const known = p.guid ? ctx.peopleByGuid.get(p.guid) : undefined;
        return known ? { personId: known.id, name: known.name } : { name: personName(p) };
      });
  return {
    guid: event.guid,
    slug: event.slug,
    title: event.title,
    subtitle: orNothing(event.subtitle),
    type: event.type,
    track: orNothing(event.track),
    language: orNothing(event.language),
    abstract: orNothing(event.abstract),
    description: orNothing(event.description),
    start: interval.start,
    end: interval.end,
    timeEstimated: meta?.time.estimated ?? false,
    timeBasis: meta?.time.basis,
    room: event.room || roomName,
    roomKnown: meta?.roomKnown ?? true,
    placeId: meta?.placeId,
    people,
    stations: meta?.stations ?? [],
    ...(meta?.titleDerived ? { titleDerived: { basis: meta.titleDerived.basis } } : {}),
    sources: toSources(meta?.sources),
    url: safeHref(event.url),
    dayIndex,
  };
}

/** What a derived person or place names as its source: the conference's own page. */
export function directorySource(raw: RawSchedule): Source {
  const conf = raw.schedule.conference;
  const url = safeHref(conf.url);
  return url ? { label: conf.title, url } : { label: conf.title };
}

/**
 * Builds the app's model from a C3VOC schedule and, for the bundled conference, the
 * people and places files. Views only ever see the result.
 */
export function buildConference(
  raw: RawSchedule,
  peopleFile?: RawPeopleFile,
  placesFile?: RawPlacesFile,
  aboutFile?: RawAboutFile,
): Conference {
  const ctx = modelContext(raw, peopleFile);
  const sessions: Session[] = [];
  for (const day of raw.schedule.conference.days) {
    for (const [roomName, events] of Object.entries(day.rooms)) {
      for (const event of events) {
        const session = toSession(event, roomName, day.index, ctx);
        if (session) sessions.push(session);
      }
    }
  }
  return assembleConference(raw, sessions, peopleFile, placesFile, aboutFile);
}

/** The conference around already built `sessions` (sorts them in place). */
export function assembleConference(
  raw: RawSchedule,
  sessions: Session[],
  peopleFile?: RawPeopleFile,
  placesFile?: RawPlacesFile,
  aboutFile?: RawAboutFile,
  /** The caller sorted `sessions` already (in slices, for a large programme). */
  presorted = false,
  /** The caller derived the directory of an imported schedule already (in slices). */
  derived?: { people: Person[]; places: Place[] },
): Conference {
  const conf = raw.schedule.conference;
  const timeZone = conf.time_zone_name ?? DEFAULT_TIME_ZONE;
  const appMeta = conf.meta?.tagesbegleiter;

  const days: Day[] = conf.days.map((day) => ({
    index: day.index,
    date: day.date,
    start: parseIsoInZone(day.day_start, timeZone) ?? new Date(NaN),
    end: parseIsoInZone(day.day_end, timeZone) ?? new Date(NaN),
  }));
  if (!presorted) sessions.sort(compareSessions);

  const people: Person[] = (peopleFile?.people ?? []).map((p) => ({
    id: p.id,
    name: p.name,
    nameNote: p.nameNote,
    role: p.role,
    organisation: p.organisation,
    bio: p.bio,
    bioSources: toSources(p.bioSources),
    notes: (p.notes ?? []).map((n) => ({ text: n.text, sources: toSources(n.sources) })),
    sources: toSources(p.sources),
  }));

  const places: Place[] = (placesFile?.places ?? []).map((p) => ({
    id: p.id,
    name: p.name,
    kind: p.kind,
    address: p.address,
    addressNote: p.addressNote,
    summary: p.summary,
    facts: (p.facts ?? []).map((f) => ({ text: f.text, sources: toSources(f.sources) })),
    rooms: p.rooms ?? [],
    gettingThere: p.gettingThere,
    sources: toSources(p.sources),
  }));

  // An imported schedule has no people or places files: derive both from its items.
  if (!peopleFile && !placesFile) {
    const directory = derived ?? deriveDirectory(sessions, directorySource(raw));
    people.push(...directory.people);
    places.push(...directory.places);
  }

  return {
    id: conf.acronym,
    title: conf.title,
    description: orNothing(conf.description),
    url: safeHref(conf.url),
    timeZone,
    start: days[0]?.start ?? sessions[0]?.start ?? new Date(NaN),
    end: days.at(-1)?.end ?? sessions.at(-1)?.end ?? new Date(NaN),
    days,
    sessions,
    people,
    places,
    dataAsOf: appMeta?.dataAsOf,
    sources: toSources(appMeta?.sources),
    about: (aboutFile?.programme ?? []).map((f) => ({ text: f.text, sources: toSources(f.sources) })),
  };
}
