import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { RawSchedule } from '../domain/raw';
import type { Note, NoteDraftInput } from '../domain/note';
import { LEGACY_JOURNAL_PREFIX } from '../domain/legacy-journal';
import type { ScheduleSubscription } from '../domain/schedule-source';
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
  /** Loaded from an address, which the app rechecks (an optional field: no schema version needed). */
  subscription?: ScheduleSubscription;
}

/**
 * A note field's text written in one synchronous step as the page hides (or after a failed save),
 * replayed with the two-tab check on the next open (src/store/journal.ts). One entry per field.
 */
export type JournalRecord = NoteDraftInput & { journalId: string };

export interface TagesbegleiterDB extends DBSchema {
  journal: { key: string; value: JournalRecord };
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

/** The database was upgraded by a newer version of the app in another tab: this page can no longer use it. */
export class DatabaseUpgradedError extends StorageUnavailableError {
  constructor() {
    super('a newer version of the app upgraded the database in another tab');
    this.name = 'DatabaseUpgradedError';
  }
}

/** What happened to the connection, for the state layer to tell the person. */
export type ConnectionEvent =
  /** Another tab holds an older version open; this page's open waits for it. */
  | 'blocked'
  /** The connection is open (again): a wait for another tab is over. */
  | 'open'
  /** A newer version in another tab took over: this page has saved what it could and let go. */
  | 'upgraded'
  /** The browser closed the connection (storage cleared); it is being reopened. */
  | 'terminated';

const connectionListeners = new Set<(event: ConnectionEvent) => void>();
/** Subscribes to connection events; returns an unsubscribe. */
export function onConnectionEvent(listener: (event: ConnectionEvent) => void): () => void {
  connectionListeners.add(listener);
  return () => connectionListeners.delete(listener);
}
let lastEvent: Exclude<ConnectionEvent, 'terminated'> = 'open';
/**
 * The connection's latest state-changing event (a reopen after 'terminated' ends in 'open'), for
 * a listener that subscribes late: the banner that reports a wait for another tab loads after the
 * first screen, when the open may be waiting already.
 */
export function lastConnectionEvent(): ConnectionEvent {
  return lastEvent;
}
function emit(event: ConnectionEvent): void {
  if (event !== 'terminated') lastEvent = event;
  for (const listener of [...connectionListeners]) listener(event);
}

/** Work that must finish on the old connection before this page lets go of it (saving a note). */
const beforeClose = new Set<() => Promise<unknown>>();
/** Registers such work; returns an unsubscribe. */
export function onBeforeVersionChange(task: () => Promise<unknown>): () => void {
  beforeClose.add(task);
  return () => beforeClose.delete(task);
}
/**
 * How long the newer tab may wait for this one's last saves: a durable write takes milliseconds;
 * after this the connection is closed anyway (the text is still in the field and the journal).
 */
const BEFORE_CLOSE_MS = 3000;

let dbPromise: Promise<Db> | undefined;
/** The open connection, for the one write that must be issued synchronously (page hide). */
let current: Db | undefined;
/** Set once a newer version took the database over: opening again at this version would fail. */
let upgradedElsewhere = false;

/** The open connection, synchronously; undefined while none is open. */
export function currentDb(): Db | undefined {
  return current;
}

/** Opens (once) and upgrades the database. Rejects with StorageUnavailableError when it cannot. */
export function getDb(): Promise<Db> {
  if (upgradedElsewhere) return Promise.reject(new DatabaseUpgradedError());
  dbPromise ??= open().then(
    (db) => {
      current = db;
      emit('open');
      return db;
    },
    (error: unknown) => {
      dbPromise = undefined;
      throw error instanceof StorageUnavailableError ? error : new StorageUnavailableError(error);
    },
  );
  return dbPromise;
}

/** Saves what must be saved on the connection still open, then lets go of it for the newer version. */
async function yieldToNewerVersion(db: Db): Promise<void> {
  const tasks = [...beforeClose].map((task) => task().catch(() => {}));
  await Promise.race([Promise.all(tasks), new Promise((resolve) => setTimeout(resolve, BEFORE_CLOSE_MS))]);
  upgradedElsewhere = true;
  db.close();
  if (current === db) current = undefined;
  dbPromise = undefined;
  emit('upgraded');
}

async function open(): Promise<Db> {
  if (typeof indexedDB === 'undefined') throw new StorageUnavailableError('no indexedDB');
  // Set once the open resolves; the callbacks below may fire before that and must see undefined.
  let db: Db | undefined = undefined;
  db = await openDB<TagesbegleiterDB>(DB_NAME, DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
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
      if (oldVersion < 4) {
        // The journal had lived in the settings store under a key prefix: move its entries over.
        const journal = db.createObjectStore('journal', { keyPath: 'journalId' });
        if (oldVersion >= 1) {
          const settings = tx.objectStore('settings');
          const range = IDBKeyRange.bound(LEGACY_JOURNAL_PREFIX, `${LEGACY_JOURNAL_PREFIX}\uffff`);
          for (let cursor = await settings.openCursor(range); cursor; cursor = await cursor.continue()) {
            const entry = cursor.value.value as Partial<JournalRecord> | null;
            if (typeof entry === 'object' && entry !== null) {
              await journal.put({
                ...entry,
                journalId: cursor.key.slice(LEGACY_JOURNAL_PREFIX.length),
              } as JournalRecord);
            }
            await cursor.delete();
          }
        }
      }
      if (oldVersion < 5) {
        const photos = db.createObjectStore('photos', { keyPath: 'id' });
        photos.createIndex('byNote', 'noteId');
        photos.createIndex('byConference', 'conferenceId');
      }
    },
    blocked() {
      // An older tab still holds the database open; the open goes on once it lets go.
      emit('blocked');
    },
    blocking(_currentVersion, blockedVersion) {
      if (!db) return;
      // A newer version of the app wants to upgrade: save on this connection, then let go.
      if (blockedVersion !== null) void yieldToNewerVersion(db);
      else {
        // The database is being deleted (not by this app): let go, a later open starts afresh.
        db.close();
        if (current === db) current = undefined;
        dbPromise = undefined;
      }
    },
    terminated() {
      // The browser closed the connection (e.g. storage cleared): reopen at once, so the
      // page-hide journal, which cannot wait for an open, has a connection again.
      if (current === db) current = undefined;
      dbPromise = undefined;
      emit('terminated');
      void getDb().catch(() => {});
    },
  });
  return db;
}

/** Closes the connection (tests, "delete all my data"). */
export async function closeDb(): Promise<void> {
  const pending = dbPromise;
  dbPromise = undefined;
  current = undefined;
  upgradedElsewhere = false;
  if (pending) (await pending.catch(() => undefined))?.close();
}
