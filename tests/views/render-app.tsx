import { render } from '@testing-library/preact';
import { App } from '../../src/views/App';
import { setConference } from '../../src/state/conference';
import { startClock } from '../../src/state/clock';
import { setNotesSearch } from '../../src/state/notes';
import { bundledConference } from '../fixtures';

/** Renders the whole app at `path` with the bundled conference loaded and `search` as the URL query. */
export function renderApp(path = '/', search = '') {
  window.history.replaceState(null, '', `${path}${search}`);
  startClock(search);
  // A fresh start: screen state kept across tab switches (not across app starts) begins empty.
  setNotesSearch('');
  const conference = bundledConference();
  setConference(conference);
  return { ...render(<App />), conference };
}
