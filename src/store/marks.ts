import { getDb, type MarkRecord } from './db';

/**
 * Marks ("Merken") in IndexedDB, keyed by conference and the item's guid, never by list position,
 * so they survive a reordered or updated programme.
 */

/**
 * Commits are flushed to disk before they report success: a mark the person saw turn on
 * must survive a crash or power loss, and one small record is cheap to flush.
 */
const DURABLE: IDBTransactionOptions = { durability: 'strict' };

/** The guids marked in one conference, oldest mark first. */
export async function listMarkedGuids(conferenceId: string): Promise<string[]> {
  const db = await getDb();
  const records = await db.getAllFromIndex('marks', 'byConference', conferenceId);
  return records.sort((a, b) => a.markedAt - b.markedAt).map((r) => r.guid);
}

/** Marks or unmarks one item; resolves once the write is durable. Setting the same state twice is harmless. */
export async function saveMark(conferenceId: string, guid: string, marked: boolean, now = Date.now()): Promise<void> {
  const db = await getDb();
  const tx = db.transaction('marks', 'readwrite', DURABLE);
  if (marked) {
    // Keep the first markedAt when the item is already marked (e.g. marked in two tabs).
    const existing = await tx.store.get([conferenceId, guid]);
    if (!existing) {
      const record: MarkRecord = { conferenceId, guid, markedAt: now };
      await tx.store.put(record);
    }
  } else {
    await tx.store.delete([conferenceId, guid]);
  }
  await tx.done;
}
