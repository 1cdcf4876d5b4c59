// Marks in the real browser (Chromium):
// 1. Toggling a mark to its durable write (budget ≤ 50 ms), measured in the page: from the click on
//    "Merken" until the IndexedDB transaction (durability "strict") has committed, which the app
//    signals with the performance mark "mark-saved" (src/state/marks.ts).
// 2. Mein Tag for 200 marked items of a 1,000-item programme (budget ≤ 50 ms): the app's MyDay view
//    in a small harness page (bench/browser/), since the bundled programme has only a dozen items.
//    bench/myday.bench.tsx measures the same in jsdom.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import preact from '@preact/preset-vite';
import { startServer } from '../serve.mjs';
import { launch, median, report, waitForServiceWorker } from './lib.mjs';

/** Enough toggles for a stable median; an even count leaves every item as it was. */
const TOGGLES = 30;
const BUDGET_MS = 50;

export default async function ({ origin }) {
  await toggleFigure(origin);
  await myDayFigure();
}

async function toggleFigure(origin) {
  const { page, context, drop } = await launch();
  try {
    await page.goto(`${origin}/`);
    await page.getByRole('heading', { level: 1, name: 'Programm' }).waitFor();
    await waitForServiceWorker(page);
    // One toggle pair first: opens the database and warms the code path, as any use after start does.
    const warm = page.getByRole('button', { name: 'Merken', exact: true }).first();
    await warm.click();
    await warm.click();
    await page.waitForFunction(() => performance.getEntriesByName('mark-saved').length >= 2);
    const times = await page.evaluate(async (toggles) => {
      const buttons = [...document.querySelectorAll('button[aria-pressed]')].filter(
        (b) => b.textContent?.trim() === 'Merken',
      );
      const saved = () =>
        new Promise((resolve) => {
          const observer = new PerformanceObserver((list) => {
            const entry = list.getEntries().find((e) => e.name === 'mark-saved');
            if (entry) {
              observer.disconnect();
              resolve(entry.startTime);
            }
          });
          observer.observe({ type: 'mark' });
        });
      const out = [];
      for (let i = 0; i < toggles; i++) {
        // Mark items one after another, then unmark them in the same order.
        const button = buttons[(i % (toggles / 2)) % buttons.length];
        const done = saved();
        const t0 = performance.now();
        button.click();
        out.push((await done) - t0);
      }
      return out;
    }, TOGGLES);
    const sorted = [...times].sort((a, b) => a - b);
    console.log(`  ${times.length} toggles: min ${sorted[0].toFixed(1)}, max ${sorted.at(-1).toFixed(1)} ms`);
    report(`Toggle a mark to its durable IndexedDB write (median of ${times.length})`, median(times), 'ms', BUDGET_MS);
    report('Toggle a mark to its durable IndexedDB write (slowest)', sorted.at(-1), 'ms');
  } finally {
    await context.close();
    drop();
  }
}

/** src/state/conference.ts imports the app's data through this virtual module; the harness brings its own data. */
const NO_BUNDLED_DATA = {
  name: 'bench-no-bundled-data',
  resolveId: (id) => (id === 'virtual:bundled-conference-url' ? '\0bench-bundled-url' : undefined),
  load: (id) => (id === '\0bench-bundled-url' ? 'export default "";' : undefined),
};

async function myDayFigure() {
  const outDir = mkdtempSync(join(tmpdir(), 'tagesbegleiter-bench-myday-'));
  const { page, context, drop } = await launch();
  let server;
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      root: 'bench/browser',
      plugins: [preact(), NO_BUNDLED_DATA],
      build: { outDir, emptyOutDir: true, target: 'es2022' },
    });
    server = await startServer({ root: outDir, port: 0 });
    await page.goto(`${server.url}/`);
    const runs = await page.evaluate(() => window.benchResult);
    const renders = runs.map((r) => r.render);
    const layouts = runs.map((r) => r.layout);
    console.log(`  runs (render): ${renders.map((t) => t.toFixed(1)).join(', ')} ms`);
    report(`Mein Tag render, 200 marked of 1,000 (median of ${runs.length})`, median(renders), 'ms', BUDGET_MS);
    report('Mein Tag render + style and layout (median)', median(layouts), 'ms');
  } finally {
    await context.close();
    drop();
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}
