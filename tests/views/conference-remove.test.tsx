import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { renderApp } from './render-app';
import { readBundled } from '../fixtures';
import { freshIndexedDb } from '../support/fresh-db';
import { fixture } from '../support/fixture-files';
import { conference } from '../../src/state/conference';
import { readStoredConference } from '../../src/store/conferences';
import { listMarkedGuids, saveMark } from '../../src/store/marks';

beforeAll(() => {
  const bundled = readBundled();
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify(bundled), { status: 200 }));
});
beforeEach(freshIndexedDb);

describe('removing an imported conference', () => {
  it('asks first, shows the bundled conference again, and keeps the marks for a re-import', async () => {
    renderApp('/konferenzen');
    const input = (await screen.findByLabelText('schedule.json-Datei wählen')) as HTMLInputElement;
    const file = new File([fixture('pretalx-schedule.json')], 'pretalx-schedule.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    await waitFor(() => expect(conference.value?.id).toBe('kiezkonf_2024'));
    const guid = conference.value!.sessions[0]!.guid;
    await saveMark('kiezkonf_2024', guid, true);

    // The bundled conference has no remove button; the imported one does, and asks first.
    expect(screen.queryByRole('button', { name: /Entfernen – 10\. Regionalkonferenz/ })).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: /Entfernen – Kiezkonferenz 2024/ }));
    expect(screen.getByRole('alertdialog').textContent).toMatch(/bleiben gespeichert/);
    fireEvent.click(screen.getByRole('button', { name: 'Abbrechen' }));
    expect(await readStoredConference('kiezkonf_2024')).toMatchObject({ id: 'kiezkonf_2024' });

    fireEvent.click(screen.getByRole('button', { name: /Entfernen – Kiezkonferenz 2024/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, entfernen' }));
    await waitFor(() => expect(conference.value?.id).toBe('regiokonf_iserlohn_2023'));
    await waitFor(async () => expect(await readStoredConference('kiezkonf_2024')).toBeUndefined());
    await waitFor(() => expect(screen.queryByRole('heading', { level: 3, name: /Kiezkonferenz/ })).toBeNull());
    expect(await listMarkedGuids('kiezkonf_2024')).toEqual([guid]);
  });
});
