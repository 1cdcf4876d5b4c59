import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { renderApp } from './render-app';
import { bundledConference } from '../fixtures';
import { freshIndexedDb } from '../support/fresh-db';
import { getNote, listNotes, saveNote } from '../../src/store/notes';
import { resetNotes } from '../../src/state/notes';
import { SAVE_DELAY_MS } from '../../src/state/note-draft';
import { NOTE_MAX_CHARS, sessionNoteId } from '../../src/domain/note';
import { TAB_CHANNEL, type TabMessage } from '../../src/sw/messages';
import { applyUpdate } from '../../src/sw/bridge';
import { sessionTitled } from '../support/sessions';

const conf = bundledConference();
const workshopA = sessionTitled(conf.sessions, 'Workshop A');
const first = conf.sessions[0]!;
const noteId = sessionNoteId(conf.id, workshopA.guid);
const sessionPath = `/sitzung/${workshopA.guid}`;
const field = () => screen.getByRole('textbox', { name: /Notiz/ }) as HTMLTextAreaElement;
const type = (text: string) => fireEvent.input(field(), { target: { value: text } });

async function loadedField(): Promise<HTMLTextAreaElement> {
  await waitFor(() => expect(field().readOnly).toBe(false));
  return field();
}

beforeEach(async () => {
  await freshIndexedDb();
  resetNotes();
});

