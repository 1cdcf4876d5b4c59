// Photos in notes in the real browser (Chromium), issue 11 budgets:
// 1. A 12-megapixel JPEG from choosing to thumbnail ≤ 1.5 s, no main-thread task over 50 ms
//    meanwhile: from the file field's change event until the new thumbnail is in the page and
//    decoded (downscaling in the photo worker, the durable write, the render); long tasks from
//    the Long Tasks API over the same span. The photo is generated in the page (a 4000 × 3000
//    canvas of gradients, shapes and noise, JPEG quality 0.92), so nothing large is committed.
// 2. A note with 20 photos opens ≤ 100 ms: from the click on the note in the Notizen list until
//    its page shows all 20 thumbnails (and, printed too, until all are decoded).
// 3. The Notizen list with 200 photos scrolls without long tasks: 200 notes with a photo each,
//    scrolled from top to bottom by mouse wheel; every main-thread task over 50 ms is counted.
import { launch, median, report, waitForServiceWorker } from './lib.mjs';

const RUNS = 5;
const OPENS = 7;
const NOTE_PHOTOS = 20;
const LIST_PHOTOS = 200;
const BUDGET = { choose: 1500, longTask: 50, open: 100 };

export default async function ({ origin }) {
  const { page, context, drop } = await launch();
  try {
    await page.goto(`${origin}/`);
    await page.getByRole('heading', { level: 1, name: 'Programm' }).waitFor();
    await waitForServiceWorker(page);
    const href = await page.locator('a[href^="/sitzung/"]').first().getAttribute('href');
    const photo = await makeTwelveMegapixelJpeg(page);
    console.log(`  test photo: 4000 × 3000 JPEG, ${(photo.length / 1024 / 1024).toFixed(1)} MB`);
    await chooseToThumbnail(page, `${origin}${href}`, photo);
    await noteWithTwentyPhotos(page, origin);
    await listWithManyPhotos(page, origin);
  } finally {
    await context.close();
    drop();
  }
}

async function makeTwelveMegapixelJpeg(page) {
  const base64 = await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(4000, 3000);
    const ctx = canvas.getContext('2d');
    const gradient = ctx.createLinearGradient(0, 0, 4000, 3000);
    gradient.addColorStop(0, '#f4efe1');
    gradient.addColorStop(1, '#c9d8e8');
    ctx.fillStyle = gradient;
    ctx.fillRect(0, 0, 4000, 3000);
    let seed = 7;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    // Sticky notes and marker strokes on a wall: detail a JPEG must spend bytes on.
    for (let i = 0; i < 600; i++) {
      ctx.fillStyle = `hsl(${Math.floor(rand() * 360)} 70% ${40 + rand() * 40}%)`;
      ctx.fillRect(rand() * 4000, rand() * 3000, 40 + rand() * 220, 40 + rand() * 220);
      ctx.fillStyle = '#222';
      ctx.font = `${20 + Math.floor(rand() * 40)}px sans-serif`;
      ctx.fillText('Storyboard Szene ' + i, rand() * 4000, rand() * 3000);
    }
    // Sensor noise (a phone's, in dim light) over a band of the image.
    const noise = ctx.getImageData(0, 2000, 4000, 600);
    for (let i = 0; i < noise.data.length; i += 4) {
      const n = (rand() - 0.5) * 16;
      noise.data[i] += n;
      noise.data[i + 1] += n;
      noise.data[i + 2] += n;
    }
    ctx.putImageData(noise, 0, 2000);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(text);
  });
  return Buffer.from(base64, 'base64');
}

