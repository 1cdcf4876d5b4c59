import { IDBFactory } from 'fake-indexeddb';
import { closeDb } from '../../src/store/db';

/** Drops the app's connection and gives the test an empty IndexedDB of its own. */
export async function freshIndexedDb(): Promise<void> {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
}
