import { spawn } from 'node:child_process';
import { createServer, type Server as HttpServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type Server } from '../e2e/server';
import { bundledConference } from '../fixtures';
import { MINIBROWSER } from './binaries';
import { startXvfb, webkitEnvironment } from './webkit';

/**
 * WebKitGTK as a person's browser, not an automated one: MiniBrowser with a profile on disk (its
 * automation sessions keep none) writing the engine's own console to stdout, which WebDriver
 * cannot read. That console is where WebKit reports a CSP it does not understand; the profile
 * on disk gives the service worker the HTTP cache Safari's would have.
 */

const conf = bundledConference();
const workshopA = conf.sessions.find((s) => s.title.startsWith('Workshop A'))!;
const DATA = /^\/assets\/conference-[^/]+\.json$/;
/** A message from WebKit's console at level error, of any source (JS, CSP, network, …). */
const CONSOLE_ERROR = /CONSOLE( \w+)? ERROR/;

/** A page that must produce the messages the check looks for, so a deaf capture cannot pass. */
const CONTROL_PAGE = `<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src 'self'; control-only-src 'self'">
<title>control</title><script src="/control.js"></script>`;

function serveControl(): Promise<{ url: string; server: HttpServer }> {
  const server = createServer((request, response) => {
    if (request.url === '/control.js')
      response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(`console.error('control-console-error');`);
    else response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(CONTROL_PAGE);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}/`, server }),
    ),
  );
}

describe('webkit: a first visit with a normal profile', () => {
  let xvfb: { display: string; stop(): void };
  let control: { url: string; server: HttpServer };
  beforeAll(async () => {
    xvfb = await startXvfb();
    control = await serveControl();
  });
  afterAll(() => {
    xvfb?.stop();
    control?.server.close();
  });

  /**
   * Opens `path` (and the control page in a second tab) in a fresh MiniBrowser profile, waits
   * until the service worker's precache has gone quiet, and returns the console and the requests.
   */
  async function firstVisit(path: string): Promise<{ console: string; requests: string[] }> {
    const requests: string[] = [];
    let lastRequest = Date.now();
    const server: Server = await serveDist({
      onRequest: (request) => {
        requests.push(new URL(request.url ?? '/', 'http://x').pathname);
        lastRequest = Date.now();
      },
    });
    const profile = mkdtempSync(join(tmpdir(), 'tagesbegleiter-minibrowser-'));
    let output = '';
    const browser = spawn(
      MINIBROWSER,
      ['--enable-write-console-messages-to-stdout=true', `${server.url}${path}`, control.url],
      {
        env: {
          ...webkitEnvironment(xvfb.display),
          XDG_DATA_HOME: join(profile, 'data'),
          XDG_CACHE_HOME: join(profile, 'cache'),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    browser.stdout.on('data', (d) => (output += String(d)));
    browser.stderr.on('data', (d) => (output += String(d)));
    try {
      const until = Date.now() + 45_000;
      // Installed: the worker has fetched its script and precached the pages; then 2 s of quiet.
      while (!(
        requests.includes('/sw.js') &&
        requests.includes('/index.en.html') &&
        Date.now() - lastRequest > 2000 &&
        output.includes('control-console-error')
      )) {
        if (Date.now() > until)
          throw new Error(`MiniBrowser did not finish the first visit; requests: ${requests.join(' ')}\n${output}`);
        if (browser.exitCode !== null) throw new Error(`MiniBrowser exited (${browser.exitCode}):\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    } finally {
      const exited = new Promise((resolve) =>
        browser.exitCode !== null ? resolve(null) : browser.once('exit', resolve),
      );
      browser.kill();
      await exited;
      await server.close();
      // Its helper processes may still be writing their caches for a moment.
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    }
    return { console: output, requests };
  }

  for (const path of ['/', `/sitzung/${encodeURIComponent(workshopA.guid)}`]) {
    it(`${path === '/' ? 'the start page' : 'a deep link'}: the conference data is downloaded once, and the console has no error`, async () => {
      const { console: output, requests } = await firstVisit(path);
      // The capture hears what it must: the control page's unknown directive and console error.
      expect(output).toContain("Unrecognized Content-Security-Policy directive 'control-only-src'");
      expect(output).toMatch(/CONSOLE ERROR control-console-error/);
      const ours = output.split('\n').filter((line) => !line.includes('control'));
      expect(ours.filter((line) => CONSOLE_ERROR.test(line) || /Content-Security-Policy/.test(line))).toEqual([]);
      // The page, the app and the service worker's precache: one download of the data.
      expect(requests).toContain('/sw.js');
      expect(requests.filter((p) => DATA.test(p))).toHaveLength(1);
    });
  }
});
