import { render } from 'preact';
import { App } from './views/App';
import { startConferences } from './state/conference-switch';
import { startClock } from './state/clock';
import { startServiceWorker } from './sw/bridge';
import { language, startPreferences } from './state/preferences';
import { prerenderFits } from './state/prerender';
import { preloadScreens } from './views/App/routes';
import './styles.css';

startClock(window.location.search);
// The conference chosen last (the bundled one at first); see src/state/conference-switch.ts.
const loaded = startConferences();
// Theme and language apply before the first paint (English loads from the precache first).
await startPreferences();
const root = document.getElementById('app')!;
// index.html carries the start page rendered at build time (scripts/vite-plugins.ts). It stays on
// screen until the app can render the same page with its data over it; if it is not what the
// app will show (another language or conference), it goes at once.
const prerendered = root.dataset.prerendered;
if (prerendered && prerenderFits(prerendered, root.dataset.prerenderedLang, language.value)) await loaded;
else root.replaceChildren();
render(<App />, root);
// Register the service worker once the programme is on screen: its precache downloads must
// not compete with the first paint for a phone's bandwidth.
void loaded.finally(() =>
  requestAnimationFrame(() =>
    setTimeout(() => {
      void startServiceWorker();
      // Then fetch the other screens, so the first tap on them needs no download.
      void preloadScreens();
    }, 0),
  ),
);
