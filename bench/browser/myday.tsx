// Real-browser harness for the Mein Tag render figure (scripts/bench/marks.mjs builds and drives it):
// the app's own MyDay view, state and IndexedDB store, with a synthetic 1,000-item programme.
import { render } from 'preact';
import type { RawEvent } from '../../src/domain/raw';
import { buildConference } from '../../src/domain/model';
import { setConference } from '../../src/state/conference';
import { markedGuids, markedSessions, startMarks } from '../../src/state/marks';
import { saveMark } from '../../src/store/marks';
import { MyDay } from '../../src/views/MyDay';
import '../../src/styles.css';

const ITEMS = 1000;
const MARKED = 200;
const RUNS = 15;
/** Same shape as bench/myday.bench.tsx: 50 rooms × 20 half-hour slots from 08:00. */
const ROOMS = 50;
const SLOT_MINUTES = 30;
const DAY_START_MINUTES = 8 * 60;

const pad = (n: number) => String(n).padStart(2, '0');
const events: RawEvent[] = Array.from({ length: ITEMS }, (_, i) => {
  const minutes = DAY_START_MINUTES + Math.floor(i / ROOMS) * SLOT_MINUTES;
  const time = `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
  return {
    guid: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    id: i,
    date: `2023-09-06T${time}:00+02:00`,
    start: time,
    duration: i % 3 === 0 ? '01:00' : '00:30',
    room: `Saal ${(i % ROOMS) + 1}`,
    slug: `bench-${i}`,
    url: `https://example.org/${i}`,
    title: `Programmpunkt ${i + 1}: Stadtlabor, Daten und Beteiligung`,
    subtitle: null,
    track: null,
    type: 'Talk',
    language: 'de',
    abstract: null,
    description: null,
    persons: [],
    links: [],
  };
});
const rooms: Record<string, RawEvent[]> = {};
for (const e of events) (rooms[e.room] ??= []).push(e);
const conference = buildConference({
  schedule: {
    version: 'bench',
    conference: {
      acronym: 'bench-myday',
      title: 'Benchmark',
      start: '2023-09-06',
      end: '2023-09-06',
      daysCount: 1,
      timeslot_duration: '00:30',
      time_zone_name: 'Europe/Berlin',
      days: [{ index: 1, date: '2023-09-06', day_start: '2023-09-06T08:00:00+02:00', day_end: '2023-09-06T20:00:00+02:00', rooms }],
    },
  },
});

async function run() {
  const marked = conference.sessions.filter((_, i) => i % (ITEMS / MARKED) === 0).map((s) => s.guid);
  for (const guid of marked) await saveMark(conference.id, guid, true);
  setConference(conference);
  startMarks();
  while (markedGuids.value.size < MARKED) await new Promise((r) => setTimeout(r, 5));
  if (markedSessions.value.length !== MARKED) throw new Error(`expected ${MARKED} marked items`);
  const results: { render: number; layout: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    const host = document.createElement('main');
    document.body.append(host);
    const t0 = performance.now();
    render(<MyDay conference={conference} />, host);
    const t1 = performance.now();
    // Reading a layout property makes the browser compute styles and layout now.
    void host.offsetHeight;
    const t2 = performance.now();
    if (host.querySelectorAll('li article').length !== MARKED) throw new Error('Mein Tag did not render every item');
    results.push({ render: t1 - t0, layout: t2 - t0 });
    render(null, host);
    host.remove();
    await new Promise((r) => requestAnimationFrame(r));
  }
  return results;
}

(window as unknown as { benchResult: Promise<unknown> }).benchResult = run();
