import { beforeEach, describe, expect, it } from 'vitest';
import { countNotes, deleteNote, getNote, isJournalKey, journalNote, listNotes, replayNoteJournal, saveNote } from '../../src/store/notes';
import { closeDb } from '../../src/store/db';
import type { NoteDraftInput } from '../../src/domain/note';
import { freshIndexedDb } from '../support/fresh-db';

const draft = (over: Partial<NoteDraftInput> = {}): NoteDraftInput => ({
  id: 'session:conf:g1',
  conferenceId: 'conf',
  sessionGuid: 'g1',
  text: 'Hallo',
  baseRev: 0,
  ...over,
});

beforeEach(freshIndexedDb);

describe('notes store', () => {
  it('creates a note at rev 1 and reads it back after the connection is closed', async () => {
    const decision = await saveNote(draft(), 1000);
    expect(decision).toMatchObject({ kind: 'write', note: { rev: 1, createdAt: 1000, updatedAt: 1000 } });
    await closeDb();
    expect(await getNote('session:conf:g1')).toEqual({
      id: 'session:conf:g1',
      conferenceId: 'conf',
      sessionGuid: 'g1',
      text: 'Hallo',
      createdAt: 1000,
      updatedAt: 1000,
      rev: 1,
    });
  });

  it('saves the next rev from the rev it was loaded from', async () => {
    await saveNote(draft(), 1000);
    const second = await saveNote(draft({ text: 'Hallo Welt', baseRev: 1 }), 2000);
    expect(second).toMatchObject({ kind: 'write', note: { rev: 2, text: 'Hallo Welt', createdAt: 1000, updatedAt: 2000 } });
    expect((await getNote('session:conf:g1'))!.text).toBe('Hallo Welt');
  });

  it('two tabs from the same rev: the second never overwrites the first, both texts are kept', async () => {
    await saveNote(draft(), 1000);
    // Tab A and tab B both loaded rev 1.
    await saveNote(draft({ text: 'aus Tab A', baseRev: 1 }), 2000);
    const fromB = await saveNote(draft({ text: 'aus Tab B', baseRev: 1 }), 3000);
    expect(fromB.kind).toBe('conflict');
    const all = await listNotes('conf');
    expect(all.map((n) => n.text).sort()).toEqual(['aus Tab A', 'aus Tab B']);
    const copy = all.find((n) => n.text === 'aus Tab B')!;
    expect(copy.conflictOf).toBe('session:conf:g1');
    expect(copy.sessionGuid).toBe('g1');
    expect((await getNote('session:conf:g1'))!.text).toBe('aus Tab A');
  });

  it('two tabs saving the same text is no conflict', async () => {
    await saveNote(draft(), 1000);
    await saveNote(draft({ text: 'gleich', baseRev: 1 }), 2000);
    expect((await saveNote(draft({ text: 'gleich', baseRev: 1 }), 3000)).kind).toBe('same');
    expect(await countNotes()).toBe(1);
  });

  it('lists notes by conference', async () => {
    await saveNote(draft(), 1);
    await saveNote(draft({ id: 'free-1', sessionGuid: null }), 2);
    await saveNote(draft({ id: 'other-1', conferenceId: 'other' }), 3);
    expect((await listNotes('conf')).map((n) => n.id).sort()).toEqual(['free-1', 'session:conf:g1']);
    expect((await listNotes('other')).map((n) => n.id)).toEqual(['other-1']);
  });

  it('writes a note again that was deleted while it was being edited', async () => {
    await saveNote(draft(), 1);
    await deleteNote('session:conf:g1');
    expect(await getNote('session:conf:g1')).toBeUndefined();
    await saveNote(draft({ text: 'weiter getippt', baseRev: 1 }), 2);
    expect((await getNote('session:conf:g1'))!.text).toBe('weiter getippt');
  });

  it.each([
    ['script', '<script>alert(1)</script>'],
    ['img onerror', '<img src=x onerror=alert(1)>'],
    ['javascript link', 'javascript:alert(1)'],
    ['right-to-left override', 'abc\u202Edef'],
    ['emoji', '👩‍👩‍👧 🙂🇩🇪'],
    ['NUL characters', 'a\u0000b\u0000'],
    ['a megabyte', 'x'.repeat(1024 * 1024)],
  ])('stores %s verbatim', async (_name, text) => {
    await saveNote(draft({ text }), 1);
    await closeDb();
    expect((await getNote('session:conf:g1'))!.text).toBe(text);
  });
});

