import { render } from 'preact';
import { App } from './views/App';
import { startConferences } from './state/conference-switch';
import { startClock } from './state/clock';
import { startServiceWorker } from './sw/bridge';
import { startPreferences } from './state/preferences';
import { prerenderFits } from './state/start-page';
import { whenIdle } from './state/yield';
import './styles.css';

// The start page's own file names (a bookmark, a host that links them) are the start page "/".
if (/^\/index(\.en)?\.html$/.test(location.pathname))
  history.replaceState(history.state, '', `/${location.search}${location.hash}`);
startClock(window.location.search);
// The conference chosen last (the bundled one at first); see src/state/conference-switch.ts.
const loaded = startConferences();
// Theme and language apply before the first paint (English loads from the precache first).
await startPreferences();
const root = document.getElementById('app')!;
// index.html carries the start page rendered at build time (scripts/vite-plugins.ts). It stays on
// screen until the app can render the same page with its data over it; if it shows another
// conference than the app will, it goes at once. In the other UI language (a static host that
// sends every browser the German page, or a person who chose the other language) it stays too:
// the programme is the same, the render changes the interface text in place (keeping focus),
// and nobody looks at a blank screen while the strings and the data load.
const prerendered = root.dataset.prerendered;
if (prerendered && prerenderFits(prerendered)) await loaded;
else root.replaceChildren();
render(<App />, root);
// What is on screen is the app's now (tests and the benchmark wait for this).
delete root.dataset.prerendered;
// Register the service worker when the main thread is idle: its precache downloads must not
// compete with the first screen for a phone's bandwidth and CPU. The precache holds every
// screen's chunk, so the first tap on another screen needs no network after the first visit
// without this page importing (and running) them ahead of time.
void loaded.finally(() => whenIdle(() => void startServiceWorker()));
