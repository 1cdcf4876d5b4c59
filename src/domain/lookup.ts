import type { Conference, Person, Session, Station } from './types';

/** Finding things in a conference for the pages of one item, person or place. */

/** The session with this guid, if the conference has it. */
export function findSession(conference: Conference, guid: string): Session | undefined {
  return conference.sessions.find((s) => s.guid === guid);
}

export function findPerson(conference: Conference, id: string): Person | undefined {
  return conference.people.find((p) => p.id === id);
}

/** The sessions a person took part in, with their role in each. */
export function sessionsOfPerson(conference: Conference, personId: string): { session: Session; role?: string }[] {
  return conference.sessions.flatMap((session) =>
    session.people.filter((p) => p.personId === personId).map((p) => ({ session, role: p.role })),
  );
}

/**
 * What a place is in: the items held there, and the items held elsewhere in which it ran a station
 * (the Stadtlabore in Workshop A, which took place in the Parktheater).
 */
export function placeAppearances(
  conference: Conference,
  placeId: string,
): { held: Session[]; presented: { session: Session; station: Station }[] } {
  const held: Session[] = [];
  const presented: { session: Session; station: Station }[] = [];
  for (const session of conference.sessions) {
    if (session.placeId === placeId) {
      held.push(session);
      continue;
    }
    const station = session.stations.find((st) => st.placeId === placeId);
    if (station) presented.push({ session, station });
  }
  return { held, presented };
}
