import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { killBrowser, launch, waitForServiceWorker, type Profile } from './browser';
import { servedBuildAndProfileDirs } from './fixture';
import { axeViolations } from './axe';
import { addPhoto, conf, openWorkshop, storedPhotos, thumbnails, workshopB } from './photos-support';

/** The promise: a photo whose thumbnail showed this long before a crash survives it. */
const SHOWN_BEFORE_KILL_MS = 1000;
const NOTE_LABEL = 'Meine Notiz zu diesem Programmpunkt';

describe('photos in notes, in a real browser', () => {
  const served = servedBuildAndProfileDirs();
  const profileDir = () => served.profileDir();
  let origin: string;
  beforeAll(() => {
    origin = served.server.url;
  });

  /** A first visit that installs the app (service worker ready), then the workshop's page. */
  const installedOnWorkshop = async () => {
    const dir = profileDir();
    const first = await launch(dir);
    await first.page.goto(`${origin}/`);
    await waitForServiceWorker(first.page);
    await openWorkshop(first.page, origin);
    return { dir, first };
  };
  /** SIGKILL a second after the thumbnail showed, then the workshop's page in a new browser, offline. */
  const killAndReopenOffline = async (dir: string, first: Profile) => {
    await first.page.waitForTimeout(SHOWN_BEFORE_KILL_MS);
    await killBrowser(first);
    const second = await launch(dir, { offline: true });
    await openWorkshop(second.page, origin);
    return second;
  };

  it('a photo added on a session page is stored upright, ≤ 2048 px, without EXIF, and survives SIGKILL a second after its thumbnail shows, offline', async () => {
    const { dir, first } = await installedOnWorkshop();
    const workers: string[] = [];
    first.page.on('worker', (w) => workers.push(w.url()));
    await addPhoto(first.page);
    const thumb = thumbnails(first.page).first();
    await thumb.waitFor({ timeout: 10_000 });
    expect(await thumb.getAttribute('alt')).toBe(`Foto 1 zu ${workshopB.title}`);
    // Downscaled off the main thread, in the photo worker.
    expect(workers.some((url) => /\/assets\/photo-worker-[^/]+\.js$/.test(url))).toBe(true);

    const second = await killAndReopenOffline(dir, first);
    await thumbnails(second.page).first().waitFor({ timeout: 5000 });
    expect(await thumbnails(second.page).count()).toBe(1);
    const [photo] = await storedPhotos(second.page);
    // Upright: the stored pixels are portrait (1200 × 2400 upright, scaled to fit 2048), red on top.
    expect(photo).toMatchObject({
      width: 1024,
      height: 2048,
      decodedWidth: 1024,
      decodedHeight: 2048,
      type: 'image/jpeg',
    });
    expect(photo!.top[0]).toBeGreaterThan(180);
    expect(photo!.top[2]).toBeLessThan(80);
    expect(photo!.bottom[2]).toBeGreaterThan(180);
    expect(photo!.bottom[0]).toBeLessThan(80);
    // No EXIF (no APP1 segment, no "Exif"/"GPS" anywhere), nothing but JFIF among the APPn segments.
    expect(photo!.markers).not.toContain('e1');
    expect(photo!.markers.filter((m) => /^e[1-9a-f]$/.test(m) || m === 'fe')).toEqual([]);
    expect(photo!.exifText).toBe(false);
    expect(photo!.bytes).toBeLessThanOrEqual(500 * 1024);
    await second.context.close();
  });

  it('text typed just before a photo is added (inside the save pause) and the photo both survive SIGKILL, offline', async () => {
    const { dir, first } = await installedOnWorkshop();
    const field = first.page.getByLabel(NOTE_LABEL);
    await field.pressSequentially('Storyboard Gruppe 3');
    // No pause: the photo is chosen while the text's save is still due.
    await addPhoto(first.page);
    await thumbnails(first.page).first().waitFor({ timeout: 10_000 });

    const second = await killAndReopenOffline(dir, first);
    expect(await second.page.getByLabel(NOTE_LABEL).inputValue()).toBe('Storyboard Gruppe 3');
    await thumbnails(second.page).first().waitFor({ timeout: 5000 });
    expect(await thumbnails(second.page).count()).toBe(1);
    // One note: the text and the photo are kept together, not as two versions.
    expect(await second.page.getByRole('heading', { name: 'Weitere Fassungen dieser Notiz' }).count()).toBe(0);
    await second.context.close();
  });

  it('after a two-tab conflict made this tab’s text its own note, a photo added here goes with that text', async () => {
    const { context, page } = await launch(profileDir());
    await openWorkshop(page, origin);
    // Another tab's save that this one was never told about: the stored note moves on under the field.
    await page.evaluate(
      async ({ conferenceId, guid }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open('tagesbegleiter');
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const tx = db.transaction('notes', 'readwrite');
        const at = Date.now();
        tx.objectStore('notes').put({
          id: `session:${conferenceId}:${guid}`,
          conferenceId,
          sessionGuid: guid,
          text: 'Aus dem anderen Tab',
          createdAt: at,
          updatedAt: at,
          rev: 1,
        });
        await new Promise((resolve) => (tx.oncomplete = resolve));
        db.close();
      },
      { conferenceId: conf.id, guid: workshopB.guid },
    );
    await page.getByLabel(NOTE_LABEL).fill('Meine Mitschrift');
    await page.getByRole('link', { name: 'Die andere Fassung öffnen' }).waitFor({ timeout: 5000 });
    await addPhoto(page);
    await thumbnails(page).first().waitFor({ timeout: 10_000 });
    const kept = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('tagesbegleiter');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const all = <T>(store: string) =>
        new Promise<T[]>((resolve) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result as T[]);
        });
      const notes = await all<{ id: string; text: string }>('notes');
      const photos = await all<{ noteId: string }>('photos');
      db.close();
      return photos.map((p) => notes.find((n) => n.id === p.noteId)?.text);
    });
    expect(kept).toEqual(['Meine Mitschrift']);
    await context.close();
  });

  it('two tabs: a photo added in one shows in the other; deleted there (asked first), it is gone in both and after a reload', async () => {
    const { context, page: tabA } = await launch(profileDir());
    const tabB = await context.newPage();
    await openWorkshop(tabA, origin);
    await openWorkshop(tabB, origin);
    await addPhoto(tabA);
    await thumbnails(tabA).first().waitFor({ timeout: 10_000 });
    await thumbnails(tabB).first().waitFor({ timeout: 3000 });
    // Opens large, in a dialog a keyboard can close.
    await thumbnails(tabB).first().click();
    const dialog = tabB.getByRole('dialog', { name: 'Foto 1 von 1' });
    await dialog.waitFor();
    expect(await dialog.getByRole('img').getAttribute('alt')).toBe(`Foto 1 zu ${workshopB.title}`);
    expect(await axeViolations(tabB)).toEqual([]);
    await tabB.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // Focus is back on the thumbnail's button.
    expect(await tabB.evaluate(() => document.activeElement?.querySelector('img')?.alt)).toBe(
      `Foto 1 zu ${workshopB.title}`,
    );

    await tabB.getByRole('button', { name: 'Foto 1 löschen' }).click();
    // Asked first: nothing is deleted until confirmed.
    expect(await thumbnails(tabB).count()).toBe(1);
    await tabB.getByRole('button', { name: 'Ja, Foto löschen' }).click();
    await expect.poll(() => thumbnails(tabB).count()).toBe(0);
    await expect.poll(() => thumbnails(tabA).count(), { timeout: 3000 }).toBe(0);
    await tabA.reload();
    await openWorkshop(tabA, origin);
    expect(await thumbnails(tabA).count()).toBe(0);
    expect(await storedPhotos(tabA)).toEqual([]);
    await context.close();
  });

  it('where a worker cannot draw, the page downscales: still upright, still without EXIF', async () => {
    const { context, page } = await launch(profileDir());
    await page.addInitScript(() => {
      // As in browsers without OffscreenCanvas in workers: the worker path is unavailable.
      Object.defineProperty(window, 'Worker', { value: undefined });
    });
    await openWorkshop(page, origin);
    await addPhoto(page);
    await thumbnails(page).first().waitFor({ timeout: 10_000 });
    const [photo] = await storedPhotos(page);
    expect(photo).toMatchObject({
      width: 1024,
      height: 2048,
      decodedWidth: 1024,
      decodedHeight: 2048,
      exifText: false,
    });
    expect(photo!.top[0]).toBeGreaterThan(180);
    expect(photo!.markers).not.toContain('e1');
    await context.close();
  });

  it('the Notizen list shows the photo count and the first thumbnail; "Notizen mit Fotos (ZIP)" holds the Markdown and the files', async () => {
    const { context, page } = await launch(profileDir());
    await openWorkshop(page, origin);
    await page.getByRole('textbox', { name: /Notiz/ }).fill('Storyboard Gruppe 2');
    await addPhoto(page);
    await thumbnails(page).nth(0).waitFor({ timeout: 10_000 });
    await addPhoto(page);
    await thumbnails(page).nth(1).waitFor({ timeout: 10_000 });
    expect(await thumbnails(page).nth(1).getAttribute('alt')).toBe(`Foto 2 zu ${workshopB.title}`);
    // A free note of a photo alone.
    await page.goto(`${origin}/notizen`);
    await page.getByRole('button', { name: 'Neue freie Notiz' }).click();
    await page.getByLabel('Foto hinzufügen').waitFor({ state: 'attached' });
    await addPhoto(page);
    await thumbnails(page).first().waitFor({ timeout: 10_000 });
    await page.goto(`${origin}/notizen`);
    const workshopItem = page.locator('.note-item', { hasText: workshopB.title });
    await workshopItem.getByText('2 Fotos').waitFor();
    expect(await workshopItem.locator('img').getAttribute('alt')).toBe(`Foto 1 zu ${workshopB.title}`);
    expect(
      await workshopItem.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
    ).toBe(true);
    await page.locator('.note-item', { hasText: 'Freie Notiz' }).getByText('1 Foto').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Notizen mit Fotos (ZIP)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^tagesbegleiter-notizen-\d{4}-\d{2}-\d{2}\.zip$/);
    const path = join(profileDir(), download.suggestedFilename());
    await download.saveAs(path);
    const entries = unzipSync(new Uint8Array(readFileSync(path)));
    const md = strFromU8(entries['notizen.md']!);
    expect(md).toContain('Storyboard Gruppe 2');
    const links = [...md.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]!);
    expect(links).toHaveLength(3);
    expect(Object.keys(entries).sort()).toEqual([...links, 'notizen.md'].sort());
    for (const link of links) expect([...entries[link]!.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    await context.close();
  });

  it('the backup with photos is one ZIP; restored into a fresh profile, the photo shows', async () => {
    const source = await launch(profileDir());
    await openWorkshop(source.page, origin);
    await addPhoto(source.page);
    await thumbnails(source.page).first().waitFor({ timeout: 10_000 });
    await source.page.goto(`${origin}/einstellungen`);
    await source.page.getByText('Davon 1 Foto:').waitFor();
    const [download] = await Promise.all([
      source.page.waitForEvent('download'),
      source.page.getByRole('button', { name: 'Sicherung herunterladen' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^tagesbegleiter-sicherung-\d{4}-\d{2}-\d{2}\.zip$/);
    const path = join(profileDir(), download.suggestedFilename());
    await download.saveAs(path);
    const [original] = await storedPhotos(source.page);
    await source.context.close();

    const target = await launch(profileDir());
    await target.page.goto(`${origin}/einstellungen`);
    await target.page.getByLabel(/Aus Datei wiederherstellen/).setInputFiles(path);
    await target.page.getByText(/Die Datei ist in Ordnung: .*Dazu 1 Foto\./).waitFor();
    await target.page.getByRole('button', { name: 'Zusammenführen' }).click();
    await target.page.getByText(/^Wiederhergestellt/).waitFor();
    await openWorkshop(target.page, origin);
    await thumbnails(target.page).first().waitFor({ timeout: 5000 });
    expect(
      await thumbnails(target.page)
        .first()
        .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
    ).toBe(true);
    expect(await storedPhotos(target.page)).toEqual([original]);
    await target.context.close();
  });

  it('a full disk (quota) gives a plain message about the storage, stores nothing of the photo and touches nothing stored', async () => {
    const { dir, first } = await installedOnWorkshop();
    await first.page.getByRole('textbox', { name: /Notiz/ }).fill('vor dem vollen Speicher');
    await addPhoto(first.page);
    await thumbnails(first.page).first().waitFor({ timeout: 10_000 });
    // This test is about the full disk: the text is saved before the browser closes.
    await first.page.getByText(/^gespeichert \d{2}:\d{2}$/).waitFor({ timeout: 5000 });
    const before = await storedPhotos(first.page);
    await first.context.close();

    // Chromium applies a quota override to IndexedDB connections opened after it: set it before the app starts.
    const { context, page } = await launch(dir);
    const cdp = await context.newCDPSession(page);
    const { usage } = (await cdp.send('Storage.getUsageAndQuota', { origin })) as { usage: number };
    // Room for a few bytes more than is used: no photo fits.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + 1024 });
    await openWorkshop(page, origin);
    await thumbnails(page).first().waitFor({ timeout: 5000 });
    await addPhoto(page);
    const alert = page.locator('.note-photos').getByRole('alert').filter({ hasText: 'Speicher' });
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.textContent()).toMatch(/Lösche Fotos.*Sicherung/);
    expect(await thumbnails(page).count()).toBe(1);
    expect(await storedPhotos(page)).toEqual(before);
    await context.close();

    const after = await launch(dir);
    await openWorkshop(after.page, origin);
    await thumbnails(after.page).first().waitFor({ timeout: 5000 });
    expect(await thumbnails(after.page).count()).toBe(1);
    expect(await storedPhotos(after.page)).toEqual(before);
    expect(await after.page.getByRole('textbox', { name: /Notiz/ }).inputValue()).toBe('vor dem vollen Speicher');
    await after.context.close();
  });
});
