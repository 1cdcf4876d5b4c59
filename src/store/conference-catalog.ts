import { getDb } from './db';
import { conferenceInfo, type ConferenceInfo } from '../domain/conference-info';

/**
 * Reading across all stored conferences (the Konferenzen list, links to items of another
 * conference). Its own module so the first screen does not load it.
 */

/**
 * Every stored conference as a list entry. Read with a cursor, one record per step, so a device
 * holding several large programmes never deserialises all of them in one main-thread task.
 */
export async function listStoredConferences(): Promise<ConferenceInfo[]> {
  const db = await getDb();
  const list: ConferenceInfo[] = [];
  let cursor = await db.transaction('conferences').store.openCursor();
  while (cursor) {
    const { schedule, source, fileName, importedAt, subscription } = cursor.value;
    list.push(conferenceInfo(schedule, source, source === 'import' ? { fileName, importedAt, subscription } : {}));
    cursor = await cursor.continue();
  }
  return list;
}

/** The id of a stored conference other than `except` whose programme has `guid`, if any. */
export async function findConferenceWithSession(guid: string, except: string): Promise<string | undefined> {
  const db = await getDb();
  let cursor = await db.transaction('conferences').store.openCursor();
  while (cursor) {
    const record = cursor.value;
    if (record.id !== except) {
      for (const day of record.schedule.schedule.conference.days) {
        for (const events of Object.values(day.rooms)) if (events.some((e) => e.guid === guid)) return record.id;
      }
    }
    cursor = await cursor.continue();
  }
  return undefined;
}
