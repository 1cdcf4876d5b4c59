import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { renderApp } from './render-app';
import { readBundled } from '../fixtures';
import { freshIndexedDb } from '../support/fresh-db';
import { fixture } from '../support/fixture-files';
import { conference } from '../../src/state/conference';
import { readStoredConference } from '../../src/store/conferences';
import { listMarkedGuids } from '../../src/store/marks';
import { newNoteId, saveNote } from '../../src/store/notes';
import { readSetting } from '../../src/store/settings';

/**
 * The Konferenzen screen and what it changes: import (in jsdom the worker's code runs in the
 * page), the programme of a multi-day conference, re-import with changes, marks kept.
 */

beforeAll(() => {
  // The bundled data file, as the built app serves it (jsdom has no server).
  const bundled = readBundled();
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify(bundled), { status: 200 }));
});
beforeEach(freshIndexedDb);

const fileOf = (name: string, text = fixture(name)) => new File([text], name, { type: 'application/json' });

async function importFile(file: File) {
  const input = (await screen.findByLabelText('schedule.json-Datei wählen')) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

/** The programme card of `title` (the changes box may link to it too). */
const cardOf = (title: string) =>
  screen
    .getAllByRole('link', { name: title })
    .map((link) => link.closest('article'))
    .find((card) => card !== null) as HTMLElement;

describe('Konferenzen screen', () => {
  it('is reached from the header and lists the bundled conference as shown', async () => {
    renderApp('/');
    fireEvent.click(screen.getByRole('link', { name: 'Konferenzen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Konferenzen' })).toBeVisible();
    const list = screen.getByRole('heading', { level: 2, name: 'Auf diesem Gerät' }).parentElement!;
    expect(await within(list).findByRole('heading', { level: 3, name: /Regionalkonferenz/ })).toBeVisible();
    expect(within(list).getByText('Wird angezeigt')).toBeVisible();
    expect(screen.getByRole('button', { name: 'schedule.json exportieren' })).toBeVisible();
  });

  it('imports a pretalx file, says what it adjusted, stores it and shows it', async () => {
    renderApp('/konferenzen');
    await importFile(fileOf('pretalx-schedule.json'));
    expect(await screen.findByText(/„Kiezkonferenz 2024“ importiert: 8 Programmpunkte/)).toBeVisible();
    expect(screen.getByText(/Kürzel „kiezkonf-2024“ als „kiezkonf_2024“ übernommen/)).toBeVisible();
    expect(conference.value?.id).toBe('kiezkonf_2024');
    expect((await readStoredConference('kiezkonf_2024'))?.source).toBe('import');
    expect(await readSetting('activeConference')).toBe('kiezkonf_2024');
    // Both conferences are listed; the bundled one can be switched back to.
    const back = await screen.findByRole('button', { name: /Wechseln – 10\. Regionalkonferenz/ });
    fireEvent.click(back);
    await waitFor(() => expect(conference.value?.id).toBe('regiokonf_iserlohn_2023'));
  });

  it('says which duplicate and missing guids got derived keys', async () => {
    renderApp('/konferenzen');
    await importFile(fileOf('duplicate-guids.json'));
    expect(await screen.findByText(/2 × guid doppelt/)).toBeVisible();
    expect(screen.getByText(/1 × keine guid: stabiler Ersatzschlüssel/)).toBeVisible();
    expect(screen.getByText(/1 × guid ist keine UUID/)).toBeVisible();
  });

  it('rejects what is not a schedule with its problems, and changes nothing stored', async () => {
    renderApp('/konferenzen');
    await importFile(fileOf('broken-no-start.json'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Nicht importiert');
    expect(within(alert).getByText(/„Ohne Anfang A“ \(Raum 1, 2024-01-01\) hat keine lesbare Startzeit/)).toBeVisible();
    expect(within(alert).getByText(/„Ohne Anfang B“/)).toBeVisible();
    expect(await readStoredConference('nostart')).toBeUndefined();
    expect(conference.value?.id).toBe('regiokonf_iserlohn_2023');

    // XML under a .json name is read as the XML it is: this one has no items.
    await importFile(fileOf('broken-not-json.json'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/keinen einzigen Programmpunkt/));
    await importFile(fileOf('kaputt.json', '{"schedule": {"conference": '));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/kein lesbares JSON/));
    await importFile(fileOf('broken-no-schedule.json'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/fehlt das Objekt „schedule“/));
  });
});

describe('the file field reads every published format', () => {
  it('is labelled with "Datei", accepts .json, .xml and .ics, and says which formats', async () => {
    renderApp('/konferenzen');
    const input = (await screen.findByLabelText(/Datei/)) as HTMLInputElement;
    expect(input.type).toBe('file');
    const accept = input.accept.split(',');
    for (const type of ['.json', '.xml', '.ics', 'application/json', 'application/xml', 'text/xml', 'text/calendar'])
      expect(accept).toContain(type);
    expect(document.getElementById(input.getAttribute('aria-describedby')!)!.textContent).toMatch(
      /schedule\.xml.*\.ics/,
    );
  });

  it('imports a pentabarf XML and an iCalendar file, naming every repair', async () => {
    renderApp('/konferenzen');
    await importFile(new File([fixture('pentabarf.xml')], 'pentabarf.xml', { type: 'text/xml' }));
    const done = await screen.findByText(/„Freiraum 2021“ importiert: 3 Programmpunkte/, {}, { timeout: 5000 });
    const box = done.closest('.import-done') as HTMLElement;
    expect(within(box).getByText(/1 × Adresse mit unzulässigem Schema/)).toBeVisible();
    expect(within(box).getByText(/Europe\/Berlin angenommen/)).toBeVisible();
    await importFile(new File([fixture('vtimezone.ics')], 'vtimezone.ics', { type: 'text/calendar' }));
    const ics = await screen.findByText(
      /„Sommerkonferenz Küste 2024“ importiert: 3 Programmpunkte/,
      {},
      { timeout: 5000 },
    );
    expect(
      within(ics.closest('.import-done') as HTMLElement).getByText(/1 × ganztägiger Kalendereintrag/),
    ).toBeVisible();
  });
});

describe('a multi-day programme', () => {
  it('gets a day switcher, filters and a search; the one-day Iserlohn programme does not change', async () => {
    const { unmount } = renderApp('/');
    expect(screen.queryByRole('group', { name: 'Tag wählen' })).toBeNull();
    const details = screen.getByText('Suchen und filtern').closest('details')!;
    expect(details.open).toBe(false);
    unmount();

    renderApp('/konferenzen');
    await importFile(fileOf('pretalx-schedule.json'));
    fireEvent.click(await screen.findByRole('link', { name: 'Zum Programm' }));
    const days = await screen.findByRole('group', { name: 'Tag wählen' });
    const buttons = within(days).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['Fr., 17.05.', 'Sa., 18.05.', 'Alle Tage']);
    expect(buttons[0]!.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('link', { name: 'Eröffnung' })).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Abschluss' })).toBeNull();

    fireEvent.click(buttons[1]!);
    expect(await screen.findByRole('link', { name: 'Abschluss' })).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Eröffnung' })).toBeNull();

    // Search across case and diacritics; the day buttons count the matches.
    fireEvent.click(buttons[2]!);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Programm durchsuchen' }), { target: { value: 'WARME' } });
    await waitFor(() =>
      expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
        'Wärmeplanung im Quartier',
      ]),
    );
    expect(screen.getByRole('status', { name: '' }).textContent).toBe('1 Programmpunkt');
    expect(
      within(days)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Fr., 17.05.0 Treffer', 'Sa., 18.05.1 Treffer', 'Alle Tage']);

    fireEvent.click(screen.getByRole('button', { name: 'Filter zurücksetzen' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Raum' }), { target: { value: 'Werkstatt' } });
    await waitFor(() =>
      expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
        'Lötworkshop für Einsteiger*innen',
        'Karten mit OpenStreetMap',
      ]),
    );
  });
});