async function chooseToThumbnail(page, url, photo) {
  await page.goto(url);
  const input = page.getByLabel('Foto hinzufügen');
  await input.waitFor({ state: 'attached' });
  // The Long Tasks API must see a task the page blocks on, or "0 ms" below would mean nothing.
  const seen = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const observer = new PerformanceObserver((list) => {
          observer.disconnect();
          resolve(list.getEntries()[0].duration);
        });
        observer.observe({ type: 'longtask' });
        setTimeout(() => {
          const end = performance.now() + 80;
          while (performance.now() < end);
        }, 0);
      }),
  );
  console.log(`  long-task check: a deliberate 80 ms busy loop is seen as a ${seen.toFixed(0)} ms task`);
  const times = [];
  const longest = [];
  for (let i = 0; i < RUNS; i++) {
    await page.evaluate(() => {
      const input = document.querySelector('.note-photos input[type="file"]');
      const before = document.querySelectorAll('.note-photos img[alt^="Foto"]').length;
      window.__photoBench = new Promise((resolve) => {
        const tasks = [];
        let t0 = Infinity;
        // Only tasks that start once the file is chosen: handing the test file to the page is the harness's.
        const longTasks = new PerformanceObserver((list) =>
          tasks.push(
            ...list
              .getEntries()
              .filter((e) => e.startTime >= t0)
              .map((e) => e.duration),
          ),
        );
        longTasks.observe({ type: 'longtask' });
        input.addEventListener(
          'change',
          (event) => {
            t0 = event.timeStamp;
            const check = async () => {
              const imgs = document.querySelectorAll('.note-photos img[alt^="Foto"]');
              if (imgs.length > before) {
                observer.disconnect();
                await imgs[imgs.length - 1].decode();
                const took = performance.now() - t0;
                // Long tasks are reported after they end: give the observer a moment.
                setTimeout(() => {
                  longTasks.disconnect();
                  resolve({ took, longest: Math.max(0, ...tasks) });
                }, 100);
              }
            };
            const observer = new MutationObserver(() => void check());
            observer.observe(document.body, { childList: true, subtree: true });
          },
          { once: true },
        );
      });
    });
    await input.setInputFiles({ name: `wand-${i}.jpg`, mimeType: 'image/jpeg', buffer: photo });
    const run = await page.evaluate(() => window.__photoBench);
    times.push(run.took);
    longest.push(run.longest);
  }
  console.log(
    `  choose to thumbnail: ${times.map((t) => t.toFixed(0)).join(', ')} ms; longest main-thread task each: ${longest.map((t) => t.toFixed(0)).join(', ')} ms`,
  );
  report(`12-megapixel JPEG from choosing to thumbnail (median of ${RUNS})`, median(times), 'ms', BUDGET.choose);
  report('12-megapixel JPEG from choosing to thumbnail (slowest)', Math.max(...times), 'ms', BUDGET.choose);
  report('Longest main-thread task meanwhile (all runs)', Math.max(...longest), 'ms', BUDGET.longTask);
  const stored = await page.evaluate(async () => {
    const db = await new Promise((resolve) => {
      const r = indexedDB.open('tagesbegleiter');
      r.onsuccess = () => resolve(r.result);
    });
    const all = await new Promise((resolve) => {
      const r = db.transaction('photos').objectStore('photos').getAll();
      r.onsuccess = () => resolve(r.result);
    });
    db.close();
    return all.map((p) => ({ width: p.width, height: p.height, bytes: p.image.size, thumb: p.thumb.size }));
  });
  console.log(
    `  stored: ${stored[0].width} × ${stored[0].height}, ${(stored[0].bytes / 1024).toFixed(0)} KB (thumbnail ${(stored[0].thumb / 1024).toFixed(0)} KB)`,
  );
  report(
    'Stored size of that photo (a dense wall of 600 labels and noise; typical ≤ 500 KB)',
    median(stored.map((s) => s.bytes)) / 1024,
    'KB',
    500,
  );
}

/** Writes photo records straight into the app's database (as the app stores them). */
function seedPhotos(page, { notes, photosPerNote, withText }) {
  return page.evaluate(
    async ({ notes, photosPerNote, withText }) => {
      const db = await new Promise((resolve) => {
        const r = indexedDB.open('tagesbegleiter');
        r.onsuccess = () => resolve(r.result);
      });
      const existing = await new Promise((resolve) => {
        const r = db.transaction('photos').objectStore('photos').getAll();
        r.onsuccess = () => resolve(r.result);
      });
      const conferenceId = existing[0].conferenceId;
      const jpeg = async (w, h, hue) => {
        const canvas = new OffscreenCanvas(w, h);
        const ctx = canvas.getContext('2d');
        ctx.fillStyle = `hsl(${hue} 60% 70%)`;
        ctx.fillRect(0, 0, w, h);
        ctx.fillStyle = '#222';
        ctx.font = `${Math.round(h / 8)}px sans-serif`;
        ctx.fillText(`Flipchart ${hue}`, w / 10, h / 2);
        return canvas.convertToBlob({ type: 'image/jpeg', quality: 0.82 });
      };
      const ids = [];
      const now = Date.now();
      for (let n = 0; n < notes; n++) {
        const noteId = `photo-bench-${notes}-${n}`;
        ids.push(noteId);
        // Encoded before the transaction: it would end while waiting for the encoder.
        const photos = [];
        for (let p = 0; p < photosPerNote; p++) {
          const hue = (n * 37 + p * 11) % 360;
          photos.push({
            id: `${noteId}-p${p}`,
            noteId,
            conferenceId,
            addedAt: now + p,
            width: 2048,
            height: 1536,
            image: await jpeg(2048, 1536, hue),
            thumb: await jpeg(320, 240, hue),
          });
        }
        const tx = db.transaction(['notes', 'photos'], 'readwrite');
        tx.objectStore('notes').put({
          id: noteId,
          conferenceId,
          sessionGuid: null,
          text: withText ? `Wand ${n}: Ergebnisse der Station` : '',
          createdAt: now - n,
          updatedAt: now - n,
          rev: 1,
        });
        for (const photo of photos) tx.objectStore('photos').put(photo);
        await new Promise((resolve) => (tx.oncomplete = resolve));
      }
      db.close();
      return ids;
    },
    { notes, photosPerNote, withText },
  );
}

