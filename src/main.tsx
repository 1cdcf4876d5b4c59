import { render } from 'preact';
import { App } from './views/App';
import { loadBundledConference } from './state/conference';
import { startClock } from './state/clock';
import { startServiceWorker } from './sw/bridge';
import './styles.css';

startClock(window.location.search);
void loadBundledConference();
render(<App />, document.getElementById('app')!);
void startServiceWorker();
