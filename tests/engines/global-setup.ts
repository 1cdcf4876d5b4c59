import { missingForOtherEngines } from './binaries';

/** Stops the run before any test with one message when Firefox or WebKit (or what WebKit needs) is missing. */
export default function checkOtherEngines(): void {
  const missing = missingForOtherEngines();
  if (missing.length === 0) return;
  throw new Error(
    `The Firefox and WebKit browser tests need what is missing here:\n  - ${missing.join('\n  - ')}\n` +
      '`bash .ci/run` installs all of it on Debian.',
  );
}