async function noteWithTwentyPhotos(page, origin) {
  const [noteId] = await seedPhotos(page, { notes: 1, photosPerNote: NOTE_PHOTOS, withText: true });
  await page.goto(`${origin}/notizen`);
  await page.locator('.note-item').first().waitFor();
  const opens = [];
  for (let i = 0; i < OPENS; i++) {
    opens.push(
      await page.evaluate(
        ({ id, count }) =>
          new Promise((resolve) => {
            const link = document.querySelector(`a[href="/notizen/${encodeURIComponent(id)}"]`);
            const t0 = performance.now();
            const check = () => {
              const imgs = [...document.querySelectorAll('.note-photos img[alt^="Foto"]')];
              if (imgs.length >= count) {
                observer.disconnect();
                const shown = performance.now() - t0;
                void Promise.all(imgs.map((img) => img.decode())).then(() =>
                  resolve({ shown, decoded: performance.now() - t0 }),
                );
              }
            };
            const observer = new MutationObserver(check);
            observer.observe(document.body, { childList: true, subtree: true });
            link.click();
          }),
        { id: noteId, count: NOTE_PHOTOS },
      ),
    );
    await page.goBack();
    await page.locator('.note-item').first().waitFor();
  }
  console.log(
    `  opens: ${opens.map((o) => o.shown.toFixed(0)).join(', ')} ms; all thumbnails decoded: ${opens.map((o) => o.decoded.toFixed(0)).join(', ')} ms`,
  );
  report(
    `Open a note with ${NOTE_PHOTOS} photos from the list: all thumbnails in the page (median of ${OPENS}; the first open loads the photo code)`,
    median(opens.map((o) => o.shown)),
    'ms',
    BUDGET.open,
  );
  report(
    `Open a note with ${NOTE_PHOTOS} photos: all thumbnails decoded (median)`,
    median(opens.map((o) => o.decoded)),
    'ms',
  );
}

async function listWithManyPhotos(page, origin) {
  await seedPhotos(page, { notes: LIST_PHOTOS, photosPerNote: 1, withText: true });
  await page.goto(`${origin}/notizen`);
  await page.waitForFunction((n) => document.querySelectorAll('.note-item-photo img').length >= n, LIST_PHOTOS, {
    timeout: 30_000,
  });
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    window.__scrollTasks = [];
    window.__scrollObserver = new PerformanceObserver((list) =>
      window.__scrollTasks.push(...list.getEntries().map((e) => e.duration)),
    );
    window.__scrollObserver.observe({ type: 'longtask' });
  });
  await page.mouse.move(200, 400);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const started = Date.now();
  for (let y = 0; y < height; y += 400) {
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(300);
  const tasks = await page.evaluate(() => {
    window.__scrollObserver.disconnect();
    return window.__scrollTasks;
  });
  const scrolled = await page.evaluate(() => window.scrollY);
  console.log(
    `  scrolled ${scrolled} px of ${height} in ${Date.now() - started} ms; tasks over 50 ms: ${tasks.length ? tasks.map((t) => t.toFixed(0)).join(', ') : 'none'}`,
  );
  report(
    `Notizen list with ${LIST_PHOTOS} photos, scrolled top to bottom: main-thread tasks over 50 ms`,
    tasks.length,
    '',
    0,
  );
  report(
    `Notizen list with ${LIST_PHOTOS} photos, scrolled: longest main-thread task`,
    Math.max(0, ...tasks),
    'ms',
    BUDGET.longTask,
  );
}
