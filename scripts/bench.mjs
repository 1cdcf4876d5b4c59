// npm run bench: builds, then prints every performance figure with its budget.
// Figures, not tests: a slow machine prints a slow figure; nothing here fails the build.
import { execSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, median, report, serveDist, waitForServiceWorker, CHROMIUM, CHROMIUM_ARGS } from './bench/lib.mjs';

const only = process.argv.slice(2);
const wants = (name) => only.length === 0 || only.includes(name);

if (!process.env.BENCH_NO_BUILD) execSync('npx vite build', { stdio: 'ignore' });

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => bytes / 1024;
const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));

const server = await serveDist();
const { origin } = server;
console.log(`# Tagesbegleiter benchmark (${new Date().toISOString()}, Chromium ${CHROMIUM})\n`);

try {
  if (wants('bytes')) {
    console.log('## Bytes');
    const { page, context, drop } = await launch();
    const scripts = new Set();
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
    });
    await page.goto(`${origin}/`);
    await page.getByRole('heading', { level: 1, name: 'Programm' }).waitFor();
    await waitForServiceWorker(page);
    await page.waitForLoadState('networkidle');
    // The service worker file is the worker's own script, not the page's.
    const pageScripts = [...scripts].filter((p) => p !== '/sw.js');
    const firstJs = pageScripts.reduce((sum, p) => sum + gz(join('dist', p)), 0);
    for (const p of pageScripts) console.log(`  ${p}: ${(kb(gz(join('dist', p)))).toFixed(1)} KB gzip`);
    report('JavaScript loaded for the first screen (gzip)', kb(firstJs), 'KB', 40);
    const swManifest = readFileSync('dist/sw.js', 'utf8');
    const precached = walk('dist').filter((f) => swManifest.includes(`"${relative('dist', f)}"`) || swManifest.includes(`'${relative('dist', f)}'`));
    const raw = precached.reduce((s, f) => s + statSync(f).size, 0);
    const zipped = precached.reduce((s, f) => s + gz(f), 0);
    report(`Everything precached (${precached.length} files, gzip transfer)`, kb(zipped), 'KB', 300);
    report('Everything precached (uncompressed)', kb(raw), 'KB', 300);
    await context.close();
    drop();
    console.log();
  }

  if (wants('coldstart')) {
    console.log('## Offline cold start');
    const { page, context, dir, drop } = await launch();
    await page.goto(`${origin}/`);
    await page.getByRole('heading', { level: 1, name: 'Programm' }).waitFor();
    await waitForServiceWorker(page);
    await context.close();
    const times = [];
    for (let i = 0; i < 7; i++) {
      const run = await launch({ dir, offline: true });
      await run.page.goto(`${origin}/`);
      await run.page.waitForFunction(() => performance.getEntriesByName('programme-rendered').length > 0, null, { timeout: 10_000 });
      times.push(await run.page.evaluate(() => performance.getEntriesByName('programme-rendered')[0].startTime));
      await run.context.close();
    }
    drop();
    console.log(`  runs: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
    report('Offline cold start to the programme on screen (median of 7)', median(times), 'ms', 300);
    console.log();
  }

  if (wants('lighthouse')) {
    console.log('## Lighthouse (mobile emulation)');
    const { default: lighthouse } = await import('lighthouse');
    const chromeLauncher = await import('chrome-launcher');
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
    try {
      const result = await lighthouse(`${origin}/`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
      const { categories, audits } = result.lhr;
      report('Performance', Math.round(categories.performance.score * 100), '', 98, { lowerIsBetter: false });
      report('Accessibility', Math.round(categories.accessibility.score * 100), '', 100, { lowerIsBetter: false });
      report('Best practices', Math.round(categories['best-practices'].score * 100), '', 100, { lowerIsBetter: false });
      report('Largest Contentful Paint', audits['largest-contentful-paint'].numericValue / 1000, 's', 1.2);
      for (const cat of ['accessibility', 'best-practices']) {
        for (const ref of categories[cat].auditRefs) {
          const audit = audits[ref.id];
          if (ref.weight > 0 && audit.score !== null && audit.score < 1) console.log(`  ${cat} failing: ${ref.id} – ${audit.title}`);
        }
      }
    } finally {
      await chrome.kill();
    }
    console.log();
  }

  // Feature benchmarks: each scripts/bench/<area>.mjs exports default async ({ origin }) => void.
  for (const file of readdirSync('scripts/bench').filter((f) => f.endsWith('.mjs') && f !== 'lib.mjs').sort()) {
    const area = file.replace(/\.mjs$/, '');
    if (!wants(area)) continue;
    console.log(`## ${area}`);
    const { default: run } = await import(`./bench/${file}`);
    await run({ origin });
    console.log();
  }
} finally {
  await server.close();
}

if (wants('domain')) {
  console.log('## Domain and render benchmarks (vitest bench)');
  spawnSync('npx', ['vitest', 'bench', '--run', '--project', 'unit'], { stdio: 'inherit' });
}
