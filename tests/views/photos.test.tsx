import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/preact';
import { renderApp } from './render-app';
import { bundledConference } from '../fixtures';
import { freshIndexedDb } from '../support/fresh-db';
import { resetNotes } from '../../src/state/notes';
import { resetPhotos } from '../../src/state/photos';
import { saveNote } from '../../src/store/notes';

const conf = bundledConference();
const workshopB = conf.sessions.find((s) => s.title.startsWith('Workshop B'))!;

beforeEach(async () => {
  await freshIndexedDb();
  resetNotes();
  resetPhotos();
});

describe('photos on the note', () => {
  it('a session page offers "Foto hinzufügen": images only, the camera first on a phone, several at once', async () => {
    renderApp(`/sitzung/${workshopB.guid}`);
    const input = (await screen.findByLabelText('Foto hinzufügen')) as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.accept).toBe('image/*');
    expect(input.getAttribute('capture')).toBe('environment');
    expect(input.multiple).toBe(true);
    // The field's description is the promise about location data.
    expect(document.getElementById(input.getAttribute('aria-describedby') ?? '')).toHaveTextContent(
      /ohne Standort- und Kameradaten/,
    );
  });

  it('a free note offers it too', async () => {
    renderApp('/notizen/neu-1');
    expect(await screen.findByLabelText('Foto hinzufügen')).toBeVisible();
  });

  it('the Notizen screen offers "Notizen mit Fotos (ZIP)" beside the Markdown export', async () => {
    await saveNote({ id: 'free-1', conferenceId: conf.id, sessionGuid: null, text: 'Text', baseRev: 0 });
    renderApp('/notizen');
    const region = await screen.findByRole('region', { name: 'Export' });
    expect(within(region).getByRole('button', { name: 'Notizen mit Fotos (ZIP)' })).toBeVisible();
    expect(within(region).getByRole('button', { name: 'Alle Notizen als Markdown herunterladen' })).toBeVisible();
  });
});
