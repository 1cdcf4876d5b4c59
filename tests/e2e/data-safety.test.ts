import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { dropProfile, launch, newProfileDir, waitForApp, waitForServiceWorker, type Profile } from './browser';
import { axeViolations } from './axe';
import { noteField, openNote, workshopAPath } from './pages';

/**
 * Nothing typed is lost and nothing deleted comes back: an app update that raises the database
 * version while a tab is typing, "delete all" while another tab types, a blocked upgrade, a full
 * disk, and a connection the browser closed.
 */

const CURRENT = process.env.E2E_DIST ?? join(process.cwd(), 'dist');
const SAVED = /^gespeichert \d{2}:\d{2}$/;

/** The texts of every stored note, read with the raw API (whatever version the database has). */
function storedTexts(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('tagesbegleiter');
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('notes').objectStore('notes').getAll();
          all.onsuccess = () => {
            resolve((all.result as { text: string }[]).map((n) => n.text).sort());
            db.close();
          };
          all.onerror = () => reject(all.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
}

describe('data safety in a real browser', () => {
  let next: string;
  let server: { url: string; close(): Promise<void> };
  const profiles: Profile[] = [];
  const profile = async () => {
    const p = await launch(newProfileDir());
    profiles.push(p);
    return p;
  };

  beforeAll(() => {
    // The next release: the same app with the database version raised by one.
    next = mkdtempSync(join(tmpdir(), 'tagesbegleiter-next-'));
    execFileSync(
      process.execPath,
      [
        'node_modules/vite/bin/vite.js',
        'build',
        '--config',
        'tests/e2e/next-version.config.mjs',
        '--outDir',
        next,
        '--emptyOutDir',
        '--logLevel',
        'error',
      ],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
  }, 240_000);
  afterAll(async () => {
    for (const p of profiles) await p.context.close().catch(() => {});
    for (const dir of new Set(profiles.map((p) => p.dir))) dropProfile(dir);
    await server?.close().catch(() => {});
    rmSync(next, { recursive: true, force: true });
  });

  it('an update that raises the database version while tab A types: every character typed in A is kept', async () => {
    server = await startServer({ root: CURRENT, port: 0 });
    const origin = server.url;
    const port = Number(new URL(origin).port);
    const { context, page: tabA } = await profile();
    const fieldA = await openNote(tabA, origin);
    await waitForServiceWorker(tabA);
    const before = 'Vor dem Update. ';
    await fieldA.pressSequentially(before);
    await tabA.getByText(SAVED).waitFor({ timeout: 3000 });
    const tabB = await context.newPage();
    await tabB.goto(`${origin}/`);
    await waitForApp(tabB);

    // The next release goes live on the same origin.
    await server.close();
    server = await startServer({ root: next, port });

    // A types on, key by key, all through B's update (each key within the save delay of the last).
    const during =
      'Tab A tippt weiter, während Tab B die neue Version lädt und die Datenbank auf die nächste Version hebt – Umlaute äöü ß und ein Emoji 🙂, Zeichen für Zeichen bis zum Schluss.';
    let typingDone = false;
    const typing = fieldA.pressSequentially(during, { delay: 40 }).then(() => (typingDone = true));
    await tabB.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await tabB.getByRole('button', { name: 'Jetzt aktualisieren' }).click({ timeout: 20_000 });
    const notice = tabA
      .getByRole('alert')
      .filter({ hasText: /neue Version der App wurde in einem anderen Tab geöffnet/ });
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.textContent()).toMatch(/Lade diese Seite neu/);
    // The version change reached A while it was still typing.
    expect(typingDone).toBe(false);
    await typing;
    expect(await fieldA.inputValue()).toBe(before + during);

    // A reloads into the new version: what it could no longer store is stored now.
    const reloaded = tabA.waitForEvent('load', { timeout: 15_000 });
    await notice.getByRole('button', { name: 'Neu laden' }).click();
    await reloaded;
    const again = noteField(tabA);
    await again.waitFor();
    await expect.poll(() => again.inputValue(), { timeout: 5000 }).toBe(before + during);
    await tabA.getByText(SAVED).waitFor({ timeout: 5000 });
    expect(await storedTexts(tabA)).toEqual([before + during]);
    const version = await tabA.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('tagesbegleiter');
          open.onsuccess = () => {
            resolve(open.result.version);
            open.result.close();
          };
        }),
    );
    expect(version).toBeGreaterThanOrEqual(5);
    await server.close();
  }, 120_000);

  describe('one build on one origin', () => {
    let origin: string;
    beforeAll(async () => {
      server = await startServer({ root: CURRENT, port: 0 });
      origin = server.url;
    });

    it('"Alle meine Daten löschen" while another tab types: nothing reappears; the typing tab asks, and keeps the text only if told', async () => {
      const { context, page: typingTab } = await profile();
      const field = await openNote(typingTab, origin);
      await field.pressSequentially('Vorher gespeichert.');
      await typingTab.getByText(SAVED).waitFor({ timeout: 3000 });
      const settings = await context.newPage();
      await settings.goto(`${origin}/einstellungen`);
      await settings.getByRole('button', { name: 'Alle meine Daten löschen' }).click();

      // Keys 60 ms apart: the typing tab never reaches its save delay, so its text is unsaved.
      const typing = field.pressSequentially(' Und dann weiter getippt, während gelöscht wird.', { delay: 60 });
      await settings.waitForTimeout(300);
      await settings.getByRole('button', { name: 'Ja, alles löschen' }).click();
      const ask = typingTab.getByRole('alert').filter({ hasText: /In einem anderen Tab wurden alle Daten gelöscht/ });
      await ask.waitFor({ timeout: 5000 });
      await typing;
      expect(await axeViolations(typingTab)).toEqual([]);
      await typingTab.waitForTimeout(1000);
      expect(await storedTexts(settings)).toEqual([]);
      await settings.goto(`${origin}/notizen`);
      await settings.getByRole('heading', { level: 1, name: 'Notizen' }).waitFor();
      expect(await settings.locator('.note-item').count()).toBe(0);

      await ask.getByRole('button', { name: 'Text behalten' }).click();
      await typingTab.getByText(SAVED).waitFor({ timeout: 3000 });
      const kept = 'Vorher gespeichert. Und dann weiter getippt, während gelöscht wird.';
      expect(await storedTexts(settings)).toEqual([kept]);
      await settings.locator('.note-item', { hasText: kept }).waitFor({ timeout: 5000 });
    });

    it('blocked by a tab holding the old version: says so, the field stays editable, the text is saved once it lets go', async () => {
      const { context, page: oldTab } = await profile();
      // A page of the origin that runs no app code, holding a version-3 database open and not
      // letting go on request (as an old release that predates the handler would).
      await oldTab.goto(`${origin}/favicon.svg`);
      await oldTab.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open('tagesbegleiter', 3);
            open.onupgradeneeded = () => {
              const db = open.result;
              db.createObjectStore('marks', { keyPath: ['conferenceId', 'guid'] }).createIndex(
                'byConference',
                'conferenceId',
              );
              db.createObjectStore('settings', { keyPath: 'key' });
              const notes = db.createObjectStore('notes', { keyPath: 'id' });
              notes.createIndex('byConference', 'conferenceId');
              notes.createIndex('byUpdated', 'updatedAt');
              db.createObjectStore('conferences', { keyPath: 'id' });
            };
            open.onsuccess = () => {
              (window as unknown as { held: IDBDatabase }).held = open.result;
              resolve();
            };
            open.onerror = () => reject(open.error);
          }),
      );
      const tab = await context.newPage();
      await tab.goto(`${origin}${workshopAPath}`);
      await tab
        .getByRole('alert')
        .filter({ hasText: /Ein anderer offener Tab nutzt noch die alte Version der App/ })
        .waitFor({ timeout: 10_000 });
      const field = noteField(tab);
      await tab.waitForFunction(() => document.querySelector('textarea')?.readOnly === false, undefined, {
        timeout: 5000,
      });
      await field.pressSequentially('Geschrieben, während der alte Tab blockiert');
      await tab.getByText(/Ein anderer Tab hält noch die alte Version der App offen/).waitFor();
      expect(await axeViolations(tab)).toEqual([]);
      await tab.waitForTimeout(600);
      // Kept on the device already, before anything could be stored.
      const journaled = await tab.evaluate(() =>
        Object.keys(localStorage)
          .filter((k) => k.startsWith('tagesbegleiter:note-journal:'))
          .map((k) => JSON.parse(localStorage.getItem(k)!).text),
      );
      expect(journaled).toEqual(['Geschrieben, während der alte Tab blockiert']);

      await oldTab.evaluate(() => (window as unknown as { held: IDBDatabase }).held.close());
      await tab.getByText(SAVED).waitFor({ timeout: 10_000 });
      expect(await tab.getByText(/alte Version der App/).count()).toBe(0);
      await tab.reload();
      await expect
        .poll(() => noteField(tab).inputValue(), { timeout: 5000 })
        .toBe('Geschrieben, während der alte Tab blockiert');
    });

    it('a full disk (quota through CDP): a plain message about the Speicher; the text stays in the field and survives a reload until a save succeeds', async () => {
      const dir = newProfileDir();
      // The first visit, without a limit, stores the offline copy. Chromium counts the cache's
      // size anew at the next browser start (about 200 KB more here), so what the origin uses is
      // read in a second session.
      const setup = await launch(dir);
      profiles.push(setup);
      await openNote(setup.page, origin);
      await waitForServiceWorker(setup.page);
      await setup.context.close();
      const measure = await launch(dir);
      profiles.push(measure);
      await openNote(measure.page, origin);
      const usage = await measure.page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
      expect(usage).toBeGreaterThan(0);
      await measure.context.close();

      // Chromium applies a quota override only to storage this browser session has not used yet,
      // so it is set in a new session before the first request: room for a short note, not more.
      const first = await launch(dir);
      profiles.push(first);
      const { context, page } = first;
      const cdp = await context.newCDPSession(page);
      await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + 200_000 });
      const field = await openNote(page, origin);
      await field.pressSequentially('Erster Teil.');
      await page.getByText(SAVED).waitFor({ timeout: 5000 });

      // A long paste (text that does not compress) does not fit: the disk is full.
      let text = 'Erster Teil. Eingefügt: ';
      while (text.length < 1_000_000) text += `${Math.random().toString(36).slice(2)} `;
      await page.evaluate((value) => {
        const el = document.querySelector('textarea')!;
        el.value = value;
        el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      }, text);
      const alert = page.getByRole('alert').filter({ hasText: /Speicher/ });
      // Chromium writes the megabyte before it finds the quota exceeded: on a busy machine that
      // took over 10 s (the message, not its speed, is what this checks).
      await alert.waitFor({ timeout: 30_000 });
      const message = (await alert.textContent()) ?? '';
      expect(message).toMatch(/Speicher dieses Geräts ist voll/);
      expect(message).toMatch(/Kopiere ihn/);
      expect(message).toMatch(/Sicherung/);
      expect(message).toMatch(/gib Speicher frei/);
      expect(message).not.toMatch(/QuotaExceededError/);
      const kept = async (p: Page) => (await noteField(p).inputValue()) === text;
      expect(await kept(page)).toBe(true);

      // A reload while it is full: the text is back in the field (from the journal), still unsaved.
      await page.reload();
      await expect.poll(() => kept(page), { timeout: 10_000 }).toBe(true);
      await page
        .getByRole('alert')
        .filter({ hasText: /Speicher/ })
        .waitFor({ timeout: 30_000 });
      await context.close();

      // Space again (a new session without the limit): the text is saved and the message is gone.
      const second = await launch(dir);
      profiles.push(second);
      await openNote(second.page, origin);
      await expect.poll(() => kept(second.page), { timeout: 10_000 }).toBe(true);
      await second.page.getByText(SAVED).waitFor({ timeout: 10_000 });
      expect(
        await second.page
          .getByRole('alert')
          .filter({ hasText: /Speicher/ })
          .count(),
      ).toBe(0);
      const stored = await storedTexts(second.page);
      expect(stored.length).toBe(1);
      expect(stored[0] === text).toBe(true);
    }, 150_000);

    it('a connection the browser closed (storage cleared through CDP), then typing and an immediate reload: the text is kept', async () => {
      const { context, page } = await profile();
      const field = await openNote(page, origin);
      await field.pressSequentially('Vor dem Löschen.');
      await page.getByText(SAVED).waitFor({ timeout: 3000 });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'indexeddb' });
      await page.waitForTimeout(300);
      await field.pressSequentially(' Danach getippt.');
      await page.reload();
      await expect.poll(() => noteField(page).inputValue(), { timeout: 5000 }).toBe('Vor dem Löschen. Danach getippt.');
      expect(await storedTexts(page)).toEqual(['Vor dem Löschen. Danach getippt.']);
    });
  });
});
