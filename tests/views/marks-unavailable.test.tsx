import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { renderApp } from './render-app';
import { closeDb } from '../../src/store/db';

const realIndexedDb = globalThis.indexedDB;

/** How browsers refuse IndexedDB: missing entirely, or open() throwing (Firefox private mode, blocked by policy). */
const REFUSALS: [string, () => IDBFactory | undefined][] = [
  ['no indexedDB at all', () => undefined],
  [
    'open() throws a SecurityError',
    () =>
      ({
        open() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      }) as unknown as IDBFactory,
  ],
];

describe.each(REFUSALS)('when IndexedDB cannot be opened (%s)', (_name, factory) => {
  beforeEach(async () => {
    await closeDb();
    Object.defineProperty(globalThis, 'indexedDB', { value: factory(), configurable: true, writable: true });
  });
  afterEach(() => {
    Object.defineProperty(globalThis, 'indexedDB', { value: realIndexedDb, configurable: true, writable: true });
  });

  it('shows the whole programme, says marks cannot be saved here, and still marks for this visit', async () => {
    renderApp('/');
    expect(screen.getByRole('heading', { level: 1, name: 'Programm' })).toBeVisible();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Markierungen können auf diesem Gerät nicht gespeichert werden/);
    const card = screen.getByRole('link', { name: /^Workshop A/ }).closest('article')!;
    const button = within(card).getByRole('button', { name: 'Merken' });
    fireEvent.click(button);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('link', { name: 'Mein Tag' }));
    await screen.findByRole('heading', { level: 1, name: 'Mein Tag' });
    await waitFor(() =>
      expect(screen.getByRole('list', { name: 'Gemerkte Programmpunkte' }).textContent).toMatch(/Workshop A/),
    );
    expect(screen.getByRole('alert').textContent).toMatch(/geht beim Schließen verloren/);
  });
});
