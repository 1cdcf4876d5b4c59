import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium, missingChromiumMessage } from '../../scripts/chromium.mjs';

const dir = mkdtempSync(join(tmpdir(), 'tagesbegleiter-chromium-'));
function fakeBinary(name: string, mode = 0o755): string {
  const file = join(dir, name);
  writeFileSync(file, '#!/bin/sh\n');
  chmodSync(file, mode);
  return file;
}
const chrome = fakeBinary('google-chrome-stable');
const notExecutable = fakeBinary('chromium-browser', 0o644);

describe('finding Chromium for the browser tests', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('takes CHROMIUM_PATH when it is executable, and nothing else when it is not', () => {
    expect(findChromium({ CHROMIUM_PATH: chrome, PATH: '' })).toBe(chrome);
    expect(findChromium({ CHROMIUM_PATH: notExecutable, PATH: dir })).toBeUndefined();
    expect(missingChromiumMessage({ CHROMIUM_PATH: notExecutable })).toContain(`CHROMIUM_PATH is set to ${notExecutable}`);
  });

  it('finds google-chrome-stable on PATH, skipping a file that is not executable', () => {
    const found = findChromium({ PATH: dir });
    // /usr/bin/chromium comes first where it exists.
    expect([chrome, '/usr/bin/chromium']).toContain(found);
  });

  it('names how to install it or set CHROMIUM_PATH when none is found, in one line', () => {
    const message = missingChromiumMessage({ PATH: '' });
    expect(message).toMatch(/apt-get install chromium/);
    expect(message).toMatch(/CHROMIUM_PATH/);
    expect(message).not.toContain('\n');
  });
});
