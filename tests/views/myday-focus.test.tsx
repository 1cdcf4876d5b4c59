import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { renderApp } from './render-app';
import { bundledConference } from '../fixtures';
import { freshIndexedDb } from '../support/fresh-db';
import { saveMark } from '../../src/store/marks';
import { sessionTitled } from '../support/sessions';

const conf = bundledConference();
const workshop = (letter: string) => sessionTitled(conf.sessions, `Workshop ${letter}`);

beforeEach(freshIndexedDb);

describe('Mein Tag keeps the keyboard focus when an item is unmarked', () => {
  it('moves focus to the next item, then to the heading when the list is gone', async () => {
    await saveMark(conf.id, workshop('A').guid, true);
    await saveMark(conf.id, workshop('B').guid, true);
    renderApp('/mein-tag');
    const list = await screen.findByRole('list', { name: 'Gemerkte Programmpunkte' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    const first = within(list).getAllByRole('button', { name: 'Merken' })[0]!;
    first.focus();
    fireEvent.click(first);
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    const remaining = within(list).getByRole('button', { name: 'Merken' });
    await waitFor(() => expect(document.activeElement).toBe(remaining));
    fireEvent.click(remaining);
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Mein Tag' })),
    );
  });
});
