import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropProfile, killBrowser, launch, newProfileDir, waitForApp, waitForServiceWorker } from './browser';
import { serveDist, type Server } from './server';
import { axeViolations } from './axe';
import { addPhoto, openWorkshop, storedPhotos, thumbnails, workshopB } from './photos-support';

/** The promise: a photo whose thumbnail showed this long before a crash survives it. */
const SHOWN_BEFORE_KILL_MS = 1000;

describe('photos in notes, in a real browser', () => {
  let server: Server;
  let origin: string;
  const dirs: string[] = [];
  const profileDir = () => {
    const dir = newProfileDir();
    dirs.push(dir);
    return dir;
  };

  beforeAll(async () => {
    server = await serveDist();
    origin = server.url;
  });
  afterAll(async () => {
    await server.close().catch(() => {});
    for (const dir of dirs) dropProfile(dir);
  });

  it('a photo added on a session page is stored upright, ≤ 2048 px, without EXIF, and survives SIGKILL a second after its thumbnail shows, offline', async () => {
    const dir = profileDir();
    const first = await launch(dir);
    await first.page.goto(`${origin}/`);
    await waitForServiceWorker(first.page);
    await openWorkshop(first.page, origin);
    await addPhoto(first.page);
    const thumb = thumbnails(first.page).first();
    await thumb.waitFor({ timeout: 10_000 });
    expect(await thumb.getAttribute('alt')).toBe(`Foto 1 zu ${workshopB.title}`);
    await first.page.waitForTimeout(SHOWN_BEFORE_KILL_MS);
    await killBrowser(first);

    const second = await launch(dir, { offline: true });
    await openWorkshop(second.page, origin);
    await thumbnails(second.page).first().waitFor({ timeout: 5000 });
    expect(await thumbnails(second.page).count()).toBe(1);
    const [photo] = await storedPhotos(second.page);
    // Upright: the stored pixels are portrait (1200 × 2400 upright, scaled to fit 2048), red on top.
    expect(photo).toMatchObject({ width: 1024, height: 2048, decodedWidth: 1024, decodedHeight: 2048, type: 'image/jpeg' });
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
});
