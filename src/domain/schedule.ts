import type { Conference, Place, Session } from './types';

/** One collator for every comparison: `localeCompare(…, 'de')` looks the locale up on each call. */
const titleOrder = new Intl.Collator('de');

/** Programme order: start, then end, then title. */
export function compareSessions(a: Session, b: Session): number {
  return (
    a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime() || titleOrder.compare(a.title, b.title)
  );
}

/** True when two intervals share time; one ending exactly when the other starts does not. */
export function overlaps(a: { start: Date; end: Date }, b: { start: Date; end: Date }): boolean {
  return a.start.getTime() < b.end.getTime() && b.start.getTime() < a.end.getTime();
}

export interface TimeGroup {
  start: Date;
  end: Date;
  sessions: Session[];
}

/**
 * Clusters sorted sessions into groups that run at the same time, so the programme can show
 * the four workshops as one parallel block. A group spans from its first start to its last end.
 */
export function parallelGroups(sorted: readonly Session[]): TimeGroup[] {
  const groups: TimeGroup[] = [];
  for (const session of sorted) {
    const last = groups.at(-1);
    if (last && session.start.getTime() < last.end.getTime()) {
      last.sessions.push(session);
      if (session.end > last.end) last.end = session.end;
    } else {
      groups.push({ start: session.start, end: session.end, sessions: [session] });
    }
  }
  return groups;
}

export type DayPhase = 'before' | 'during' | 'after';

export interface NowAndNext {
  phase: DayPhase;
  /** Sessions running at `now`, marked ones first. */
  current: Session[];
  /** The sessions that start next (all starting at the same, earliest later time), marked first. */
  next: Session[];
}

/** What runs now and what comes next. `marked` sessions sort first within each list. */
export function nowAndNext(
  conference: Pick<Conference, 'sessions' | 'start' | 'end'>,
  now: Date,
  marked: ReadonlySet<string> = new Set(),
): NowAndNext {
  const t = now.getTime();
  const byMark = (a: Session, b: Session) =>
    Number(marked.has(b.guid)) - Number(marked.has(a.guid)) || compareSessions(a, b);
  const phase: DayPhase =
    t < conference.start.getTime() ? 'before' : t >= conference.end.getTime() ? 'after' : 'during';
  // One pass, no list of everything upcoming: this runs on every render of a 200,000-item programme.
  const current: Session[] = [];
  let next: Session[] = [];
  let nextStart = Infinity;
  for (const s of conference.sessions) {
    const start = s.start.getTime();
    if (start <= t) {
      if (t < s.end.getTime()) current.push(s);
    } else if (start < nextStart) {
      nextStart = start;
      next = [s];
    } else if (start === nextStart) next.push(s);
  }
  return { phase, current: current.sort(byMark), next: next.sort(byMark) };
}

export function findPlace(conference: Conference, id: string): Place | undefined {
  return conference.places.find((p) => p.id === id);
}

/** What the app has to say is not known about where an item is: the room in its place, the place itself, or nothing. */
export function locationGap(session: Session, place: Place | undefined): 'room' | 'place' | undefined {
  if (session.roomKnown) return undefined;
  return place?.kind === 'mobile' ? 'place' : 'room';
}

/** The sessions held at a place, and the stations of workshops held by it. */
export function sessionsAtPlace(conference: Conference, placeId: string): Session[] {
  return conference.sessions.filter(
    (s) => s.placeId === placeId || s.stations.some((station) => station.placeId === placeId),
  );
}
