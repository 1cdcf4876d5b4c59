import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { backupToJson, buildBackup } from '../../src/domain/backup';
import { serveDist, type Server } from '../e2e/server';
import { bundledConference } from '../fixtures';
import type { Engine, Tab } from './adapter';
import { chromiumEngine } from './chromium';
import { firefoxEngine } from './firefox';
import { webkitEngine } from './webkit';

/**
 * The journeys that matter most, written once and run in Chromium, Firefox ESR and WebKitGTK
 * (the engine of every iPhone browser). One browser per engine and one profile for all its
 * journeys, in order, as one person would go through them.
 */

const conf = bundledConference();
const workshopA = conf.sessions.find((s) => s.title.startsWith('Workshop A'))!;
const workshopB = conf.sessions.find((s) => s.title.startsWith('Workshop B'))!;
const DATA = /^\/assets\/conference-[^/]+\.json$/;

/** The text of the page's h1 once the app (not the prerendered page) shows it. */
const APP_HEADING = `document.querySelector('#app:not([data-prerendered]) main h1')?.textContent ?? null`;

const SERVICE_WORKER_IN_CONTROL = `(async () => {
  await navigator.serviceWorker.ready;
  if (!navigator.serviceWorker.controller) {
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  }
  return navigator.serviceWorker.controller !== null;
})()`;

