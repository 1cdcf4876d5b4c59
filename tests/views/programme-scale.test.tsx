import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { App } from '../../src/views/App';
import { setConference } from '../../src/state/conference';
import { startClock } from '../../src/state/clock';
import { buildConference } from '../../src/domain/model';
import { syntheticSchedule } from '../../bench/synthetic-schedule.mjs';
import { freshIndexedDb } from '../support/fresh-db';

/** A large programme is windowed: a few dozen cards exist in the page, not thousands. */

beforeEach(freshIndexedDb);

function renderLarge(events: number, days?: number) {
  window.history.replaceState(null, '', '/');
  startClock('');
  const conference = buildConference(syntheticSchedule(events, days ? { days } : {}));
  setConference(conference);
  render(<App />);
  return conference;
}

describe('a 1,000-item day', () => {
  it('draws only the rows near the screen, with the slot headings and parallel badges', async () => {
    const conference = renderLarge(1000);
    await waitFor(() => expect(document.querySelector('.timeline-windowed')).not.toBeNull());
    const cards = screen.getAllByRole('button', { name: 'Merken' });
    expect(cards.length).toBeGreaterThan(3);
    expect(cards.length).toBeLessThan(60);
    expect(conference.sessions).toHaveLength(1000);
    expect(screen.getAllByText('42 parallel').length).toBeGreaterThan(0);
    // The spacer below stands in for the rest of the list.
    const spacers = document.querySelectorAll<HTMLElement>('.window-spacer');
    expect(Number.parseFloat(spacers[1]!.style.height)).toBeGreaterThan(100_000);
  });

  it('search narrows it to the matches, whole again when short', async () => {
    const conference = renderLarge(1000);
    const target = conference.sessions[737]!;
    fireEvent.input(screen.getByRole('searchbox', { name: 'Programm durchsuchen' }), {
      target: { value: target.title.toUpperCase() },
    });
    await waitFor(() =>
      expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([target.title]),
    );
    expect(document.querySelector('.timeline-windowed')).toBeNull();
  });
});

describe('a 10,000-item, five-day conference', () => {
  it('opens on one day, and the day switcher moves between them', async () => {
    renderLarge(10_000);
    const day2 = await screen.findByRole('button', { name: 'Di., 11.06.' });
    expect(screen.getByRole('button', { name: 'Mo., 10.06.' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(day2);
    expect(day2.getAttribute('aria-pressed')).toBe('true');
    // Titles end with the item's number; day 2 holds items 2001–4000.
    const numbers = () =>
      screen.getAllByRole('heading', { level: 3 }).map((h) => Number(/ (\d+)$/.exec(h.textContent ?? '')![1]));
    await waitFor(() => expect(numbers().every((n) => n > 2000 && n <= 4000)).toBe(true));
  });
});
