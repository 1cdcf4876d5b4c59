// Mein Tag with 200 marked items of a 1,000-item programme (budget: ≤ 50 ms to render).
// Printed by `npm run bench` (vitest bench, unit project: jsdom + fake-indexeddb). jsdom builds
// DOM several times slower than a phone's browser engine, so this figure errs on the slow side.
import { afterAll, bench, describe } from 'vitest';
import { render } from '@testing-library/preact';
import { buildConference } from '../src/domain/model';
import { findConflicts } from '../src/domain/conflicts';
import { setConference } from '../src/state/conference';
import { markedGuids, markedSessions, startMarks } from '../src/state/marks';
import { saveMark } from '../src/store/marks';
import { MyDay } from '../src/views/MyDay';
import { rawEvent, rawSchedule } from '../tests/fixtures';

const ITEMS = 1000;
const MARKED = 200;
const BUDGET_MS = 50;
/** 50 rooms × 20 half-hour slots from 08:00 fill one day with 1,000 items, many of them parallel. */
const ROOMS = 50;
const SLOT_MINUTES = 30;
const DAY_START_MINUTES = 8 * 60;

const pad = (n: number) => String(n).padStart(2, '0');
const events = Array.from({ length: ITEMS }, (_, i) => {
  const minutes = DAY_START_MINUTES + Math.floor(i / ROOMS) * SLOT_MINUTES;
  return rawEvent({
    title: `Programmpunkt ${i + 1}: Stadtlabor, Daten und Beteiligung`,
    date: `2023-09-06T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00+02:00`,
    // Every third item runs an hour, so marked items overlap the next slot too.
    duration: i % 3 === 0 ? '01:00' : '00:30',
    room: `Saal ${(i % ROOMS) + 1}`,
  });
});
const conference = buildConference(rawSchedule(events));
// Every fifth item: spread over the day, ten in each slot, so most of them clash.
const marked = conference.sessions.filter((_, i) => i % (ITEMS / MARKED) === 0).map((s) => s.guid);
for (const guid of marked) await saveMark(conference.id, guid, true);
setConference(conference);
startMarks();
while (markedGuids.value.size < MARKED) await new Promise((r) => setTimeout(r, 5));
// Keeps the figure honest: the bench must render the 200 items, not an empty state.
if (markedSessions.value.length !== MARKED) throw new Error(`expected ${MARKED} marked items, got ${markedSessions.value.length}`);

/**
 * vitest bench has no per-iteration teardown, so each run first takes the previous screen down;
 * the render alone is timed here as well and printed at the end.
 */
let view: ReturnType<typeof render> | undefined;
const renderTimes: number[] = [];
function renderMyDay() {
  view?.unmount();
  const t0 = performance.now();
  view = render(<MyDay conference={conference} />);
  renderTimes.push(performance.now() - t0);
  if (view.container.querySelectorAll('li article').length !== MARKED) throw new Error('Mein Tag did not render every item');
}

describe(`Mein Tag: ${MARKED} marked of ${ITEMS}`, () => {
  bench('unmount the previous, render Mein Tag (list, times, places, clash notes)', renderMyDay);

  bench('recompute after a mark changes: pick marked items + find clashes', () => {
    const set = new Set(marked);
    findConflicts(conference.sessions.filter((s) => set.has(s.guid)));
  });
});

afterAll(() => {
  view?.unmount();
  const sorted = [...renderTimes].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const verdict = median <= BUDGET_MS ? 'ok' : 'OVER BUDGET';
  console.log(
    `Mein Tag render, ${MARKED} marked of ${ITEMS} (median of ${sorted.length}, render only): ${median.toFixed(1)} ms (budget ≤ ${BUDGET_MS} ms) ${verdict}`,
  );
});
