// Shared by the benchmark scripts: serve dist/, start Debian's Chromium, print figures.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../serve.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from '../chromium.mjs';

export { CHROMIUM, CHROMIUM_ARGS };

/** Serves dist/ on a free loopback port; returns { origin, close }. */
export async function serveDist(outDir = 'dist') {
  const server = await startServer({ root: outDir, port: 0 });
  return { origin: server.url, close: () => server.close() };
}

/** Launches Chromium on a profile dir (new temp dir unless given). */
export async function launch({ dir, offline = false, locale = 'de-DE' } = {}) {
  const profile = dir ?? mkdtempSync(join(tmpdir(), 'tagesbegleiter-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 390, height: 844 },
    locale,
    timezoneId: 'Europe/Berlin',
    offline,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { dir: profile, context, page, drop: () => rmSync(profile, { recursive: true, force: true }) };
}

export async function waitForServiceWorker(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Prints one figure against its budget: "name: 12.3 ms (budget ≤ 50 ms) ok". */
export function report(name, value, unit, budget, { lowerIsBetter = true } = {}) {
  const ok = budget === undefined ? '' : (lowerIsBetter ? value <= budget : value >= budget) ? ' ok' : ' OVER BUDGET';
  const b = budget === undefined ? '' : ` (budget ${lowerIsBetter ? '≤' : '≥'} ${budget} ${unit})`;
  console.log(`${name}: ${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}${b}${ok}`);
}
