import 'fake-indexeddb/auto';
import { afterEach, beforeAll } from 'vitest';
import { cleanup, configure } from '@testing-library/preact';

// An import runs the worker's code in the page here, its modules transformed on first use: on a
// busy two-core machine that can take longer than the default second for findBy* / waitFor.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no layout: scrolling is a no-op there, not an error.
window.scrollTo = () => {};

// Screens other than the programme load lazily in the app; tests render them synchronously.
beforeAll(async () => {
  const { preloadScreens } = await import('../src/views/App/routes');
  await preloadScreens();
  // Photo code loads beside its screen (a dynamic import): load it now, so no test's import lands after teardown.
  await Promise.all([import('../src/views/Notes/NotePhotos'), import('../src/state/photo-totals')]);
});

afterEach(() => cleanup());
