// Real-browser harness for the Mein Tag render figure (scripts/bench/marks.mjs builds and drives it):
// the app's own MyDay view, state and IndexedDB store, with a synthetic 1,000-item programme.
import { render } from 'preact';
import { MARKED, mydayConference, mydayMarked } from '../myday-programme';
import { setConference } from '../../src/state/conference';
import { markedGuids, startMarks } from '../../src/state/marks';
import { markedSessions } from '../../src/state/marked-sessions';
import { saveMark } from '../../src/store/marks';
import { MyDay } from '../../src/views/MyDay';
import '../../src/styles.css';

const RUNS = 15;
const conference = mydayConference;

async function run() {
  const marked = mydayMarked;
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