describe('the note on a session page', () => {
  it('saves while typing and says so quietly with the time', async () => {
    renderApp(sessionPath);
    await loadedField();
    expect(screen.getByText('noch nichts gespeichert')).toBeVisible();
    type('Station 1: Fördermittel');
    expect(screen.getByText('wird gespeichert …')).toBeVisible();
    await waitFor(async () => expect((await getNote(noteId))?.text).toBe('Station 1: Fördermittel'));
    expect(await screen.findByText(/^gespeichert \d{2}:\d{2}$/)).toBeVisible();
  });

  it('saves at once when the page is hidden, without waiting for the typing pause', async () => {
    renderApp(sessionPath);
    await loadedField();
    type('schnell weg');
    const started = performance.now();
    window.dispatchEvent(new Event('pagehide'));
    await waitFor(async () => expect((await getNote(noteId))?.text).toBe('schnell weg'), { interval: 5 });
    expect(performance.now() - started).toBeLessThan(SAVE_DELAY_MS);
  });

  it('saves at once on leaving the field', async () => {
    renderApp(sessionPath);
    await loadedField();
    type('beim Verlassen');
    const started = performance.now();
    fireEvent.blur(field());
    await waitFor(async () => expect((await getNote(noteId))?.text).toBe('beim Verlassen'), { interval: 5 });
    expect(performance.now() - started).toBeLessThan(SAVE_DELAY_MS);
  });

  it('an app update waits until the text being typed is saved', async () => {
    renderApp(sessionPath);
    await loadedField();
    type('getippt, als das Update kam');
    // The reload that follows is "not implemented" in jsdom (it says so on the console); what
    // matters is that the save came first.
    await applyUpdate();
    expect((await getNote(noteId))?.text).toBe('getippt, als das Update kam');
  });

  it('shows the stored note after a reload', async () => {
    await saveNote({ id: noteId, conferenceId: conf.id, sessionGuid: workshopA.guid, text: 'von gestern', baseRev: 0 });
    renderApp(sessionPath);
    await waitFor(() => expect(field().value).toBe('von gestern'));
  });

  it('refuses a note over the limit with a clear message; the last good text stays stored', async () => {
    renderApp(sessionPath);
    await loadedField();
    type('gut');
    fireEvent.blur(field());
    await waitFor(async () => expect((await getNote(noteId))?.text).toBe('gut'));
    type('x'.repeat(NOTE_MAX_CHARS + 1));
    fireEvent.blur(field());
    expect((await screen.findByRole('alert')).textContent).toMatch(/zu lang: höchstens 2\.000\.000 Zeichen/);
    await new Promise((r) => setTimeout(r, SAVE_DELAY_MS + 50));
    expect((await getNote(noteId))?.text).toBe('gut');
    expect(field().value.length).toBe(NOTE_MAX_CHARS + 1);
  });

  it('another tab saved first: keeps both texts and says so', async () => {
    await saveNote({ id: noteId, conferenceId: conf.id, sessionGuid: workshopA.guid, text: 'Anfang', baseRev: 0 });
    renderApp(sessionPath);
    await waitFor(() => expect(field().value).toBe('Anfang'));
    // The other tab writes rev 2 (its message has not arrived yet).
    await saveNote({
      id: noteId,
      conferenceId: conf.id,
      sessionGuid: workshopA.guid,
      text: 'Anfang + Tab B',
      baseRev: 1,
    });
    type('Anfang + Tab A');
    fireEvent.blur(field());
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /in einem anderen Tab geändert. Beide Fassungen sind gespeichert/,
    );
    const texts = (await listNotes(conf.id)).map((n) => n.text).sort();
    expect(texts).toEqual(['Anfang + Tab A', 'Anfang + Tab B']);
    expect((await getNote(noteId))!.text).toBe('Anfang + Tab B');
    expect(screen.getByRole('link', { name: 'Die andere Fassung öffnen' }).getAttribute('href')).toBe(
      `/notizen/${encodeURIComponent(noteId)}`,
    );
  });

  it('follows another tab while nothing is typed here', async () => {
    await saveNote({ id: noteId, conferenceId: conf.id, sessionGuid: workshopA.guid, text: 'alt', baseRev: 0 });
    renderApp(sessionPath);
    await waitFor(() => expect(field().value).toBe('alt'));
    await saveNote({
      id: noteId,
      conferenceId: conf.id,
      sessionGuid: workshopA.guid,
      text: 'neu aus Tab B',
      baseRev: 1,
    });
    const other = new BroadcastChannel(TAB_CHANNEL);
    other.postMessage({ type: 'notes-changed', conferenceId: conf.id, noteIds: [noteId] } satisfies TabMessage);
    await waitFor(() => expect(field().value).toBe('neu aus Tab B'));
    expect(screen.getByText(/hier aktualisiert/)).toBeVisible();
    other.close();
  });

  it('keeps text being typed when another tab saves, and stores it as its own version', async () => {
    await saveNote({ id: noteId, conferenceId: conf.id, sessionGuid: workshopA.guid, text: 'alt', baseRev: 0 });
    renderApp(sessionPath);
    await waitFor(() => expect(field().value).toBe('alt'));
    type('alt, hier weiter');
    await saveNote({
      id: noteId,
      conferenceId: conf.id,
      sessionGuid: workshopA.guid,
      text: 'alt, dort weiter',
      baseRev: 1,
    });
    const other = new BroadcastChannel(TAB_CHANNEL);
    other.postMessage({ type: 'notes-changed', conferenceId: conf.id, noteIds: [noteId] } satisfies TabMessage);
    await waitFor(async () =>
      expect((await listNotes(conf.id)).map((n) => n.text).sort()).toEqual(['alt, dort weiter', 'alt, hier weiter']),
    );
    expect(field().value).toBe('alt, hier weiter');
    expect(
      screen
        .getAllByRole('alert')
        .map((a) => a.textContent)
        .join(' '),
    ).toMatch(/anderen Tab/);
    other.close();
  });
});

