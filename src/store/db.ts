import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { RawSchedule } from '../domain/raw';
import type { Note } from '../domain/note';
import type { PhotoRecord } from '../domain/photo';

/**
 * The one module that opens IndexedDB. Everything a person creates lives here: marks, notes,
 * settings, imported conferences. Only src/store/* imports this file, and only src/state/*
 * imports src/store/*.
 */

export const DB_NAME = 'tagesbegleiter';
/** Bump with a new `if (oldVersion < N)` step below; never edit a step that has shipped. */
export const DB_VERSION = 5;

/** A marked programme item, keyed by conference and guid (never by list position). */
export interface MarkRecord {
  conferenceId: string;
  guid: string;
  markedAt: number;
}

/** A note, as the domain defines it (src/domain/note.ts). */
export type NoteRecord = Note;

export interface SettingRecord {
  key: string;
  value: unknown;
}

/** A conference the person imported (the bundled one comes from data/ and is stored only for change tracking). */
export interface ConferenceRecord {
  id: string;
  source: 'bundled' | 'import';
  schedule: RawSchedule;
  /** The version before the last replacement, to show what changed. */
  previous?: RawSchedule;
  fileName?: string;
  importedAt: number;
  /** Fingerprint of `schedule` (src/domain/stable-id.ts contentHash): the same file again is no update. */
  hash?: string;
}

export interface TagesbegleiterDB extends DBSchema {
  marks: { key: [string, string]; value: MarkRecord; indexes: { byConference: string } };
  settings: { key: string; value: SettingRecord };
  notes: { key: string; value: NoteRecord; indexes: { byConference: string; byUpdated: number } };
  conferences: { key: string; value: ConferenceRecord };
  /** Photos of notes (src/store/photos.ts): the image and its thumbnail as Blobs. */
  photos: { key: string; value: PhotoRecord; indexes: { byNote: string; byConference: string } };
}

export type Db = IDBPDatabase<TagesbegleiterDB>;

/** IndexedDB cannot be used on this device (private mode, blocked, quota, old browser). */
export class StorageUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`IndexedDB unavailable: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'StorageUnavailableError';
  }
}

/** Called when another tab needs this one to let go of the database (it runs a newer version). */
let onVersionChange: () => void = () => {};
export function setVersionChangeHandler(handler: () => void): void {
  onVersionChange = handler;
}

let dbPromise: Promise<Db> | undefined;

/** Opens (once) and upgrades the database. Rejects with StorageUnavailableError when it cannot. */
export function getDb(): Promise<Db> {
  dbPromise ??= open().catch((error: unknown) => {
    dbPromise = undefined;
    throw error instanceof StorageUnavailableError ? error : new StorageUnavailableError(error);
  });
  return dbPromise;
}

async function open(): Promise<Db> {
  if (typeof indexedDB === 'undefined') throw new StorageUnavailableError('no indexedDB');
  return openDB<TagesbegleiterDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const marks = db.createObjectStore('marks', { keyPath: ['conferenceId', 'guid'] });
        marks.createIndex('byConference', 'conferenceId');
        db.createObjectStore('settings', { keyPath: 'key' });
      }
      if (oldVersion < 2) {
        const notes = db.createObjectStore('notes', { keyPath: 'id' });
        notes.createIndex('byConference', 'conferenceId');
        notes.createIndex('byUpdated', 'updatedAt');
      }
      if (oldVersion < 3) {
        db.createObjectStore('conferences', { keyPath: 'id' });
      }
      if (oldVersion < 5) {
        const photos = db.createObjectStore('photos', { keyPath: 'id' });
        photos.createIndex('byNote', 'noteId');
        photos.createIndex('byConference', 'conferenceId');
      }
    },
    blocked() {
      // An older tab still holds the database open; it closes itself on `blocking` below.
    },
    blocking() {
      // A newer version of the app wants to upgrade: let go so that tab is not stuck.
      void dbPromise?.then((db) => db.close());
      dbPromise = undefined;
      onVersionChange();
    },
    terminated() {
      // The browser closed the connection (e.g. storage cleared): reopen on next use.
      dbPromise = undefined;
    },
  });
}

/** Closes the connection (tests, "delete all my data"). */
export async function closeDb(): Promise<void> {
  const pending = dbPromise;
  dbPromise = undefined;
  if (pending) (await pending.catch(() => undefined))?.close();
}
