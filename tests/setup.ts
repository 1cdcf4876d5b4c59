import 'fake-indexeddb/auto';
import { afterEach, beforeAll } from 'vitest';
import { cleanup, configure } from '@testing-library/preact';

// jsdom has no layout: scrolling is a no-op there, not an error.
window.scrollTo = () => {};

// Screens other than the programme load lazily in the app; tests render them synchronously.
beforeAll(async () => {
  const { preloadScreens } = await import('../src/views/App/routes');
  await preloadScreens();
});

afterEach(() => cleanup());

// An import runs the whole reader (first use transforms its modules); on a shared, busy machine
// that can take more than the default second.
configure({ asyncUtilTimeout: 4000 });
