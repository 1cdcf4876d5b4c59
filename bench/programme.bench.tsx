import { bench, describe } from 'vitest';
import { render } from '@testing-library/preact';
import { syntheticSchedule } from './synthetic-schedule.mjs';
import { buildConference } from '../src/domain/model';
import { setConference } from '../src/state/conference';
import { chooseDay, setProgrammeQuery } from '../src/state/programme-view';
import { Programme } from '../src/views/Programme';

/**
 * The programme view in jsdom (no layout, so windowing draws its first screenful): first render
 * of a 1,000-item day and of the 10,000-item conference's "Alle Tage", and one search keystroke
 * over 10,000 items with the re-render. Chromium figures: scripts/bench/import.mjs.
 */

const day1000 = buildConference(syntheticSchedule(1000));
const all10000 = buildConference(syntheticSchedule(10_000));
// Load the windowed list's chunk once, as a running app has it after its first long list.
await import('../src/views/Programme/WindowedTimeline');

describe('programme render (jsdom)', () => {
  bench(
    'first render of a 1,000-item day',
    () => {
      setConference(day1000);
      const view = render(<Programme conference={day1000} />);
      view.unmount();
    },
    { iterations: 20 },
  );

  bench(
    'first render of 10,000 items, all days',
    () => {
      setConference(all10000);
      chooseDay('all');
      const view = render(<Programme conference={all10000} />);
      view.unmount();
    },
    { iterations: 10 },
  );

  let keystroke = 0;
  const typed = ['e', 'en', 'ene', 'ener', 'energ', 'energi', 'energie'];
  setConference(all10000);
  chooseDay('all');
  render(<Programme conference={all10000} />);
  bench(
    'one search keystroke over 10,000 items, re-render included',
    async () => {
      setProgrammeQuery(typed[keystroke++ % typed.length]!);
      // Preact renders signal changes in a microtask.
      await Promise.resolve();
    },
    { iterations: 50 },
  );
});
