import { render } from 'preact';
import { App } from './views/App';
import { startConferences } from './state/conference-switch';
import { startClock } from './state/clock';
import { startServiceWorker } from './sw/bridge';
import { startPreferences } from './state/preferences';
import { preloadScreens } from './views/App/routes';
import './styles.css';

startClock(window.location.search);
// The conference chosen last (the bundled one at first); see src/state/conference-switch.ts.
const loaded = startConferences();
// Theme and language apply before the first paint (English loads from the precache first).
await startPreferences();
render(<App />, document.getElementById('app')!);
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
