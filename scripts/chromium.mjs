// Debian's Chromium and the flags it needs on these machines (no sandbox as root; no background
// connections, which the closed network would refuse). Shared by the browser tests and the benchmark.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Where Chromium usually is, after CHROMIUM_PATH: Debian's path, then these names on PATH. */
const USUAL_PATHS = ['/usr/bin/chromium'];
const USUAL_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable'];

function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium to drive, or undefined when none is found (CHROMIUM_PATH, when set, is the only one tried). */
export function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) return executable(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  const candidates = [...USUAL_PATHS, ...USUAL_NAMES.flatMap((name) => dirs.map((dir) => join(dir, name)))];
  return candidates.find(executable);
}

/** The one line a person without Chromium reads instead of a failure per browser test. */
export function missingChromiumMessage(env = process.env) {
  const where = env.CHROMIUM_PATH
    ? `CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, which is not an executable file`
    : 'no Chromium found (looked for /usr/bin/chromium, chromium, chromium-browser, google-chrome-stable)';
  return `The browser tests need Chromium: ${where}. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.`;
}

export const CHROMIUM = findChromium() ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  '--disable-quic',
];
