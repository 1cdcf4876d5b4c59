import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { Conference, Session } from '../domain/types';
import { compareSessions } from '../domain/schedule';
import { fold } from '../domain/fold';
import {
  countByDay,
  facetsOf,
  filterProgramme,
  isNarrowed,
  type Facets,
  type ProgrammeFilter,
} from '../domain/programme-filter';
import { conference } from './conference';
import { now } from './clock';
import { scheduleChanges } from './changes';
import { markedGuids } from './marks';
import { notes } from './note-list';
import { facetsOfConference, searchIndexOf } from './search-index';

/**
 * What the programme shows: the chosen day (multi-day conferences), room, track, type and the
 * search text, and the resulting list. Reset when another conference comes on screen.
 */

const chosenDay = signal<number | 'all' | null>(null);
/** Search text as typed. */
const programmeQuerySignal = signal('');
export const programmeQuery: ReadonlySignal<string> = programmeQuerySignal;
const programmeRoomSignal = signal('');
export const programmeRoom: ReadonlySignal<string> = programmeRoomSignal;
const programmeTrackSignal = signal('');
export const programmeTrack: ReadonlySignal<string> = programmeTrackSignal;
const programmeTypeSignal = signal('');
export const programmeType: ReadonlySignal<string> = programmeTypeSignal;

let filtersFor: string | undefined;
effect(() => {
  const id = conference.value?.id;
  if (id === filtersFor) return;
  filtersFor = id;
  chosenDay.value = null;
  programmeQuerySignal.value = '';
  programmeRoomSignal.value = '';
  programmeTrackSignal.value = '';
  programmeTypeSignal.value = '';
});

/** The day running at `t`, else the next one, else the first: where a person wants to land. */
function defaultDay(conf: Conference, t: number): number | 'all' {
  const days = conf.days;
  if (days.length <= 1) return 'all';
  const running = days.find((d) => d.start.getTime() <= t && t < d.end.getTime());
  const upcoming = days.find((d) => d.start.getTime() > t);
  return (running ?? upcoming ?? days[0]!).index;
}

/** The day shown: the person's choice, else today's (or the next) day. 'all' for one-day conferences. */
export const programmeDay = computed<number | 'all'>(() => {
  const conf = conference.value;
  if (!conf || conf.days.length <= 1) return 'all';
  return chosenDay.value ?? defaultDay(conf, now.value.getTime());
});

/** Shows one day, or all days. */
export function chooseDay(day: number | 'all'): void {
  chosenDay.value = day;
}

const filter = computed<ProgrammeFilter>(() => ({
  day: programmeDay.value,
  room: programmeRoom.value,
  track: programmeTrack.value,
  type: programmeType.value,
  query: programmeQuery.value,
}));

/** Room, track or type chosen, or text searched. */
export const programmeNarrowed = computed(() => isNarrowed(filter.value));

export function setProgrammeQuery(query: string): void {
  programmeQuerySignal.value = query;
}

export function setProgrammeRoom(room: string): void {
  programmeRoomSignal.value = room;
}

export function setProgrammeTrack(track: string): void {
  programmeTrackSignal.value = track;
}

export function setProgrammeType(type: string): void {
  programmeTypeSignal.value = type;
}

/** Empties search and filters (not the day). */
export function resetProgrammeFilters(): void {
  programmeQuerySignal.value = '';
  programmeRoomSignal.value = '';
  programmeTrackSignal.value = '';
  programmeTypeSignal.value = '';
}

/** The rooms, tracks and types of the conference on screen. */
export const programmeFacets = computed<Facets>(() => {
  const conf = conference.value;
  return conf ? facetsOfConference(conf) : facetsOf([]);
});

/** Guids of items with a note, so a cancelled item with a note stays in view. */
const notedGuids = computed(() => {
  const id = conference.value?.id;
  return new Set(
    notes.value.flatMap((n) => (n.conferenceId === id && n.sessionGuid && n.text.trim() ? [n.sessionGuid] : [])),
  );
});

/** The programme plus cancelled items the person marked or wrote a note on ("entfällt"). */
const sessionsWithKept = computed<readonly Session[]>(() => {
  const conf = conference.value;
  if (!conf) return [];
  const marked = markedGuids.value;
  const noted = notedGuids.value;
  const kept = scheduleChanges.value.cancelled.filter((s) => marked.has(s.guid) || noted.has(s.guid));
  return kept.length ? [...conf.sessions, ...kept].sort(compareSessions) : conf.sessions;
});

/** The last search, so typing on narrows its result instead of searching everything again. */
let lastSearch: { all: readonly Session[]; menus: string; query: string; result: Session[] } | null = null;

/** The items that pass room, track, type and search on any day (the programme itself when not narrowed). */
const narrowedAllDays = computed<readonly Session[]>(() => {
  const conf = conference.value;
  if (!conf) return [];
  const all = sessionsWithKept.value;
  const f = filter.value;
  if (!programmeNarrowed.value) {
    lastSearch = null;
    return all;
  }
  const menus = `${f.room}\u0000${f.track}\u0000${f.type}`;
  const query = fold(f.query.trim());
  // A query that extends the last one can only match a subset of what the last one matched.
  const narrowing =
    lastSearch !== null && lastSearch.all === all && lastSearch.menus === menus && query.startsWith(lastSearch.query);
  const result = filterProgramme(narrowing ? lastSearch!.result : all, { ...f, day: 'all' }, searchIndexOf(conf));
  lastSearch = { all, menus, query, result };
  return result;
});

/** The sessions to list, in programme order. */
export const programmeSessions = computed<readonly Session[]>(() => {
  const day = programmeDay.value;
  const list = narrowedAllDays.value;
  return day === 'all' ? list : list.filter((s) => s.dayIndex === day);
});

/** Matches per day while narrowed (the day switcher shows them); null when not narrowed. */
export const programmeDayCounts = computed<Map<number, number> | null>(() => {
  const conf = conference.value;
  if (!conf || conf.days.length <= 1 || !programmeNarrowed.value) return null;
  return countByDay(narrowedAllDays.value);
});