describe('re-import of a changed version', () => {
  it('a cancelled item the person wrote a note on stays listed, as "entfällt"', async () => {
    renderApp('/konferenzen');
    await importFile(fileOf('pretalx-schedule.json'));
    await screen.findByText(/„Kiezkonferenz 2024“ importiert/);
    // "Bürgerhaushalt digital" has a note (no mark); v2 drops the item.
    await saveNote({
      id: newNoteId(),
      conferenceId: 'kiezkonf_2024',
      sessionGuid: '5b0e7c1a-1f4e-4c2a-9d31-0a1b2c3d0004',
      text: 'Frage an Kim',
      baseRev: 0,
    });
    await importFile(fileOf('pretalx-schedule-v2.json'));
    expect(
      await screen.findByText(/„Kiezkonferenz 2024“ aktualisiert\. 1 neu, 2 geändert, 1 entfällt\./),
    ).toBeVisible();
    fireEvent.click(screen.getByRole('link', { name: 'Zum Programm' }));
    const card = await waitFor(() => cardOf('Bürgerhaushalt digital'));
    expect(within(card).getByText('entfällt')).toBeVisible();
    expect(within(card).getByRole('button', { name: 'Merken' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('keeps marks, shows neu / geändert / entfällt and lists the changes to marked items', async () => {
    renderApp('/konferenzen');
    await importFile(fileOf('pretalx-schedule.json'));
    fireEvent.click(await screen.findByRole('link', { name: 'Zum Programm' }));
    await screen.findByRole('link', { name: 'Bürgerhaushalt digital' });
    fireEvent.click(within(cardOf('Bürgerhaushalt digital')).getByRole('button', { name: 'Merken' }));
    fireEvent.click(within(cardOf('Offene Daten für die Straßenbahn')).getByRole('button', { name: 'Merken' }));
    await waitFor(async () => expect(await listMarkedGuids('kiezkonf_2024')).toHaveLength(2));

    fireEvent.click(screen.getByRole('link', { name: 'Konferenzen' }));
    await importFile(fileOf('pretalx-schedule-v2.json'));
    expect(
      await screen.findByText(/„Kiezkonferenz 2024“ aktualisiert\. 1 neu, 2 geändert, 1 entfällt\./),
    ).toBeVisible();
    fireEvent.click(screen.getByRole('link', { name: 'Zum Programm' }));

    await screen.findByRole('region', { name: 'Programm aktualisiert' });
    const movedCard = cardOf('Offene Daten für die Straßenbahn');
    expect(within(movedCard).getByText('geändert')).toBeVisible();
    expect(within(movedCard).getByRole('button', { name: 'Merken' }).getAttribute('aria-pressed')).toBe('true');
    expect(within(cardOf('Lötworkshop für Einsteiger*innen')).getByText('geändert')).toBeVisible();
    // The cancelled item stays in view because it is marked, as "entfällt", mark kept.
    const cancelled = cardOf('Bürgerhaushalt digital');
    expect(within(cancelled).getByText('entfällt')).toBeVisible();
    expect(within(cancelled).getByRole('button', { name: 'Merken' }).getAttribute('aria-pressed')).toBe('true');
    expect(within(cardOf('Eröffnung')).queryByText(/neu|geändert|entfällt/)).toBeNull();

    const box = screen.getByRole('region', { name: 'Programm aktualisiert' });
    const yours = within(box)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(yours).toHaveLength(2);
    expect(yours[0]).toMatch(/geändert.*Offene Daten.*Zeit: vorher 10:45–11:30, jetzt 11:15–12:00/);
    expect(yours[1]).toMatch(/entfällt.*Bürgerhaushalt digital/);
    expect(await listMarkedGuids('kiezkonf_2024')).toHaveLength(2);

    // The new item is on day 2.
    fireEvent.click(
      within(screen.getByRole('group', { name: 'Tag wählen' })).getByRole('button', { name: 'Sa., 18.05.' }),
    );
    expect(within(cardOf('Repair-Café')).getByText('neu')).toBeVisible();

    // Mein Tag: the moved item marked "geändert", the cancelled one kept as "entfällt".
    fireEvent.click(screen.getByRole('link', { name: 'Mein Tag' }));
    const kept = await screen.findByRole('region', { name: 'Gemerkt, aber entfällt' });
    expect(within(kept).getByRole('link', { name: 'Bürgerhaushalt digital' })).toBeVisible();
    expect(within(kept).getByText('entfällt')).toBeVisible();
    expect(within(cardOf('Offene Daten für die Straßenbahn')).getByText('geändert')).toBeVisible();
    expect(screen.getByRole('region', { name: 'Programm aktualisiert' })).toBeVisible();

    // Its page still opens, saying it is cancelled, instead of "gibt es nicht".
    fireEvent.click(within(kept).getByRole('link', { name: 'Bürgerhaushalt digital' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Bürgerhaushalt digital' })).toBeVisible();
    expect(
      screen.getByText(/Entfällt\. Deine Markierung und Notizen bleiben gespeichert/).closest('.change-note'),
    ).not.toBeNull();
  });
});
