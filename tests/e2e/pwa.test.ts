import { describe, expect, it } from 'vitest';
import { cpSync, appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../scripts/serve.mjs';
import { dropProfile, launch, newProfileDir, waitForServiceWorker } from './browser';
import { axeViolations } from './axe';
import { servedApp } from './fixture';
import { SCREENS } from '../support/screens';

describe('installable, private, accessible', () => {
  const app = servedApp();

  it('has a web app manifest with the fields an install needs, and its icons load', async () => {
    const { page } = app.profile;
    await page.goto(`${app.server.url}/`);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await page.evaluate(async (url) => (await fetch(url)).json(), href!);
    expect(manifest).toMatchObject({
      name: expect.stringContaining('Tagesbegleiter'),
      short_name: 'Tagesbegleiter',
      lang: 'de',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
      background_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
    });
    const icons = manifest.icons as { src: string; sizes: string; purpose?: string }[];
    expect(icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`).sort()).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of [...icons, { src: '/apple-touch-icon.png', sizes: '180x180' }]) {
      const size = await page.evaluate(async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        return `${img.naturalWidth}x${img.naturalHeight}`;
      }, icon.src);
      expect(size).toBe(icon.sizes);
    }
    expect(await page.title()).toMatch(/Tagesbegleiter/);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toMatch(/Regionalkonferenz/);
    expect(await page.locator('link[rel="apple-touch-icon"]').count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
  });

  it('sends the start page with the programme already in it, and every other URL without it', async () => {
    const start = await (await fetch(`${app.server.url}/`)).text();
    expect(start).toMatch(/<h1[^>]*>Programm<\/h1>/);
    expect(start).toContain('Workshop A');
    expect(start).toMatch(/>ca\.<\/abbr>/);
    // A shared link gets the plain shell: it must not flash the programme before its own screen.
    const deep = await fetch(`${app.server.url}/sitzung/00000000-0000-4000-8000-000000000000`);
    expect(deep.status).toBe(200);
    const shell = await deep.text();
    expect(shell).toContain('<div id="app"></div>');
    expect(shell).not.toContain('Workshop A');
  });

  it('ships a Content-Security-Policy without unsafe-inline scripts, and breaks none of it', async () => {
    const { page } = app.profile;
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.goto(`${app.server.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Programm' }).waitFor();
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(csp).toMatch(/connect-src 'self'/);
    expect(await page.locator('script:not([src])').count()).toBe(0);
    const styled = await page.evaluate(() => getComputedStyle(document.querySelector('.bottom-nav')!).position);
    expect(styled).toBe('fixed');
    expect(problems).toEqual([]);
  });

  it('axe-core finds no violations on any screen, nor on a session page', async () => {
    const { page } = app.profile;
    await page.goto(`${app.server.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Programm' }).waitFor();
    const session = await page.getByRole('link', { name: /^Workshop A/ }).getAttribute('href');
    for (const path of [...SCREENS, session!, '/?now=2023-09-06T11:30']) {
      await page.goto(`${app.server.url}${path}`);
      await page.locator('h1').first().waitFor();
      await page.waitForFunction(() => !document.querySelector('.loading'));
      const violations = await axeViolations(page);
      expect(violations, `${path}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
    }
  });

  it('fits a 360 px phone: no horizontal scrolling on any screen, navigation within thumb reach', async () => {
    const { page } = app.profile;
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of SCREENS) {
      await page.goto(`${app.server.url}${path}`);
      await page.locator('h1').first().waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    const nav = await page.getByRole('navigation', { name: 'Hauptnavigation' }).boundingBox();
    expect(nav!.y + nav!.height).toBeGreaterThanOrEqual(739);
    for (const name of ['Programm', 'Mein Tag', 'Personen', 'Orte', 'Notizen']) {
      const box = await page.getByRole('link', { name, exact: true }).boundingBox();
      expect(box!.height, name).toBeGreaterThanOrEqual(44);
      expect(box!.width, name).toBeGreaterThanOrEqual(44);
    }
    await page.setViewportSize({ width: 390, height: 844 });
  });
});

describe('updates', () => {
  it('shows "Neue Version verfügbar", reloads only when asked, and keeps marks and the note being typed', async () => {
    // A copy of the build that we can change as a new deployment would.
    const root = mkdtempSync(join(tmpdir(), 'tagesbegleiter-dist-'));
    cpSync(process.env.E2E_DIST ?? 'dist', root, { recursive: true });
    let server = await startServer({ root, port: 0 });
    const port = Number(new URL(server.url).port);
    const profile = await launch(newProfileDir());
    try {
      const { page } = profile;
      await page.goto(`${server.url}/`);
      await page.getByRole('heading', { level: 1, name: 'Programm' }).waitFor();
      await waitForServiceWorker(page);
      await page.getByRole('link', { name: /^Workshop A/ }).click();
      await page.getByRole('heading', { level: 1, name: /^Workshop A/ }).waitFor();
      await page.getByRole('button', { name: 'Merken' }).first().click();
      const note = page.getByRole('textbox', { name: /Notiz/ });
      await note.click();
      await page.waitForFunction(() => !(document.activeElement as HTMLTextAreaElement).readOnly);
      await page.keyboard.type('Vor dem Update');
      // Deploy a new version: a changed service worker file.
      await server.close();
      appendFileSync(join(root, 'sw.js'), '\n// new version\n');
      server = await startServer({ root, port });
      const loads: number[] = [];
      page.on('load', () => loads.push(Date.now()));
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
      const prompt = page.getByText('Neue Version verfügbar');
      await prompt.waitFor({ timeout: 15_000 });
      await page.waitForTimeout(1000);
      expect(loads).toEqual([]);
      // Still typing when the person decides to update: nothing typed may be lost.
      await note.click();
      await page.keyboard.type(' und währenddessen');
      await page.getByRole('button', { name: 'Jetzt aktualisieren' }).click();
      await page.waitForEvent('load', { timeout: 10_000 });
      await page.getByRole('heading', { level: 1, name: /^Workshop A/ }).waitFor();
      expect(await prompt.count()).toBe(0);
      await page.waitForFunction(
        () => document.querySelector('textarea')?.value === 'Vor dem Update und währenddessen',
      );
      expect(await page.getByRole('button', { name: 'Merken' }).first().getAttribute('aria-pressed')).toBe('true');
    } finally {
      await profile.context.close();
      dropProfile(profile.dir);
      await server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
