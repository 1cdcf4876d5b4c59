import { describe, expect, it } from 'vitest';
import { dropProfile, launch, newProfileDir, waitForApp, waitForServiceWorker } from './browser';
import { servedApp } from './fixture';

/** What the start page shows of the UI in each language: the heading and a navigation link. */
const UI = {
  de: { h1: 'Programm', myDay: 'Mein Tag' },
  en: { h1: 'Programme', myDay: 'My day' },
} as const;

describe('the start page, painted before the app runs, in the browser’s language', () => {
  const app = servedApp();

  it('the server sends the programme in the HTML itself: German to a German browser, English to others', async () => {
    const get = (acceptLanguage: string) =>
      fetch(`${app.server.url}/`, { headers: { 'Accept-Language': acceptLanguage } });
    const german = await get('de-DE,de;q=0.9,en;q=0.8');
    const english = await get('en-US,en;q=0.9,de;q=0.8');
    const germanHtml = await german.text();
    const englishHtml = await english.text();
    expect(germanHtml).toContain('<html lang="de">');
    expect(germanHtml).toContain(`<h1>${UI.de.h1}</h1>`);
    expect(englishHtml).toContain('<html lang="en">');
    expect(englishHtml).toContain(`<h1>${UI.en.h1}</h1>`);
    // The conference content is the same, in its own language.
    expect(englishHtml).toContain('Workshop A');
    expect(englishHtml).toMatch(/<article class="session-card" lang="de">/);
    // Caches must keep the two apart.
    expect(english.headers.get('vary')).toMatch(/Accept-Language/);
  });

  for (const [locale, lang] of [
    ['de-DE', 'de'],
    ['en-US', 'en'],
  ] as const) {
    it(`${locale} browser with JavaScript off: the programme is there, in its language`, async () => {
      const dir = newProfileDir();
      const { context, page } = await launch(dir, { locale, javaScriptEnabled: false });
      try {
        await page.goto(`${app.server.url}/`);
        expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(UI[lang].h1);
        expect(await page.getByRole('link', { name: UI[lang].myDay, exact: true }).count()).toBe(1);
        expect(await page.getByRole('link', { name: /^Workshop A/ }).count()).toBe(1);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      } finally {
        await context.close();
        dropProfile(dir);
      }
    });
  }

  it('the app’s script and data are fetched once, as the page loads, and the app runs only after the page has painted', async () => {
    const { page } = app.profile;
    await page.goto(`${app.server.url}/`);
    await waitForApp(page);
    const { paint, started, script, data } = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const resources = performance.getEntriesByType('resource');
      const starts = (pattern: RegExp) =>
        resources.filter((e) => pattern.test(new URL(e.name).pathname)).map((e) => e.startTime);
      return {
        paint: fcp?.startTime,
        started: performance.getEntriesByName('app-started')[0]?.startTime,
        script: starts(/^\/assets\/app-[^/]+\.js$/),
        data: starts(/^\/assets\/conference-[^/]+\.json$/),
      };
    });
    expect(paint).toBeGreaterThan(0);
    // The head preloads the script and the starter requests the data: neither waits for the
    // paint to be downloaded, each is fetched once (the app uses the preloaded ones) ...
    expect(script).toHaveLength(1);
    expect(data).toHaveLength(1);
    // ... and the app's code runs only once the page is on screen, so it never delays the paint.
    expect(started).toBeGreaterThanOrEqual(paint!);
    // Taken over: the buttons the prerendered page showed disabled work now.
    const mark = page.getByRole('button', { name: /^Merken/ }).first();
    expect(await mark.isEnabled()).toBe(true);
  });

  for (const [locale, name] of [
    ['de-DE', { programme: 'Programm', about: 'Über' }],
    ['en-US', { programme: 'Programme', about: 'About' }],
  ] as const) {
    it(`${locale}: the page the app took over is the one it renders itself, as of the demo clock`, async () => {
      const dir = newProfileDir();
      try {
        const { context, page } = await launch(dir, { locale });
        // The build rendered the day as of its own clock; the app shows 11:30 on the day.
        await page.goto(`${app.server.url}/?now=2023-09-06T11:30`);
        await waitForApp(page);
        // What the server-side render writes as attributes and the browser keeps as properties
        // (an input's value, the selected option), and the focus a route change gives the heading.
        const main = async () =>
          (await page.locator('main').innerHTML()).replace(/ (?:value|selected)=""| tabindex="-1"(?=>)/g, '');
        const takenOver = await main();
        // Not the build's day (over by then): what runs at 11:30, with links to it.
        const nowNext = page.locator('.now-next');
        expect(await nowNext.getByRole('link', { name: /^Workshop A/ }).getAttribute('href')).toMatch(/^\/sitzung\//);
        await page.getByRole('link', { name: name.about, exact: true }).click();
        await page.getByRole('link', { name: name.programme, exact: true }).click();
        await page.getByRole('heading', { level: 1, name: name.programme, exact: true }).waitFor();
        expect(takenOver).toBe(await main());
        expect(
          await page
            .getByRole('button', { name: /^(Merken|Save)/ })
            .first()
            .isEnabled(),
        ).toBe(true);
        await context.close();
      } finally {
        dropProfile(dir);
      }
    });
  }

  it('the start page’s file names open the start page at "/"', async () => {
    const { page } = app.profile;
    for (const file of ['/index.html', '/index.en.html']) {
      await page.goto(`${app.server.url}${file}`);
      await waitForApp(page);
      expect(new URL(page.url()).pathname).toBe('/');
      // The browser is German: the app shows the German programme, whichever file it came in.
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(UI.de.h1);
    }
  });

  it('offline, the service worker serves an English browser the English start page', async () => {
    const dir = newProfileDir();
    try {
      const first = await launch(dir, { locale: 'en-US' });
      await first.page.goto(`${app.server.url}/`);
      await waitForApp(first.page);
      await waitForServiceWorker(first.page);
      await first.context.close();
      const { context, page } = await launch(dir, { locale: 'en-US', offline: true });
      const response = await page.goto(`${app.server.url}/`);
      expect(response?.fromServiceWorker()).toBe(true);
      expect(await response!.text()).toContain(`<h1>${UI.en.h1}</h1>`);
      await waitForApp(page);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(UI.en.h1);
      await context.close();
    } finally {
      dropProfile(dir);
    }
  });

  it('a person who chose English in a German browser: the German page becomes English in place, once', async () => {
    const { page } = app.profile;
    await page.goto(`${app.server.url}/einstellungen`);
    await page.getByRole('radio', { name: 'English' }).check();
    await page.locator('html[lang="en"]').waitFor();
    try {
      const response = await page.goto(`${app.server.url}/`);
      expect(await response!.text()).toContain(`<h1>${UI.de.h1}</h1>`);
      await waitForApp(page);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(UI.en.h1);
      expect(await page.locator('main').count()).toBe(1);
      expect(await page.getByRole('link', { name: UI.en.myDay, exact: true }).count()).toBe(1);
      expect(await page.getByRole('link', { name: UI.de.myDay, exact: true }).count()).toBe(0);
      expect(await page.locator('article.session-card').count()).toBe(
        (await (await fetch(`${app.server.url}/`)).text()).split('<article class="session-card"').length - 1,
      );
    } finally {
      await page.goto(`${app.server.url}/einstellungen`);
      await page.getByRole('radio', { name: 'Deutsch' }).check();
      await page.locator('html[lang="de"]').waitFor();
    }
  });
});
