import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/preact';

// jsdom has no layout: scrolling is a no-op there, not an error.
window.scrollTo = () => {};

afterEach(() => cleanup());
