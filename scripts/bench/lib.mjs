// Shared by the benchmark scripts: serve dist/, start Debian's Chromium, print figures.
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
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
export function report(name, value, unit, budget, { lowerIsBetter = true, digits = 1 } = {}) {
  const ok = budget === undefined ? '' : (lowerIsBetter ? value <= budget : value >= budget) ? ' ok' : ' OVER BUDGET';
  const b = budget === undefined ? '' : ` (budget ${lowerIsBetter ? '≤' : '≥'} ${budget} ${unit})`;
  console.log(`${name}: ${Number.isInteger(value) ? value : value.toFixed(digits)} ${unit}${b}${ok}`);
}

/**
 * Builds the floor app (bench/floor/: the smallest Preact PWA on this stack) into a temp dir;
 * returns its path. Its figures are the ones the app's are compared with in the same run.
 */
export function buildFloor() {
  const outDir = mkdtempSync(join(tmpdir(), 'tagesbegleiter-floor-'));
  execSync(`npx vite build --config bench/floor/vite.config.ts --outDir ${JSON.stringify(outDir)}`, {
    stdio: 'ignore',
  });
  return outDir;
}

const STATIC_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * A plain static file server for the floor, as a simple static host would serve it: the file
 * or 404, gzip when the browser accepts it, no cache headers, no CSP, no fallback.
 */
export async function serveStatic(root) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = join(root, normalize(path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root)) return void res.writeHead(400).end();
    try {
      const body = await readFile(file);
      const type = STATIC_TYPES[extname(file)] ?? 'application/octet-stream';
      const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'])) && !type.startsWith('image/png');
      res.writeHead(200, { 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
      res.end(gzip ? gzipSync(body) : body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}
