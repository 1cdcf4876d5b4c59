import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { startServer } from '../scripts/serve.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/chromium.mjs';
const server = await startServer({ root: new URL('../dist', import.meta.url).pathname, port: 0 });
const origin = server.url;
const context = await chromium.launchPersistentContext(mkdtempSync('/tmp/i11q-'), { executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const page = context.pages()[0];
await page.goto(origin + '/ueber');
const cdp = await context.newCDPSession(page);
await page.evaluate(async () => { window.db = await new Promise((res, rej) => { const o = indexedDB.open('probe', 1); o.onupgradeneeded = () => o.result.createObjectStore('s'); o.onsuccess = () => res(o.result); o.onerror = () => rej(o.error); }); await new Promise((res) => { const tx = db.transaction('s', 'readwrite'); tx.objectStore('s').put(new Uint8Array(10), 1); tx.oncomplete = res; }); });
console.log(await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1000 }));
const r = await page.evaluate(async () => {
  const db = window.db;
  const out = [];
  for (const v of [new Uint8Array(2_000_000), new Blob([new Uint8Array(2_000_000)])]) {
    out.push(await new Promise((res) => { const tx = db.transaction('s', 'readwrite'); tx.objectStore('s').put(v, Math.random()); tx.oncomplete = () => res('ok'); tx.onabort = () => res('abort ' + tx.error?.name); }));
  }
  try { localStorage.setItem('x', 'y'.repeat(100000)); out.push('ls ok'); } catch (e) { out.push('ls ' + e.name); }
  try { const c = await caches.open('c'); await c.put('/x', new Response(new Uint8Array(2_000_000))); out.push('cache ok'); } catch (e) { out.push('cache ' + e.name); }
  return out;
});
console.log(r);
await context.close(); await server.close();
