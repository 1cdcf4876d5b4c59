import { findChromium, missingChromiumMessage } from '../../scripts/chromium.mjs';

/**
 * Runs once before any browser test: without Chromium every one of them would fail with its own
 * stack trace. One line saying what is missing and how to get it is what a new contributor needs.
 */
export default function checkChromium(): void {
  if (findChromium()) return;
  const error = new Error(missingChromiumMessage());
  // The stack would only point here; the message is the whole story.
  error.stack = error.message;
  throw error;
}
