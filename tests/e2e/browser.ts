import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

import { CHROMIUM, CHROMIUM_ARGS as ARGS } from '../../scripts/chromium.mjs';

export { CHROMIUM };

/** A phone-sized viewport (iPhone 12–15 class). */
export const PHONE = { width: 390, height: 844 };

export interface Profile {
  dir: string;
  context: BrowserContext;
  page: Page;
}

/** A new browser profile directory; remove it with `dropProfile`. */
export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'tagesbegleiter-e2e-'));
}

export function dropProfile(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** How a test's browser differs from a German phone in Berlin, online. */
export interface LaunchOptions {
  offline?: boolean;
  viewport?: { width: number; height: number };
  timezoneId?: string;
  /** The browser's language (navigator.languages and Accept-Language); German unless given. */
  locale?: string;
  javaScriptEnabled?: boolean;
  /** Accept the loopback test server's self-signed certificate (tests/e2e/schedule-server.ts). */
  ignoreHTTPSErrors?: boolean;
}

/** Starts Chromium on a profile directory (a browser "cold start" when the directory is reused). */
export async function launch(dir: string, options: LaunchOptions = {}): Promise<Profile> {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: options.viewport ?? PHONE,
    locale: options.locale ?? 'de-DE',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    timezoneId: options.timezoneId ?? 'Europe/Berlin',
    offline: options.offline ?? false,
    acceptDownloads: true,
    ignoreHTTPSErrors: options.ignoreHTTPSErrors ?? false,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { dir, context, page };
}

/** Waits until the app has rendered over the start page prerendered at build time (src/main.tsx). */
export async function waitForApp(page: Page): Promise<void> {
  await page.locator('#app:not([data-prerendered]) main').first().waitFor();
}

/** Waits until a service worker controls the page, i.e. the precache is complete. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });
}

/** The PID of the browser process started on profile `dir` (not its renderers or helpers). */
function browserPid(dir: string): number {
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  const pids = lines
    .filter((line) => line.includes(`--user-data-dir=${dir}`) && !line.includes('--type='))
    .map((line) => Number(line.trim().split(/\s+/, 1)[0]));
  if (pids.length !== 1) throw new Error(`expected one browser process for ${dir}, found ${pids.length}`);
  return pids[0]!;
}

/** Kills the browser with SIGKILL, like a crash or a dead battery: no unload event runs. */
export async function killBrowser(profile: Profile): Promise<void> {
  process.kill(browserPid(profile.dir), 'SIGKILL');
  // The context's close would wait for a browser that is gone: give it a moment, then move on.
  await Promise.race([profile.context.close().catch(() => {}), new Promise((r) => setTimeout(r, 3000))]);
}
