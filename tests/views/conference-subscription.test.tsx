import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { renderApp } from './render-app';
import { readBundled } from '../fixtures';
import { freshIndexedDb } from '../support/fresh-db';
import { fixture } from '../support/fixture-files';
import { conference } from '../../src/state/conference';
import { listStoredConferences } from '../../src/store/conference-catalog';

/**
 * The Konferenzen screen's address field: "Adresse des Zeitplans" and "Laden", the messages for
 * a bad address and a server without CORS (nothing stored), and a subscribed conference with
 * "Stand:" and "Zeitplan aktualisieren". Also a file the app was opened with (launchQueue).
 */

const bundled = readBundled();
const URL_V = 'https://schedule.example/kiez/schedule.json';
/** An import runs the worker's code in the page here, on a machine that may be busy. */
const SLOW = { timeout: 8000 };

let etag = '"v1"';
let body = fixture('pretalx-schedule.json');
let cors = true;

beforeEach(async () => {
  await freshIndexedDb();
  etag = '"v1"';
  body = fixture('pretalx-schedule.json');
  cors = true;
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    if (!url.startsWith('https://schedule.example/')) return new Response(JSON.stringify(bundled), { status: 200 });
    if (init.mode === 'no-cors') return new Response(null, { status: 200 });
    if (!cors) throw new TypeError('Failed to fetch');
    if (new Headers(init.headers).get('If-None-Match') === etag) return new Response(null, { status: 304 });
    return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json', ETag: etag } });
  });
});
afterEach(() => vi.unstubAllGlobals());

async function load(address: string) {
  const field = await screen.findByLabelText('Adresse des Zeitplans', {}, SLOW);
  fireEvent.input(field, { target: { value: address } });
  fireEvent.click(screen.getByRole('button', { name: 'Laden' }));
}

describe('Adresse des Zeitplans', () => {
  it('a bad address gets a message tied to the field, and no request is made', async () => {
    renderApp('/konferenzen');
    await load('fahrplan.example/schedule.json');
    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert.textContent).toContain('keine vollständige Adresse');
    const field = screen.getByLabelText('Adresse des Zeitplans');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain(alert.id);
    await load('ftp://fahrplan.example/schedule.json');
    expect((await screen.findByRole('alert', {}, SLOW)).textContent).toContain('„ftp:“');
    expect(await listStoredConferences()).toEqual([]);
  });

  it('a server without CORS: the message names the file field, nothing is stored', async () => {
    cors = false;
    renderApp('/konferenzen');
    await load(URL_V);
    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert.textContent).toContain('erlaubt es Apps im Browser nicht');
    expect(alert.textContent).toContain('herunterladen und oben bei „schedule.json-Datei wählen“ auswählen');
    expect(alert.textContent).toContain('Es wurde nichts gespeichert');
    expect(await listStoredConferences()).toEqual([]);
    expect(conference.value?.id).toBe('regiokonf_iserlohn_2023');
  });

  it('loads, shows where from and "Stand:", and "Zeitplan aktualisieren" shows the changes of a new version', async () => {
    renderApp('/konferenzen');
    await load(URL_V);
    expect(await screen.findByText('„Kiezkonferenz 2024“ importiert: 8 Programmpunkte.', {}, SLOW)).toBeVisible();
    const entry = (await screen.findByRole('heading', { level: 3, name: 'Kiezkonferenz 2024' }, SLOW)).closest('li')!;
    await within(entry).findByText(`geladen von ${URL_V}`, {}, SLOW);
    expect(within(entry).getByText(/^Stand: /)).toBeVisible();

    const refresh = within(entry).getByRole('button', { name: 'Zeitplan aktualisieren – Kiezkonferenz 2024' });
    fireEvent.click(refresh);
    expect(await within(entry).findByText('Auf dem Server gibt es keine neue Fassung.', {}, SLOW)).toBeVisible();

    etag = '"v2"';
    body = fixture('pretalx-schedule-v2.json');
    fireEvent.click(refresh);
    expect(
      await within(entry).findByText(/„Kiezkonferenz 2024“ aktualisiert\. 1 neu, 2 geändert, 1 entfällt\./, {}, SLOW),
    ).toBeVisible();
  });

  it('offline, the entry says which fetch the copy on the device is', async () => {
    renderApp('/konferenzen');
    await load(URL_V);
    const entry = (await screen.findByRole('heading', { level: 3, name: 'Kiezkonferenz 2024' }, SLOW)).closest('li')!;
    const stand = (await within(entry).findByText(/^Stand: /, {}, SLOW)).textContent!.replace('Stand: ', '');
    const offline = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    fireEvent(window, new Event('offline'));
    expect(
      await within(entry).findByText(`Ohne Netz: gezeigt wird die zuletzt geladene Fassung vom ${stand}.`, {}, SLOW),
    ).toBeVisible();
    offline.mockRestore();
  });
});

describe('a file the installed app is opened with (launchQueue)', () => {
  it('is imported as a file chosen on the screen would be', async () => {
    let consumer: ((params: { files: unknown[] }) => void) | undefined;
    vi.stubGlobal('launchQueue', { setConsumer: (c: typeof consumer) => (consumer = c) });
    renderApp('/konferenzen');
    await waitFor(() => expect(consumer).toBeDefined());
    const file = new File([fixture('frab-schedule.json')], 'hackcamp.json', { type: 'application/json' });
    consumer!({ files: [{ kind: 'file', getFile: async () => file }] });
    expect(await screen.findByText(/„Hack Camp 2025“ importiert: 5 Programmpunkte\./, {}, SLOW)).toBeVisible();
    await waitFor(() => expect(conference.value?.title).toBe('Hack Camp 2025'), SLOW);
    const stored = (await listStoredConferences()).find((c) => c.title === 'Hack Camp 2025');
    expect(stored?.fileName).toBe('hackcamp.json');
  });
});
