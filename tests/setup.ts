import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { afterEach, beforeAll, expect } from 'vitest';
import { cleanup, configure } from '@testing-library/preact';

// findBy… and waitFor wait up to 5 s instead of 1 s: an import parses and stores a whole schedule
// in the page, and on a loaded machine (CI, parallel runs) that takes longer than a second.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no layout: scrolling is a no-op there, not an error.
window.scrollTo = () => {};

// Screens other than the programme load lazily in the app; the screen tests (tests/views/) render
// them synchronously. The state and strings tests render no screen: they skip loading them all.
const rendersScreens = /[\\/]tests[\\/]views[\\/]/.test(expect.getState().testPath ?? '');

beforeAll(async () => {
  if (!rendersScreens) return;
  const { preloadScreens } = await import('../src/views/App/routes');
  await preloadScreens();
  // Photo code loads beside its screen (a dynamic import): load it now, so no test's import lands after teardown.
  await Promise.all([import('../src/views/Notes/NotePhotos'), import('../src/state/photo-totals')]);
});

afterEach(() => cleanup());

// An import runs the whole reader (first use transforms its modules); on a shared, busy machine
// that can take more than the default second.
configure({ asyncUtilTimeout: 4000 });
