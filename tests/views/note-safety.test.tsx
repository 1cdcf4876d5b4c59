import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { renderApp } from './render-app';
import { bundledConference } from '../fixtures';
import { freshIndexedDb } from '../support/fresh-db';
import { getNote, listNotes, saveNote } from '../../src/store/notes';
import { deleteAllPersonalData } from '../../src/store/backup';
import { DB_NAME, DB_VERSION } from '../../src/store/db';
import { resetNotes } from '../../src/state/notes';
import { SAVE_DELAY_MS } from '../../src/state/note-draft';
import { NOTE_MAX_CHARS, sessionNoteId } from '../../src/domain/note';
import { TAB_CHANNEL, type TabMessage } from '../../src/sw/messages';

/**
 * The note field when another tab deletes everything, upgrades the database, or the person
 * pastes past the limit: nothing typed is lost, nothing deleted comes back unasked.
 */

const conf = bundledConference();
const workshopA = conf.sessions.find((s) => s.title.startsWith('Workshop A'))!;
const noteId = sessionNoteId(conf.id, workshopA.guid);
const sessionPath = `/sitzung/${workshopA.guid}`;
const field = () => screen.getByRole('textbox', { name: /Notiz/ }) as HTMLTextAreaElement;
const type = (text: string) => fireEvent.input(field(), { target: { value: text } });
const stored = { id: noteId, conferenceId: conf.id, sessionGuid: workshopA.guid, baseRev: 0 };

async function loadedField(): Promise<HTMLTextAreaElement> {
  await waitFor(() => expect(field().readOnly).toBe(false));
  return field();
}

/** What another tab's "Alle meine Daten löschen" does: wipe, then tell. */
async function deleteAllInAnotherTab(): Promise<void> {
  await deleteAllPersonalData();
  const other = new BroadcastChannel(TAB_CHANNEL);
  other.postMessage({ type: 'data-wiped', reason: 'deleteAll' } satisfies TabMessage);
  other.close();
}

beforeEach(async () => {
  await freshIndexedDb();
  resetNotes();
});

describe('delete all in another tab', () => {
  it('unsaved text: an alert asks; nothing is written back until the person keeps it, then as a new note', async () => {
    await saveNote({ ...stored, text: 'vor dem Löschen' }, 1000);
    renderApp(sessionPath);
    await waitFor(() => expect(field().value).toBe('vor dem Löschen'));
    type('vor dem Löschen, und weiter');
    await deleteAllInAnotherTab();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/In einem anderen Tab wurden alle Daten gelöscht/);
    // Typing on while asked saves nothing either.
    type('vor dem Löschen, und weiter getippt');
    fireEvent.blur(field());
    await new Promise((r) => setTimeout(r, SAVE_DELAY_MS + 100));
    expect(await listNotes(conf.id)).toEqual([]);
    expect(field().value).toBe('vor dem Löschen, und weiter getippt');

    fireEvent.click(screen.getByRole('button', { name: 'Text behalten' }));
    await waitFor(async () => expect((await getNote(noteId))?.text).toBe('vor dem Löschen, und weiter getippt'));
    const note = (await getNote(noteId))!;
    expect(note.rev).toBe(1);
    expect(note.createdAt).toBeGreaterThan(1000);
    await waitFor(() => expect(screen.queryByText('Text behalten')).toBeNull());
  });

  it('unsaved text discarded: the field empties and nothing is stored', async () => {
    await saveNote({ ...stored, text: 'alt' });
    renderApp(sessionPath);
    await waitFor(() => expect(field().value).toBe('alt'));
    type('alt und neu');
    await deleteAllInAnotherTab();
    fireEvent.click(await screen.findByRole('button', { name: 'Verwerfen' }));
    expect(field().value).toBe('');
    await new Promise((r) => setTimeout(r, SAVE_DELAY_MS + 100));
    expect(await listNotes(conf.id)).toEqual([]);
  });

  it('nothing unsaved: the field empties and says why', async () => {
    await saveNote({ ...stored, text: 'gespeichert' });
    renderApp(sessionPath);
    await waitFor(() => expect(field().value).toBe('gespeichert'));
    await deleteAllInAnotherTab();
    await waitFor(() => expect(field().value).toBe(''));
    expect((await screen.findByText(/In einem anderen Tab wurden alle Daten gelöscht/)).getAttribute('role')).toBe(
      'status',
    );
    expect(await listNotes(conf.id)).toEqual([]);
  });

  it('a save under way when the wipe lands does not write the deleted note back', async () => {
    await saveNote({ ...stored, text: 'eins' });
    renderApp(sessionPath);
    await waitFor(() => expect(field().value).toBe('eins'));
    // The wipe commits before this tab's save, and its message has not arrived yet.
    await deleteAllPersonalData();
    type('eins zwei');
    fireEvent.blur(field());
    expect((await screen.findByRole('alert')).textContent).toMatch(/in einem anderen Tab gelöscht/);
    expect(await listNotes(conf.id)).toEqual([]);
  });
});

describe('a newer version upgrades the database in another tab', () => {
  it('saves the text still inside its typing pause on the old connection, lets go, and says so', async () => {
    await saveNote({ ...stored, text: 'Anfang' });
    renderApp(sessionPath);
    await waitFor(() => expect(field().value).toBe('Anfang'));
    type('Anfang und noch mehr');
    // The other tab opens the next version: this one must let go, after saving.
    const request = indexedDB.open(DB_NAME, DB_VERSION + 1);
    const upgraded = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const text = await new Promise<string>((resolve) => {
      const get = upgraded.transaction('notes').objectStore('notes').get(noteId);
      get.onsuccess = () => resolve(get.result.text);
    });
    expect(text).toBe('Anfang und noch mehr');
    const alert = await screen.findByText(/neue Version der App wurde in einem anderen Tab geöffnet/);
    expect(alert.closest('[role="alert"]')).not.toBeNull();
    expect(alert.textContent).toMatch(/Lade diese Seite neu/);
    // Typing on cannot save here any more: the text is kept in the journal, and the field says so.
    type('Anfang und noch mehr, danach');
    fireEvent.blur(field());
    await waitFor(() => expect(screen.getByText(/zwischengespeichert: Lade die Seite neu/)).toBeVisible());
    expect(field().value).toBe('Anfang und noch mehr, danach');
    const journal = Object.keys(localStorage).filter((k) => k.startsWith('tagesbegleiter:note-journal:'));
    expect(journal.map((k) => JSON.parse(localStorage.getItem(k)!).text)).toEqual(['Anfang und noch mehr, danach']);
    upgraded.close();
    for (const key of journal) localStorage.removeItem(key);
  });
});

describe('the size limit', () => {
  it('a paste over the limit keeps the save of the text typed before it', async () => {
    renderApp(sessionPath);
    await loadedField();
    type('kurz vor dem Einfügen');
    // Within the typing pause: the save of the text before it must still happen.
    type(`kurz vor dem Einfügen${'x'.repeat(NOTE_MAX_CHARS)}`);
    expect((await screen.findByRole('alert')).textContent).toMatch(/zu lang/);
    await waitFor(async () => expect((await getNote(noteId))?.text).toBe('kurz vor dem Einfügen'));
    expect(field().value.length).toBe(NOTE_MAX_CHARS + 'kurz vor dem Einfügen'.length);
  });
});
