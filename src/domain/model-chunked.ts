import type { Conference, Session } from './types';
import type { RawAboutFile, RawPeopleFile, RawPlacesFile, RawSchedule } from './raw';
import { assembleConference, directorySource, modelContext, toSession, type ModelContext } from './model';
import { DirectoryBuilder } from './derived-directory';
import { FacetCollector, searchText, type Facets } from './programme-filter';
import { compareSessions } from './schedule';

/**
 * The same model as buildConference, built a slice at a time: between slices `pause` lets the
 * page paint and answer taps, so a 10,000-item conference never blocks the main thread for long.
 * The folded search text is made in the same pass, once per conference.
 */

/** About 5 ms of work per slice on a mid-range phone (measured: ~2 µs per item on a laptop, ×5). */
export const ITEMS_PER_SLICE = 500;

/** Files only the bundled conference has. */
export interface ConferenceFiles {
  people?: RawPeopleFile;
  places?: RawPlacesFile;
  about?: RawAboutFile;
}

/** Every event of `raw` as a session, `pause` awaited after each slice. */
export async function sessionsInSlices(
  raw: RawSchedule,
  ctx: ModelContext,
  pause: () => Promise<void>,
  onSession?: (session: Session) => void,
): Promise<Session[]> {
  const sessions: Session[] = [];
  let sinceBreak = 0;
  for (const day of raw.schedule.conference.days) {
    for (const [roomName, events] of Object.entries(day.rooms)) {
      for (const event of events) {
        const session = toSession(event, roomName, day.index, ctx);
        if (session) {
          sessions.push(session);
          onSession?.(session);
        }
        if (++sinceBreak >= ITEMS_PER_SLICE) {
          sinceBreak = 0;
          await pause();
        }
      }
    }
  }
  return sessions;
}

/** Items per sorted run and per merge step: a few ms each, however long the programme. */
const SORT_SLICE = 4_000;

/**
 * Sorts `items` in place as a bottom-up merge sort whose runs and merge steps are slices with
 * `pause` between them: one Array.sort over 200,000 items is a task of seconds on a phone.
 */
export async function sortInSlices<T>(
  items: T[],
  compare: (a: T, b: T) => number,
  pause: () => Promise<void>,
): Promise<void> {
  if (items.length <= SORT_SLICE) {
    items.sort(compare);
    return;
  }
  for (let at = 0; at < items.length; at += SORT_SLICE) {
    const run = items.slice(at, at + SORT_SLICE).sort(compare);
    for (let i = 0; i < run.length; i++) items[at + i] = run[i]!;
    await pause();
  }
  let from = items;
  let to = new Array<T>(items.length);
  let work = 0;
  for (let width = SORT_SLICE; width < items.length; width *= 2) {
    for (let lo = 0; lo < items.length; lo += 2 * width) {
      const mid = Math.min(lo + width, items.length);
      const hi = Math.min(lo + 2 * width, items.length);
      let i = lo;
      let j = mid;
      for (let k = lo; k < hi; k++) {
        to[k] = i < mid && (j >= hi || compare(from[i]!, from[j]!) <= 0) ? from[i++]! : from[j++]!;
        if (++work >= SORT_SLICE * 4) {
          work = 0;
          await pause();
        }
      }
    }
    [from, to] = [to, from];
  }
  if (from !== items) for (let i = 0; i < items.length; i++) items[i] = from[i]!;
}

/** The conference, its search index and its filter menus, built in slices. */
export async function buildConferenceInSlices(
  raw: RawSchedule,
  files: ConferenceFiles,
  pause: () => Promise<void>,
): Promise<{ conference: Conference; searchIndex: Map<string, string>; facets: Facets }> {
  const searchIndex = new Map<string, string>();
  const facets = new FacetCollector();
  const sessions = await sessionsInSlices(raw, modelContext(raw, files.people), pause, (s) => {
    searchIndex.set(s.guid, searchText(s));
    facets.add(s);
  });
  await pause();
  await sortInSlices(sessions, compareSessions, pause);
  await pause();
  // An imported schedule's people and places come from its items: one pass over 200,000 of them
  // is a task of a third of a second, so it is sliced too, in programme order as before.
  let derived: ReturnType<DirectoryBuilder['result']> | undefined;
  if (!files.people && !files.places) {
    const builder = new DirectoryBuilder(directorySource(raw));
    for (let at = 0; at < sessions.length; at += ITEMS_PER_SLICE) {
      for (const session of sessions.slice(at, at + ITEMS_PER_SLICE)) builder.add(session);
      await pause();
    }
    derived = builder.result();
  }
  const conference = assembleConference(raw, sessions, files.people, files.places, files.about, true, derived);
  return { conference, searchIndex, facets: facets.result() };
}
