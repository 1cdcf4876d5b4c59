import type { Conference, Session } from './types';
import type { RawAboutFile, RawPeopleFile, RawPlacesFile, RawSchedule } from './raw';
import { assembleConference, modelContext, toSession, type ModelContext } from './model';
import { searchText } from './programme-filter';

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

/** The conference and its search index, built in slices. */
export async function buildConferenceInSlices(
  raw: RawSchedule,
  files: ConferenceFiles,
  pause: () => Promise<void>,
): Promise<{ conference: Conference; searchIndex: Map<string, string> }> {
  const searchIndex = new Map<string, string>();
  const sessions = await sessionsInSlices(raw, modelContext(raw, files.people), pause, (s) =>
    searchIndex.set(s.guid, searchText(s)),
  );
  await pause();
  const conference = assembleConference(raw, sessions, files.people, files.places, files.about);
  return { conference, searchIndex };
}
