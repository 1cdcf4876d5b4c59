import { beforeEach, describe, expect, it } from 'vitest';
import { DB_NAME, getDb } from '../../src/store/db';
import { deleteNote, getNote, saveNote } from '../../src/store/notes';
import { addPhoto, deletePhoto, listPhotos, photoTotals } from '../../src/store/photos';
import { deleteAllPersonalData } from '../../src/store/backup';
import { describeNotes } from '../../src/domain/note-view';
import { notesToMarkdown } from '../../src/domain/notes-markdown';
import { deScreens } from '../../src/i18n/de-screens';
import { bundledConference } from '../fixtures';
import { freshIndexedDb } from '../support/fresh-db';
import { JPEG, photoRecord, useNodeBlob } from '../support/photo-records';

useNodeBlob();

const conference = bundledConference();
const target = { id: 'free-1', conferenceId: conference.id, sessionGuid: null };

const req = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

describe('photos store', () => {
  beforeEach(freshIndexedDb);

  it('upgrades a version-3 database (notes, no photos): every note stays, the photos store exists with its indexes', async () => {
    const open = indexedDB.open(DB_NAME, 3);
    open.onupgradeneeded = () => {
      const db = open.result;
      db.createObjectStore('marks', { keyPath: ['conferenceId', 'guid'] }).createIndex('byConference', 'conferenceId');
      db.createObjectStore('settings', { keyPath: 'key' });
      const notes = db.createObjectStore('notes', { keyPath: 'id' });
      notes.createIndex('byConference', 'conferenceId');
      notes.createIndex('byUpdated', 'updatedAt');
      db.createObjectStore('conferences', { keyPath: 'id' });
    };
    const old = await req(open);
    const tx = old.transaction('notes', 'readwrite');
    tx.objectStore('notes').put({
      id: 'n1',
      conferenceId: conference.id,
      sessionGuid: null,
      text: 'alt',
      createdAt: 1,
      updatedAt: 1,
      rev: 1,
    });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    old.close();

    expect((await getNote('n1'))?.text).toBe('alt');
    const db = await getDb();
    expect([...db.transaction('photos').store.indexNames].sort()).toEqual(['byConference', 'byNote']);
  });

  it('a first photo creates its note, empty; the note is listed and exported though it has no text', async () => {
    const note = await addPhoto(photoRecord('p-1', 'free-1', conference.id, 5000), target, 5000);
    expect(note).toMatchObject({ id: 'free-1', text: '', rev: 1, createdAt: 5000 });
    expect(await getNote('free-1')).toEqual(note);
    expect(describeNotes([note], conference, () => true).map((e) => e.note.id)).toEqual(['free-1']);
    // Without photos the same empty note is blank, as before.
    expect(describeNotes([note], conference)).toEqual([]);
    const labels = { ...deScreens.notes.markdown, locale: 'de', approx: 'ca.' };
    const md = notesToMarkdown(
      [note],
      conference,
      labels,
      new Date(6000),
      () => [{ alt: 'Foto 1 der freien Notiz', path: 'fotos/foto-001.jpg' }],
      () => true,
    );
    expect(md).toContain('![Foto 1 der freien Notiz](fotos/foto-001.jpg)');
  });

  it('typing into a field that loaded before the first photo created the note writes, without a conflict copy', async () => {
    await addPhoto(photoRecord('p-1', 'free-1', conference.id, 5000), target, 5000);
    const decision = await saveNote({ ...target, text: 'Flipchart Station 2', baseRev: 0 }, 6000);
    expect(decision.kind).toBe('write');
    expect(await getNote('free-1')).toMatchObject({ text: 'Flipchart Station 2', rev: 2 });
  });

  it('text journaled before the first photo created the note (base unknown by then) is written into it, not beside it', async () => {
    await addPhoto(photoRecord('p-1', 'free-1', conference.id, 5000), target, 5000);
    const decision = await saveNote({ ...target, text: 'aus dem Journal', baseRev: -1 }, 6000);
    expect(decision.kind).toBe('write');
    expect(await getNote('free-1')).toMatchObject({ text: 'aus dem Journal', rev: 2 });
  });

  it('a photo added to a note with text moves its change time on and keeps its text and rev', async () => {
    await saveNote({ ...target, text: 'Text', baseRev: 0 }, 1000);
    const note = await addPhoto(photoRecord('p-1', 'free-1', conference.id, 2000), target, 2000);
    expect(note).toMatchObject({ text: 'Text', rev: 1, updatedAt: 2000 });
  });

  it('lists a conference’s photos, counts them with their bytes, deletes one, and deleting the note deletes its photos', async () => {
    await addPhoto(photoRecord('p-1', 'free-1', conference.id, 1), target, 1);
    await addPhoto(photoRecord('p-2', 'free-1', conference.id, 2), target, 2);
    await addPhoto(photoRecord('p-3', 'free-2', conference.id, 3), { ...target, id: 'free-2' }, 3);
    expect((await listPhotos(conference.id)).map((p) => p.id).sort()).toEqual(['p-1', 'p-2', 'p-3']);
    expect(await photoTotals()).toEqual({ count: 3, bytes: 3 * 2 * JPEG.length });
    await deletePhoto('p-2');
    await deleteNote('free-1');
    expect((await listPhotos(conference.id)).map((p) => p.id)).toEqual(['p-3']);
    expect(await getNote('free-1')).toBeUndefined();
    await deleteAllPersonalData();
    expect(await photoTotals()).toEqual({ count: 0, bytes: 0 });
  });

  it('a photo that cannot be stored leaves nothing behind: no half-made note', async () => {
    await addPhoto(photoRecord('p-1', 'free-1', conference.id, 1), target, 1);
    // The same id again is refused by IndexedDB (add, not put): the transaction aborts as a full disk would.
    await expect(
      addPhoto(photoRecord('p-1', 'free-9', conference.id, 2), { ...target, id: 'free-9' }, 2),
    ).rejects.toThrow();
    expect(await getNote('free-9')).toBeUndefined();
    expect((await listPhotos(conference.id)).map((p) => p.noteId)).toEqual(['free-1']);
  });
});