describe('the page-hide journal', () => {
  it('a journal entry written in one step is saved by the next start', async () => {
    await saveNote(draft({ text: 'gespeichert' }), 1);
    expect(journalNote(draft({ text: 'gespeichert und weiter', baseRev: 1, journalId: 'j1' }))).toBe(true);
    await closeDb(); // the page died
    const decisions = await replayNoteJournal(5);
    expect(decisions.map((d) => d.kind)).toEqual(['write']);
    expect(await getNote('session:conf:g1')).toMatchObject({ text: 'gespeichert und weiter', rev: 2, updatedAt: 5 });
    expect(await replayNoteJournal()).toEqual([]);
  });

  it('replays with the two-tab check: another tab saved meanwhile, both texts are kept', async () => {
    await saveNote(draft({ text: 'eins' }), 1);
    journalNote(draft({ text: 'eins, Tab A', baseRev: 1, journalId: 'tab-a' }));
    await saveNote(draft({ text: 'eins, Tab B', baseRev: 1, journalId: 'tab-b' }), 2);
    const [decision] = await replayNoteJournal(3);
    expect(decision!.kind).toBe('conflict');
    expect((await listNotes('conf')).map((n) => n.text).sort()).toEqual(['eins, Tab A', 'eins, Tab B']);
  });

  it("counts this tab's own save that was under way as the base, not as another tab", async () => {
    await saveNote(draft({ text: 'a' }), 1);
    // Hid while saving "ab" (from rev 1) with "abc" typed on: the journal names the save under way.
    journalNote(draft({ text: 'abc', baseRev: 1, inFlightText: 'ab', journalId: 'j' }));
    // The save under way was issued before the page hid: it cannot drop the later entry.
    await saveNote(draft({ text: 'ab', baseRev: 1 }), 2);
    expect((await replayNoteJournal(3)).map((d) => d.kind)).toEqual(['write']);
    expect(await getNote('session:conf:g1')).toMatchObject({ text: 'abc', rev: 3 });
    expect(await countNotes()).toBe(1);
  });

  it('a save that lands after the journal entry drops it', async () => {
    await getNote('x'); // opens the connection
    journalNote(draft({ text: 'gleich gespeichert', journalId: 'j' }));
    await saveNote(draft({ text: 'gleich gespeichert', journalId: 'j' }), 1);
    expect(await replayNoteJournal()).toEqual([]);
  });

  it('journal entries are not settings: the prefix marks them', () => {
    expect(isJournalKey('note-journal:abc')).toBe(true);
    expect(isJournalKey('theme')).toBe(false);
  });
});

describe('the journal is replayed where notes are read', () => {
  it('the first read after a start saves what the journal holds, with no call of its own', async () => {
    await saveNote(draft({ text: 'eins' }), 1);
    journalNote(draft({ text: 'eins und zwei', baseRev: 1, journalId: 'j' }));
    await closeDb(); // the page died; the next one only reads
    expect(await getNote('session:conf:g1')).toMatchObject({ text: 'eins und zwei', rev: 2 });
  });

  it('falls back to localStorage when no connection is open, and replays that too', async () => {
    await saveNote(draft({ text: 'eins' }), 1);
    await closeDb();
    // No connection (given up for a newer version, say): the entry goes to localStorage.
    expect(journalNote(draft({ text: 'eins, ohne Verbindung', baseRev: 1, journalId: 'lokal' }))).toBe(true);
    expect(localStorage.getItem('tagesbegleiter:note-journal:lokal')).toContain('eins, ohne Verbindung');
    expect(await getNote('session:conf:g1')).toMatchObject({ text: 'eins, ohne Verbindung', rev: 2 });
    expect(localStorage.getItem('tagesbegleiter:note-journal:lokal')).toBeNull();
  });

  it('a save drops its field\'s localStorage entry too', async () => {
    journalNote(draft({ text: 'x', journalId: 'f' }), { local: true });
    await saveNote(draft({ text: 'x', journalId: 'f' }), 1);
    expect(localStorage.getItem('tagesbegleiter:note-journal:f')).toBeNull();
  });
});
