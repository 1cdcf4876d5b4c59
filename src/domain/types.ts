/** The app's own model of a conference: what the views render, built once from raw data. */

export interface Source {
  label: string;
  url?: string;
}

export interface SessionPerson {
  /** Id of the person's page, when the conference has one for them. */
  personId?: string;
  name: string;
  /** What they did in this item, e.g. "Moderation". */
  role?: string;
}

export interface Station {
  placeId?: string;
  title: string;
  text: string;
}

export interface Session {
  guid: string;
  slug: string;
  title: string;
  subtitle?: string;
  type: string;
  track?: string;
  language?: string;
  abstract?: string;
  description?: string;
  start: Date;
  end: Date;
  /** True when the time is an estimate, not a documented fact. */
  timeEstimated: boolean;
  timeBasis?: string;
  room: string;
  /** False when the room inside the place is not documented. */
  roomKnown: boolean;
  placeId?: string;
  people: SessionPerson[];
  stations: Station[];
  /** Set when the title is not the source's but derived from its text; `basis` says how. */
  titleDerived?: { basis: string };
  sources: Source[];
  url?: string;
  dayIndex: number;
}

export interface Person {
  id: string;
  name: string;
  nameNote?: string;
  role?: string;
  organisation?: string;
  bio?: string;
  bioSources: Source[];
  notes: { text: string; sources: Source[] }[];
  sources: Source[];
}

export interface Place {
  id: string;
  name: string;
  /** 'room': a room of an imported schedule, known by its name only. */
  kind: 'venue' | 'stadtlabor' | 'mobile' | 'room';
  address?: string;
  addressNote?: string;
  summary: string;
  facts: { text: string; sources: Source[] }[];
  rooms: { name: string; capacity?: string }[];
  gettingThere?: string;
  sources: Source[];
}

export interface Day {
  index: number;
  /** YYYY-MM-DD in the conference's time zone. */
  date: string;
  start: Date;
  end: Date;
}

export interface Conference {
  /** The C3VOC acronym: the key for everything stored about this conference. */
  id: string;
  title: string;
  description?: string;
  url?: string;
  timeZone: string;
  start: Date;
  end: Date;
  days: Day[];
  /** All sessions, sorted by start, then end, then title. */
  sessions: Session[];
  people: Person[];
  places: Place[];
  dataAsOf?: string;
  sources: Source[];
  /** Facts about the funding programme behind the conference, for the "Über" page. */
  about: { text: string; sources: Source[] }[];
}
