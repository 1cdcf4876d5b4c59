import { beforeEach, describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, getDb } from '../../src/store/db';
import { listMarkedGuids, saveMark } from '../../src/store/marks';
import { getNote } from '../../src/store/notes';
import { freshIndexedDb } from '../support/fresh-db';

const req = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

/** Writes a database exactly as version 1 of the app did, with the raw API (no app code). */
async function writeVersion1(marks: { conferenceId: string; guid: string; markedAt: number }[], settings: { key: string; value: unknown }[]) {
  const open = indexedDB.open(DB_NAME, 1);
  open.onupgradeneeded = () => {
    const db = open.result;
    const store = db.createObjectStore('marks', { keyPath: ['conferenceId', 'guid'] });
    store.createIndex('byConference', 'conferenceId');
    db.createObjectStore('settings', { keyPath: 'key' });
  };
  const db = await req(open);
  const tx = db.transaction(['marks', 'settings'], 'readwrite');
  for (const mark of marks) tx.objectStore('marks').put(mark);
  for (const setting of settings) tx.objectStore('settings').put(setting);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

describe('database upgrades', () => {
  beforeEach(freshIndexedDb);

  it('opens a version-1 database and keeps every mark and setting; the newer stores exist', async () => {
    const marks = [
      { conferenceId: 'smartcities-iserlohn-2023', guid: 'b-guid', markedAt: 2 },
      { conferenceId: 'smartcities-iserlohn-2023', guid: 'a-guid', markedAt: 1 },
      { conferenceId: 'other-2024', guid: 'c-guid', markedAt: 3 },
    ];
    await writeVersion1(marks, [{ key: 'language', value: 'de' }]);

    expect(await listMarkedGuids('smartcities-iserlohn-2023')).toEqual(['a-guid', 'b-guid']);
    expect(await listMarkedGuids('other-2024')).toEqual(['c-guid']);
    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['conferences', 'journal', 'marks', 'notes', 'settings']));
    expect(await db.getAll('marks')).toHaveLength(3);
    expect(await db.get('settings', 'language')).toEqual({ key: 'language', value: 'de' });
    expect([...db.transaction('notes').store.indexNames].sort()).toEqual(['byConference', 'byUpdated']);
    // The upgraded database takes new marks as usual.
    await saveMark('smartcities-iserlohn-2023', 'd-guid', true, 4);
    expect(await listMarkedGuids('smartcities-iserlohn-2023')).toEqual(['a-guid', 'b-guid', 'd-guid']);
  });

  it('creates every store in an empty database', async () => {
    expect(await listMarkedGuids('any')).toEqual([]);
    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['conferences', 'journal', 'marks', 'notes', 'settings']));
  });
});

/** A version-3 database as that release left it: a journal entry among the settings. */
async function writeVersion3(settings: { key: string; value: unknown }[], notes: object[] = []) {
  const open = indexedDB.open(DB_NAME, 3);
  open.onupgradeneeded = () => {
    const db = open.result;
    const marks = db.createObjectStore('marks', { keyPath: ['conferenceId', 'guid'] });
    marks.createIndex('byConference', 'conferenceId');
    db.createObjectStore('settings', { keyPath: 'key' });
    const store = db.createObjectStore('notes', { keyPath: 'id' });
    store.createIndex('byConference', 'conferenceId');
    store.createIndex('byUpdated', 'updatedAt');
    db.createObjectStore('conferences', { keyPath: 'id' });
  };
  const db = await req(open);
  const tx = db.transaction(['settings', 'notes'], 'readwrite');
  for (const setting of settings) tx.objectStore('settings').put(setting);
  for (const note of notes) tx.objectStore('notes').put(note);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

describe('database version 4: the journal in its own store', () => {
  beforeEach(freshIndexedDb);

  it('moves journal entries out of the settings and saves them into the notes on first use', async () => {
    const note = { id: 'session:conf:g1', conferenceId: 'conf', sessionGuid: 'g1', text: 'gespeichert', createdAt: 1, updatedAt: 1, rev: 1 };
    const entry = { id: note.id, conferenceId: 'conf', sessionGuid: 'g1', text: 'gespeichert und weiter', baseRev: 1, journalId: 'j1' };
    await writeVersion3([{ key: 'theme', value: 'dark' }, { key: 'note-journal:j1', value: entry }], [note]);

    // The first reader of notes needs no call of its own to see the journal's text.
    expect(await getNote(note.id)).toMatchObject({ text: 'gespeichert und weiter', rev: 2 });
    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    expect(await db.getAll('settings')).toEqual([{ key: 'theme', value: 'dark' }]);
    expect(await db.getAll('journal')).toEqual([]);
  });

  it('keeps a migrated entry in the journal store until it is replayed', async () => {
    const entry = { id: 'free-1', conferenceId: 'conf', sessionGuid: null, text: 'frei', baseRev: 0, journalId: 'j2' };
    await writeVersion3([{ key: 'note-journal:j2', value: entry }]);
    const db = await getDb();
    // Read without the notes store: the migration alone moved it.
    expect(await db.getAll('journal')).toEqual([entry]);
    expect(await db.get('settings', 'note-journal:j2')).toBeUndefined();
  });
});

describe('marks store', () => {
  beforeEach(freshIndexedDb);

  it('keys marks by conference and guid; marking twice keeps one record and the first time', async () => {
    await saveMark('conf-a', 'g1', true, 10);
    await saveMark('conf-a', 'g2', true, 20);
    await saveMark('conf-a', 'g1', true, 30);
    await saveMark('conf-b', 'g1', true, 40);
    expect(await listMarkedGuids('conf-a')).toEqual(['g1', 'g2']);
    expect(await listMarkedGuids('conf-b')).toEqual(['g1']);
    const db = await getDb();
    expect((await db.get('marks', ['conf-a', 'g1']))?.markedAt).toBe(10);
  });

  it('unmarks one conference’s item without touching the other conference', async () => {
    await saveMark('conf-a', 'g1', true);
    await saveMark('conf-b', 'g1', true);
    await saveMark('conf-a', 'g1', false);
    await saveMark('conf-a', 'never-marked', false);
    expect(await listMarkedGuids('conf-a')).toEqual([]);
    expect(await listMarkedGuids('conf-b')).toEqual(['g1']);
  });
});
