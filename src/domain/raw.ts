/**
 * Shapes of the files in data/ and of C3VOC schedule.json as this app reads them.
 * The C3VOC part follows https://c3voc.de/schedule/schema.json; everything the app adds
 * lives under `schedule.conference.meta.tagesbegleiter`, the only place the schema leaves free.
 */

/** Where a fact comes from: a URL, or the event's documentation page ("Dokumentation"). */
export interface RawSource {
  label: string;
  url?: string;
}

/** A person as C3VOC events list them: pretalx shape (`name`) or frab shape (`public_name`). */
export interface RawPerson {
  name?: string;
  public_name?: string;
  guid?: string;
  id?: number;
  code?: string;
  biography?: string | null;
  [key: string]: unknown;
}

export interface RawLink {
  url: string;
  title?: string;
  type?: string;
}

export interface RawEvent {
  guid: string;
  id: number;
  date: string;
  start: string;
  duration: string;
  end?: string;
  room: string;
  slug: string;
  url: string;
  title: string;
  subtitle: string | null;
  track: string | null;
  type: string;
  language: string | null;
  abstract: string | null;
  description?: string | null;
  persons: RawPerson[];
  links: RawLink[];
  [key: string]: unknown;
}

export interface RawDay {
  index: number;
  date: string;
  day_start: string;
  day_end: string;
  rooms: Record<string, RawEvent[]>;
}

export interface RawRoom {
  name: string;
  guid: string;
  [key: string]: unknown;
}

export interface RawTrack {
  name: string;
  slug?: string;
  color?: string;
}

/** Per-event facts the C3VOC event object has no key for. */
export interface RawEventMeta {
  /** Documented start/end, or an estimate; `basis` says what the estimate rests on. */
  time: { estimated: boolean; basis: string };
  /** The place (id in places.json); `roomKnown` false when the room inside it is not documented. */
  placeId: string;
  roomKnown: boolean;
  /** Who did what in this item, e.g. { personId: 'dagmar-lehmann', role: 'Moderation' }. */
  people: { personId: string; role: string }[];
  /** Workshop A's four stations, each at one Stadtlabor. */
  stations?: { placeId: string; title: string; text: string }[];
  /** Present when the source gives no title and the event's `title` is the editor's; `basis` says from what. */
  titleDerived?: { basis: string };
  sources: RawSource[];
}

export interface RawAppMeta {
  /** ISO date the data was last checked against its sources. */
  dataAsOf: string;
  sources: RawSource[];
  events: Record<string, RawEventMeta>;
}

export interface RawConference {
  acronym: string;
  title: string;
  start: string;
  end: string;
  daysCount: number;
  timeslot_duration: string;
  time_zone_name?: string;
  url?: string;
  description?: string;
  rooms?: RawRoom[];
  tracks?: RawTrack[];
  meta?: { tagesbegleiter?: RawAppMeta; [key: string]: unknown };
  days: RawDay[];
}

export interface RawSchedule {
  $schema?: string;
  generator?: { name?: string; version?: string; url?: string };
  schedule: { version: string; base_url?: string; conference: RawConference };
}

/** data/people.json */
export interface RawPeopleFile {
  people: RawPersonRecord[];
}

export interface RawPersonRecord {
  id: string;
  /** The guid used for this person in schedule.json's `persons`. */
  guid: string;
  name: string;
  /** E.g. the unresolved spelling "Hennig"/"Henning". */
  nameNote?: string;
  /** Role and organisation as the documentation gives them for the day. */
  role?: string;
  /** The documentation's words that give `role`, verbatim: the evidence the data check holds `role` to. */
  roleQuote?: string;
  organisation?: string;
  /** Short bio built only from sourced facts; each sentence's source is in `bioSources`. */
  bio?: string;
  bioSources?: RawSource[];
  /** Where another source disagrees with the documentation, or what is not confirmed. */
  notes?: { text: string; sources: RawSource[] }[];
  sources: RawSource[];
}

/** data/places.json */
export interface RawPlacesFile {
  places: RawPlace[];
}

export interface RawPlace {
  id: string;
  name: string;
  kind: 'venue' | 'stadtlabor' | 'mobile';
  /** Address as the sources give it; absent when unknown. */
  address?: string;
  addressNote?: string;
  /** One sentence about the place. */
  summary: string;
  facts?: { text: string; sources: RawSource[] }[];
  rooms?: { name: string; capacity?: string }[];
  gettingThere?: string;
  sources: RawSource[];
}

/** data/about.json: facts for the "Über" page, each with its sources. */
export interface RawAboutFile {
  programme: { text: string; sources: RawSource[] }[];
}
