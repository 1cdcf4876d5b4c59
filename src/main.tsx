import { hydrate, render } from 'preact';
import { App } from './views/App';
import { startConferences } from './state/conference-switch';
import { holdClock, startClock } from './state/clock';
import { language, startPreferences } from './state/preferences';
import { prerenderFits, setPrerendering } from './state/start-page';
import { scheduleChanges } from './state/changes';
import { whenIdle, yieldToMain } from './state/yield';
import { conference } from './state/conference';
import { strings } from './i18n';
import { warmDateFormats } from './domain/time/format';
import './styles.css';

// When the app's code ran (the start-page test checks: only after the prerendered page painted).
performance.mark('app-started');
// The start page's own file names (a bookmark, a host that links them) are the start page "/".
if (/^\/index(\.en)?\.html$/.test(location.pathname))
  history.replaceState(history.state, '', `/${location.search}${location.hash}`);
startClock(window.location.search);
// The language the build rendered the page in (the preferences below may change it).
const pageLanguage = document.documentElement.lang;
// The conference chosen last (the bundled one at first); see src/state/conference-switch.ts.
const loaded = startConferences();
// Theme and language apply before the first paint (English loads from the precache first).
await startPreferences();
const root = document.getElementById('app')!;
// index.html carries the start page rendered at build time (scripts/vite-plugins.ts). It stays on
// screen until the app can take it over with its data; if it shows another conference than the
// app will, it goes at once. In the other UI language (a static host that sends every browser
// the German page, or a person who chose the other language) it stays too: the programme is the
// same, the render changes the interface text in place (keeping focus), and nobody looks at a
// blank screen while the strings and the data load.
const prerendered = root.dataset.prerendered;
const builtAt = new Date(root.dataset.prerenderedAt ?? NaN);
if (prerendered && prerenderFits(prerendered)) {
  await loaded;
  // Building the model and taking the page over are two tasks, neither of them a long one.
  await yieldToMain();
} else root.replaceChildren();
const changes = scheduleChanges.value;
// Hydrating keeps the page's elements and sets no attribute, so it is only for the page the
// build rendered: same conference, same language, no changes of an update to show. The app
// renders it as of the build's instant with its controls waiting, exactly that HTML; then the
// live clock and the enabled controls change what differs, as any later update would.
if (
  root.firstChild &&
  language.value === pageLanguage &&
  !Number.isNaN(builtAt.getTime()) &&
  changes.byGuid.size === 0 &&
  changes.cancelled.length === 0
) {
  const shown = conference.value;
  if (shown) {
    warmDateFormats(strings.value.locale, shown.timeZone);
    await yieldToMain();
  }
  startClock('');
  holdClock(builtAt);
  setPrerendering(true);
  hydrate(<App />, root);
  // Going live (the clock's now, the controls enabled) is a render of its own, in its own task.
  await yieldToMain();
  setPrerendering(false);
  startClock(window.location.search);
  // Preact renders signal changes in a microtask; the app is on screen after it.
  await Promise.resolve();
} else {
  render(<App />, root);
}
// What is on screen is the app's now (tests and the benchmark wait for this).
delete root.dataset.prerendered;
delete root.dataset.prerenderedAt;
// Register the service worker when the main thread is idle: its precache downloads must not
// compete with the first screen for a phone's bandwidth and CPU. The precache holds every
// screen's chunk, so the first tap on another screen needs no network after the first visit
// without this page importing (and running) them ahead of time. The bridge (with workbox-window)
// comes in the idle chunk, with what else waits for idle (./idle.ts).
void loaded.finally(() => whenIdle(() => void import('./idle').then((idle) => idle.startIdle())));