describe('one note: copy, share, a note that is gone', () => {
  it('copies the note of a session page', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderApp(sessionPath);
    await loadedField();
    type('zum Weitergeben');
    fireEvent.click(screen.getByRole('button', { name: 'Notiz kopieren' }));
    await screen.findByText('In die Zwischenablage kopiert.');
    expect(writeText).toHaveBeenCalledWith('zum Weitergeben');
  });

  it('shares through the share sheet where there is one', async () => {
    const share = vi.fn(async () => {});
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    try {
      renderApp(sessionPath);
      await loadedField();
      type('geteilt');
      fireEvent.click(screen.getByRole('button', { name: 'Notiz teilen' }));
      await waitFor(() => expect(share).toHaveBeenCalledWith({ title: workshopA.title, text: 'geteilt' }));
    } finally {
      delete (navigator as { share?: unknown }).share;
    }
  });

  it('says so for a session note that is gone instead of offering a new note under its id', async () => {
    renderApp(`/notizen/${encodeURIComponent(sessionNoteId(conf.id, 'weg'))}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Diese Notiz gibt es nicht (mehr).' })).toBeVisible();
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});

describe('Notizen', () => {
  async function seed() {
    const put = (id: string, sessionGuid: string | null, text: string, at: number) =>
      saveNote({ id, conferenceId: conf.id, sessionGuid, text, baseRev: 0 }, at);
    await put(noteId, workshopA.guid, 'Kontakt aus Münster: Frau K.', Date.parse('2023-09-06T09:42:00Z'));
    await put('free-1', null, 'Die Hauptstraße in Iserlohn', Date.parse('2023-09-06T10:00:00Z'));
    await put(
      sessionNoteId(conf.id, 'vanished-guid'),
      'vanished-guid',
      'Notiz zu gestrichenem Punkt',
      Date.parse('2023-09-06T08:00:00Z'),
    );
    await put(
      sessionNoteId(conf.id, first.guid),
      first.guid,
      '<img src=x onerror=alert(1)><script>alert(2)</script>\u202Eabc',
      Date.parse('2023-09-06T07:00:00Z'),
    );
  }

  it('lists all notes newest first, with session, time and people; free and orphaned notes as such', async () => {
    await seed();
    renderApp('/notizen');
    await waitFor(() => expect(document.querySelectorAll('.note-item')).toHaveLength(4));
    const items = [...document.querySelectorAll<HTMLElement>('.note-item')];
    expect(items.map((i) => i.querySelector('h2')!.textContent)).toEqual([
      'Freie Notiz',
      workshopA.title,
      'Programmpunkt nicht mehr im Programm',
      first.title,
    ]);
    expect(items[1]!.textContent).toContain('ca. 11:15–13:00');
    expect(items[1]!.textContent).toContain(workshopA.people[0]!.name);
    expect(items[1]!.textContent).toContain('geändert');
  });

  it('searches ignoring case and umlauts', async () => {
    await seed();
    renderApp('/notizen');
    await waitFor(() => expect(document.querySelectorAll('.note-item')).toHaveLength(4));
    const search = screen.getByRole('searchbox', { name: 'In Notizen suchen' });
    fireEvent.input(search, { target: { value: 'munster' } });
    expect([...document.querySelectorAll('.note-item .note-text')].map((e) => e.textContent)).toEqual([
      'Kontakt aus Münster: Frau K.',
    ]);
    expect(screen.getByText('1 von 4 Notizen')).toBeVisible();
    fireEvent.input(search, { target: { value: 'STRASSE' } });
    expect([...document.querySelectorAll('.note-item .note-text')].map((e) => e.textContent)).toEqual([
      'Die Hauptstraße in Iserlohn',
    ]);
    fireEvent.input(search, { target: { value: 'gibtsnicht' } });
    expect(screen.getByText('Keine Notiz enthält „gibtsnicht“.')).toBeVisible();
  });

  it('lists every one of many notes (the first screenful at once, the rest right after)', async () => {
    const many = 130;
    for (let i = 0; i < many; i++)
      await saveNote(
        { id: `many-${i}`, conferenceId: conf.id, sessionGuid: null, text: `Notiz Nummer ${i}`, baseRev: 0 },
        1000 + i,
      );
    renderApp('/notizen');
    await waitFor(() => expect(document.querySelectorAll('.note-item')).toHaveLength(many));
    expect(document.querySelector('.note-item .note-text')!.textContent).toBe(`Notiz Nummer ${many - 1}`);
    expect(screen.getByText(`${many} Notizen`)).toBeVisible();
  });

  it('shows hostile text verbatim and runs none of it', async () => {
    await seed();
    renderApp('/notizen');
    await waitFor(() => expect(document.querySelectorAll('.note-item')).toHaveLength(4));
    const main = screen.getByRole('main');
    expect(main.querySelector('img, script')).toBeNull();
    expect(within(main).getByText('<img src=x onerror=alert(1)><script>alert(2)</script>\u202Eabc')).toBeVisible();
  });

  it('has the Markdown export and a way to the backup', async () => {
    renderApp('/notizen');
    expect(await screen.findByRole('button', { name: /Markdown/ })).toBeVisible();
    expect(screen.getByRole('link', { name: /Sicherung/ }).getAttribute('href')).toBe('/einstellungen');
  });

  it('starts a free note that is stored once typed', async () => {
    renderApp('/notizen');
    fireEvent.click(await screen.findByRole('button', { name: 'Neue freie Notiz' }));
    await screen.findByRole('heading', { level: 1, name: 'Neue freie Notiz' });
    await loadedField();
    type('Idee für zu Hause');
    fireEvent.blur(field());
    await waitFor(async () => {
      const stored = await listNotes(conf.id);
      expect(stored.map((n) => [n.text, n.sessionGuid])).toEqual([['Idee für zu Hause', null]]);
    });
  });
});

describe('Einstellungen', () => {
  it('has one Sicherung button, a file field to restore and a delete-all with a confirmation step', async () => {
    renderApp('/einstellungen');
    expect(await screen.findByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();
    expect(screen.getAllByRole('button', { name: /Sicherung/ })).toHaveLength(1);
    expect(screen.getByLabelText(/Aus Datei wiederherstellen/)).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Alle meine Daten löschen' }));
    expect(screen.getByText(/Wirklich alles löschen\?/)).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Abbrechen' }));
    expect(screen.queryByText(/Wirklich alles löschen\?/)).toBeNull();
  });

  it('names the problem of a bad file and stores nothing', async () => {
    await saveNote({ id: 'free-1', conferenceId: conf.id, sessionGuid: null, text: 'bleibt', baseRev: 0 });
    renderApp('/einstellungen');
    const input = (await screen.findByLabelText(/Aus Datei wiederherstellen/)) as HTMLInputElement;
    const bad = new File(['{"format":"tagesbegleiter-backup","version":7}'], 'alt.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [bad] } });
    expect((await screen.findByRole('alert')).textContent).toMatch(/Version 7.*nur Version 1.*Nichts wurde geändert/);
    expect((await listNotes(conf.id)).map((n) => n.text)).toEqual(['bleibt']);
  });

  it('asks merge or replace for a good file, then restores', async () => {
    const good = {
      format: 'tagesbegleiter-backup',
      version: 1,
      exportedAt: '2023-09-06T16:00:00.000Z',
      marks: [{ conferenceId: conf.id, guid: workshopA.guid, markedAt: 1 }],
      notes: [
        {
          id: 'free-9',
          conferenceId: conf.id,
          sessionGuid: null,
          text: 'aus der Datei',
          createdAt: 1,
          updatedAt: 1,
          rev: 1,
        },
      ],
      settings: [],
    };
    renderApp('/einstellungen');
    const input = (await screen.findByLabelText(/Aus Datei wiederherstellen/)) as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([JSON.stringify(good)], 'gut.json')] } });
    expect(
      await screen.findByText(/1 gemerkte Programmpunkte, 1 Notizen, 0 Einstellungen, gesichert am 6\.9\.2023, 18:00/),
    ).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Zusammenführen' }));
    expect(await screen.findByText(/Wiederhergestellt/)).toBeVisible();
    expect((await listNotes(conf.id)).map((n) => n.text)).toEqual(['aus der Datei']);
  });
});
