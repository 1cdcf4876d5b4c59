import { render } from 'preact';
import { App } from './views/App';
import { loadBundledConference } from './state/conference';
import { startClock } from './state/clock';
import { startServiceWorker } from './sw/bridge';
import './styles.css';

startClock(window.location.search);
const loaded = loadBundledConference();
render(<App />, document.getElementById('app')!);
// Register the service worker once the programme is on screen: its precache downloads must
// not compete with the first paint for a phone's bandwidth.
void loaded.finally(() => requestAnimationFrame(() => setTimeout(() => void startServiceWorker(), 0)));