/** Waits until the app's h1 matches `heading`. */
async function waitForHeading(tab: Tab, heading: string | RegExp) {
  const until = Date.now() + 15_000;
  let seen: string | null = null;
  while (Date.now() < until) {
    seen = await tab.evaluate<string | null>(APP_HEADING).catch(() => null);
    if (seen !== null && (typeof heading === 'string' ? seen === heading : heading.test(seen))) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the app's h1 is ${JSON.stringify(seen)}, not ${String(heading)}`);
}

/** Waits until an in-page expression is true. */
async function waitUntil(tab: Tab, expression: string, what: string) {
  const until = Date.now() + 15_000;
  while (Date.now() < until) {
    if (await tab.evaluate<boolean>(expression).catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const NOTE_EDITABLE = `(() => { const el = document.querySelector('textarea'); return el !== null && !el.readOnly; })()`;
const NOTE_TEXT = `document.querySelector('textarea')?.value ?? null`;
const MARK_PRESSED = `document.querySelector('main button[aria-pressed="true"]')?.textContent?.includes('Merken') ?? false`;

const ENGINES: (() => Engine)[] = (
  process.env.ENGINES ? process.env.ENGINES.split(',') : ['chromium', 'firefox', 'webkit']
).map((n) => ({ chromium: chromiumEngine, firefox: firefoxEngine, webkit: webkitEngine })[n]!);

describe.each(ENGINES.map((make) => [make().name, make] as const))(
  '%s: the journeys that matter most',
  (name, make) => {
    const engine = make();
    const requests: string[] = [];
    let server: Server;
    let port = 0;
    let tab: Tab;
    const files = mkdtempSync(join(tmpdir(), `tagesbegleiter-${name}-`));
    const serve = async () => {
      server = await serveDist({
        port,
        onRequest: (request) => requests.push(new URL(request.url ?? '/', 'http://x').pathname),
      });
      port = Number(new URL(server.url).port);
    };

    beforeAll(async () => {
      await serve();
      tab = await engine.start(server.url);
    }, 120_000);
    // What the browser showed when a journey failed, for whoever reads the log.
    afterEach(async (context) => {
      if (context.task.result?.state !== 'fail' || !tab) return;
      const shot = join(tmpdir(), `tagesbegleiter-${name}-${context.task.name.slice(0, 40).replace(/\W+/g, '-')}.png`);
      writeFileSync(shot, await tab.screenshot().catch(() => Buffer.alloc(0)));
      console.error(`${name}: screenshot of the failed journey in ${shot}`);
    });
    afterAll(async () => {
      await engine.stop();
      await server?.close().catch(() => {});
      rmSync(files, { recursive: true, force: true });
    });

    it('first visit: the programme in German, the conference data downloaded once, the service worker in control', async () => {
      await tab.goto('/');
      await waitForHeading(tab, 'Programm');
      expect(await tab.evaluate<string>('document.documentElement.lang')).toBe('de');
      expect(await tab.evaluate<string[]>('[...navigator.languages]')).toContain('de-DE');
      await tab.waitForText(/Workshop A/);
      await tab.waitForText('ca.');
      expect(await tab.evaluate<boolean>(SERVICE_WORKER_IN_CONTROL)).toBe(true);
      // The page's own download of the data happens before it registers the service worker.
      const registered = requests.indexOf('/sw.js');
      expect(registered).toBeGreaterThan(0);
      expect(requests.slice(0, registered).filter((path) => DATA.test(path))).toHaveLength(1);
      // The service worker's precache takes it from the HTTP cache. WebKitGTK's automation
      // session keeps no HTTP cache the worker could use (it is ephemeral), so there the worker
      // downloads it once more; webkit-first-visit.test.ts counts WebKit with a normal profile.
      const total = requests.filter((path) => DATA.test(path)).length;
      expect(total).toBe(name === 'webkit' ? 2 : 1);
      // And a reload comes from the service worker.
      const before = requests.length;
      await tab.reload();
      await waitForHeading(tab, 'Programm');
      expect(requests.slice(before).filter((path) => DATA.test(path))).toEqual([]);
    });

    it('a mark and a note survive a reload', async () => {
      await tab.goto(`/sitzung/${encodeURIComponent(workshopA.guid)}`);
      await waitForHeading(tab, workshopA.title);
      await waitUntil(tab, NOTE_EDITABLE, 'the note field to have read its note');
      await tab.click('button', 'Merken');
      await waitUntil(tab, MARK_PRESSED, 'Merken to be pressed');
      const note = `Notiz in ${name}: Fördermittel für Stadtlabore`;
      await tab.type(/Notiz/, note);
      await tab.waitForText(/gespeichert \d{2}:\d{2}/);
      await tab.reload();
      await waitForHeading(tab, workshopA.title);
      await waitUntil(tab, NOTE_EDITABLE, 'the note field after the reload');
      expect(await tab.evaluate<string>(NOTE_TEXT)).toBe(note);
      await waitUntil(tab, MARK_PRESSED, 'the mark after the reload');
      await tab.goto('/mein-tag');
      await waitForHeading(tab, 'Mein Tag');
      await tab.waitForText(workshopA.title);
    });

    it('with the server stopped: a reload and a deep link open from the service worker', async () => {
      await server.close();
      try {
        await tab.reload();
        await waitForHeading(tab, 'Mein Tag');
        await tab.waitForText(workshopA.title);
        // A session never opened before, by its link.
        await tab.goto(`/sitzung/${encodeURIComponent(workshopB.guid)}`);
        await waitForHeading(tab, workshopB.title);
        await tab.goto('/');
        await waitForHeading(tab, 'Programm');
        await tab.waitForText('4 parallel');
      } finally {
        await serve();
      }
    });

    it('restores a backup chosen on the device', async () => {
      const backupFile = join(files, 'tagesbegleiter-sicherung.json');
      const noteText = 'Notiz aus der Sicherung';
      const backup = buildBackup(
        {
          marks: [{ conferenceId: conf.id, guid: workshopB.guid, markedAt: Date.parse('2023-09-06T09:00:00Z') }],
          notes: [
            {
              id: 'note-from-backup',
              conferenceId: conf.id,
              sessionGuid: workshopB.guid,
              text: noteText,
              createdAt: Date.parse('2023-09-06T09:05:00Z'),
              updatedAt: Date.parse('2023-09-06T09:05:00Z'),
              rev: 1,
            },
          ],
          settings: [],
        },
        (conferenceId, guid) =>
          conferenceId === conf.id ? (conf.sessions.find((s) => s.guid === guid)?.title ?? null) : undefined,
        new Date('2023-09-06T09:10:00Z'),
        'Tagesbegleiter',
      );
      writeFileSync(backupFile, backupToJson(backup));
      await tab.goto('/einstellungen');
      await waitForHeading(tab, 'Einstellungen');
      await tab.upload(/Aus Datei wiederherstellen/, backupFile);
      await tab.waitForText(/Die Datei ist in Ordnung: 1 gemerkte Programmpunkte, 1 Notizen/);
      await tab.click('button', 'Ersetzen');
      await tab.waitForText(/Wiederhergestellt/);
      await tab.goto('/notizen');
      await waitForHeading(tab, 'Notizen');
      await tab.waitForText(noteText);
      // Replaced: the note typed before is gone, the backup's mark is in Mein Tag.
      expect(await tab.evaluate<boolean>(`document.body.innerText.includes('Notiz in ${name}')`)).toBe(false);
      await tab.goto('/mein-tag');
      await waitForHeading(tab, 'Mein Tag');
      await tab.waitForText(workshopB.title);
    });

    it('imports a schedule file chosen on the device and shows its programme', async () => {
      await tab.goto('/konferenzen');
      await waitForHeading(tab, 'Konferenzen');
      await tab.upload('schedule.json-Datei wählen', join(process.cwd(), 'tests', 'fixtures', 'pretalx-schedule.json'));
      await tab.waitForText('„Kiezkonferenz 2024“ importiert: 8 Programmpunkte.');
      await tab.click('link', 'Zum Programm');
      await waitForHeading(tab, 'Programm');
      await tab.waitForText('Offene Daten für die Straßenbahn');
      await tab.reload();
      await tab.waitForText('Offene Daten für die Straßenbahn');
    });

    it('logged no console error, no uncaught error and no CSP violation on the way', async () => {
      expect(await tab.problems()).toEqual([]);
    });
  },
);
