import type { Session } from './types';
import { fold, foldedWords, matchesAll } from './fold';

/**
 * Day, room, track, type and text search over the programme. Search text is folded once per
 * conference (case and diacritics do not matter: "munster" finds "Münster"), so a keystroke is
 * one `includes` per item: well under a frame for 10,000 items.
 */

/** What the programme is narrowed to; empty strings mean "all". */
export interface ProgrammeFilter {
  day: number | 'all';
  room: string;
  track: string;
  type: string;
  query: string;
}

export const NO_FILTER: ProgrammeFilter = { day: 'all', room: '', track: '', type: '', query: '' };

/** The folded text a query is matched against: title, people, room, track. */
export function searchText(session: Session): string {
  return fold(
    `${session.title}\n${session.people.map((p) => p.name).join('\n')}\n${session.room}\n${session.track ?? ''}`,
  );
}

/** Folded search text of each session, by guid. Built once per conference. */
export function buildSearchIndex(sessions: readonly Session[]): Map<string, string> {
  return new Map(sessions.map((s) => [s.guid, searchText(s)]));
}

/** The rooms, tracks and types that occur, each sorted, for the filter menus. */
export interface Facets {
  rooms: string[];
  tracks: string[];
  types: string[];
}

const collator = new Intl.Collator('de');
const sorted = (values: Set<string>) => [...values].sort(collator.compare);

export function facetsOf(sessions: readonly Session[]): Facets {
  const collector = new FacetCollector();
  for (const s of sessions) collector.add(s);
  return collector.result();
}

/** facetsOf a session at a time, so a large programme's menus are gathered while it is built in slices. */
export class FacetCollector {
  private readonly rooms = new Set<string>();
  private readonly tracks = new Set<string>();
  private readonly types = new Set<string>();

  add(s: Session): void {
    this.rooms.add(s.room);
    if (s.track) this.tracks.add(s.track);
    if (s.type) this.types.add(s.type);
  }

  result(): Facets {
    return { rooms: sorted(this.rooms), tracks: sorted(this.tracks), types: sorted(this.types) };
  }
}

/** True when any narrowing other than the day is in force. */
export function isNarrowed(filter: ProgrammeFilter): boolean {
  return filter.room !== '' || filter.track !== '' || filter.type !== '' || filter.query.trim() !== '';
}

/**
 * The sessions that pass `filter`, in their given order. `index` holds folded search text by
 * guid; a session missing from it (a cancelled one shown for its mark) is folded on the spot.
 */
export function filterProgramme(
  sessions: readonly Session[],
  filter: ProgrammeFilter,
  index: ReadonlyMap<string, string> | null,
): Session[] {
  const words = foldedWords(filter.query);
  const { day, room, track, type } = filter;
  const out: Session[] = [];
  // A plain loop: this runs on every keystroke over up to 10,000 items.
  for (const s of sessions) {
    if (day !== 'all' && s.dayIndex !== day) continue;
    if (room !== '' && s.room !== room) continue;
    if (track !== '' && s.track !== track) continue;
    if (type !== '' && s.type !== type) continue;
    if (words.length > 0 && !matchesAll(index?.get(s.guid) ?? searchText(s), words)) continue;
    out.push(s);
  }
  return out;
}

/** How many of `sessions` fall on each day (the day switcher shows it while narrowed). */
export function countByDay(sessions: readonly Session[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const s of sessions) counts.set(s.dayIndex, (counts.get(s.dayIndex) ?? 0) + 1);
  return counts;
}
