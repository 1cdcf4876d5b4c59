import { storedConferenceSessions } from '../store/backup';
import { conference } from './conference';

/**
 * The titles of the sessions this app knows, for backups and their checks (the JSON backup and
 * the photo ZIP both name a note's session by its title).
 */

/** The sessions this app knows, by conference: the one on screen, then the stored ones. */
export async function sessionTitles(): Promise<Map<string, Map<string, string>>> {
  const known = await storedConferenceSessions().catch(() => new Map<string, Map<string, string>>());
  const current = conference.value;
  if (current) known.set(current.id, new Map(current.sessions.map((s) => [s.guid, s.title])));
  return known;
}

/** The sessions this app knows, as the backup check asks for them. */
export async function backupSessionLookup(): Promise<(conferenceId: string) => Map<string, string> | undefined> {
  const titles = await sessionTitles();
  return (cid) => titles.get(cid);
}
