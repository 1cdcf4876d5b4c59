import { getDb, type ConferenceRecord } from './db';
import type { RawSchedule } from '../domain/raw';
import type { ScheduleSubscription } from '../domain/schedule-source';

/**
 * Conferences kept on this device, one record per conference id (the C3VOC acronym): every
 * imported schedule, and the bundled one as last seen, so a new app build with new data can be
 * compared with it. A replaced version stays in `previous` until the next replacement, which is
 * what "neu / geändert / entfällt" is computed from. Marks and notes are not touched here: they
 * are keyed by the same id and outlive any version of the programme.
 */

/** A schedule is large; strict durability costs a flush, and a lost import can be repeated. */
const RELAXED: IDBTransactionOptions = { durability: 'relaxed' };

/** The stored record of conference `id`, or undefined. */
export async function readStoredConference(id: string): Promise<ConferenceRecord | undefined> {
  const db = await getDb();
  return db.get('conferences', id);
}

/** What happened when a version was stored. */
export interface StoreOutcome {
  /** There was a version before; it is now `previous`. */
  replaced: boolean;
  /** The stored version was identical: nothing was written, `previous` kept. */
  unchanged: boolean;
  /** The record as stored now, so the caller need not read 10,000 items back. */
  record: ConferenceRecord;
}

/**
 * Stores `schedule` as the current version of conference `id`; an existing different version
 * becomes `previous`. Read and write happen in one transaction, so two tabs importing at once
 * cannot lose a version between them. `subscription`: the version came from an address, which
 * is kept for rechecks; a version from a file ends an earlier subscription (the person's file
 * must not be replaced by the next check of the address).
 */
export async function storeConferenceVersion(input: {
  id: string;
  schedule: RawSchedule;
  source: ConferenceRecord['source'];
  hash: string;
  fileName?: string;
  subscription?: ScheduleSubscription;
  now?: number;
}): Promise<StoreOutcome> {
  const db = await getDb();
  const tx = db.transaction('conferences', 'readwrite', RELAXED);
  const old = await tx.store.get(input.id);
  if (old?.hash === input.hash && old.source === input.source) {
    if (input.subscription) {
      // The same version fetched again: only "Stand:" and the validators move on.
      const record: ConferenceRecord = { ...old, subscription: input.subscription };
      await tx.store.put(record);
      await tx.done;
      return { replaced: false, unchanged: true, record };
    }
    await tx.done;
    return { replaced: false, unchanged: true, record: old };
  }
  const record: ConferenceRecord = {
    id: input.id,
    source: input.source,
    schedule: input.schedule,
    importedAt: input.now ?? Date.now(),
    hash: input.hash,
  };
  if (input.fileName) record.fileName = input.fileName;
  if (input.subscription) record.subscription = input.subscription;
  if (old && old.hash !== input.hash) record.previous = old.schedule;
  else if (old?.previous) record.previous = old.previous;
  await tx.store.put(record);
  await tx.done;
  return { replaced: Boolean(old) && old?.hash !== input.hash, unchanged: false, record };
}

/**
 * Records the schedule this app build ships for conference `id`. A different earlier copy
 * becomes `previous` (a new build brought new data). Skipped when the person imported their own
 * version of this conference: theirs stays in force.
 */
export async function recordBundledVersion(
  id: string,
  schedule: RawSchedule,
  hash: string,
): Promise<ConferenceRecord | 'imported'> {
  const db = await getDb();
  const tx = db.transaction('conferences', 'readwrite', RELAXED);
  const old = await tx.store.get(id);
  if (old && old.source !== 'bundled') {
    await tx.done;
    return 'imported';
  }
  if (old?.hash === hash) {
    await tx.done;
    return old;
  }
  const record: ConferenceRecord = { id, source: 'bundled', schedule, importedAt: Date.now(), hash };
  if (old) record.previous = old.schedule;
  await tx.store.put(record);
  await tx.done;
  return record;
}

/**
 * The address of conference `id` answered "not modified" at `fetchedAt`: moves "Stand:" on.
 * False (nothing written) when the conference is gone or no longer follows `url`.
 */
export async function touchSubscription(id: string, url: string, fetchedAt: number): Promise<boolean> {
  const db = await getDb();
  const tx = db.transaction('conferences', 'readwrite', RELAXED);
  const old = await tx.store.get(id);
  if (!old?.subscription || old.subscription.url !== url) {
    await tx.done;
    return false;
  }
  await tx.store.put({ ...old, subscription: { ...old.subscription, fetchedAt } });
  await tx.done;
  return true;
}

/**
 * Forgets conference `id`'s programme. Its marks and notes stay (they are keyed by the id), so
 * importing the file again brings everything back; "delete all my data" removes them.
 */
export async function deleteStoredConference(id: string): Promise<void> {
  const db = await getDb();
  await db.delete('conferences', id);
}
