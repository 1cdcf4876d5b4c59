import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dropProfile, killBrowser, launch, newProfileDir, waitForServiceWorker, type Profile } from './browser';
import { axeViolations } from './axe';
import { servedBuildAndProfileDir } from './fixture';
import { bundledConference } from '../fixtures';
import { sessionTitled } from '../support/sessions';

const conf = bundledConference();
const pick = (prefix: string) => sessionTitled(conf.sessions, prefix);
const workshopA = pick('Workshop A');
const workshopB = pick('Workshop B');
/** The bound for a change to show in a second tab. */
const SECOND_TAB_MS = 1000;

/** The Merken toggle on the programme card of the item titled `title`. */
const merken = (page: Page, title: string, pressed?: boolean) =>
  page
    .locator('article.session-card', { has: page.getByRole('link', { name: title, exact: true }) })
    .getByRole('button', { name: 'Merken', exact: true, ...(pressed === undefined ? {} : { pressed }) });

/** The events of an .ics text, parsed with ical.js as a calendar app would. */
function parseEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  expect(String(calendar.getFirstPropertyValue('prodid'))).toMatch(/Tagesbegleiter/);
  return calendar.getAllSubcomponents('vevent').map((e) => ({
    uid: String(e.getFirstPropertyValue('uid')),
    summary: String(e.getFirstPropertyValue('summary')),
    description: String(e.getFirstPropertyValue('description')),
    start: (e.getFirstPropertyValue('dtstart') as InstanceType<typeof ICAL.Time>).toJSDate().getTime(),
    end: (e.getFirstPropertyValue('dtend') as InstanceType<typeof ICAL.Time>).toJSDate().getTime(),
  }));
}

/** Checks every exported event against the programme, instant by instant. */
function expectEventsMatch(events: ReturnType<typeof parseEvents>, guids: string[]) {
  expect(events.map((e) => e.uid).sort()).toEqual(guids.map((g) => `${g}@tagesbegleiter`).sort());
  for (const event of events) {
    const session = conf.sessions.find((s) => `${s.guid}@tagesbegleiter` === event.uid)!;
    expect(event.summary).toBe(session.title);
    expect(new Date(event.start).toISOString()).toBe(session.start.toISOString());
    expect(new Date(event.end).toISOString()).toBe(session.end.toISOString());
    expect(event.description.startsWith('Ungefähre Zeit (ca.)')).toBe(session.timeEstimated);
  }
}

/** Runs `body` in a browser on `dir` and always closes it, so the next test can reuse the profile. */
async function inBrowser(
  dir: string,
  options: Parameters<typeof launch>[1],
  body: (profile: Profile) => Promise<void>,
) {
  const profile = await launch(dir, options);
  try {
    await body(profile);
  } finally {
    await profile.context.close();
  }
}

describe('marks in the real browser', () => {
  const served = servedBuildAndProfileDir();
  const dir = served.dir;
  let origin = '';
  beforeAll(() => {
    origin = served.server.url;
  });

  it('installs the service worker without loading the calendar code on the first screen', async () => {
    await inBrowser(dir, {}, async ({ page }) => {
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
      });
      await page.goto(`${origin}/`);
      await page.getByRole('heading', { level: 1, name: 'Programm' }).waitFor();
      await waitForServiceWorker(page);
      await page.waitForLoadState('networkidle');
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.filter((p) => /\/ics-[^/]*\.js$/.test(p))).toEqual([]);
      // …but the service worker has it, for the export offline.
      const cached = await page.evaluate(async () => {
        const names = await caches.keys();
        const urls = (await Promise.all(names.map(async (n) => (await caches.open(n)).keys())))
          .flat()
          .map((r) => r.url);
        return urls.filter((u) => /\/ics-[^/]*\.js/.test(u));
      });
      expect(cached).toHaveLength(1);
    });
  });

  it('offline: a mark survives a reload and a browser restart', async () => {
    await inBrowser(dir, { offline: true }, async ({ page }) => {
      await page.goto(`${origin}/`);
      await page.getByRole('heading', { level: 1, name: 'Programm' }).waitFor();
      const button = merken(page, workshopA.title);
      expect(await button.getAttribute('aria-pressed')).toBe('false');
      await button.click();
      expect(await button.getAttribute('aria-pressed')).toBe('true');
      // The app sets this performance mark once the IndexedDB transaction has committed.
      await page.waitForFunction(() => performance.getEntriesByName('mark-saved').length > 0);
      await page.reload();
      await merken(page, workshopA.title, true).waitFor({ timeout: 5000 });
      expect(await merken(page, workshopB.title).getAttribute('aria-pressed')).toBe('false');
    });

    await inBrowser(dir, { offline: true }, async (again) => {
      await again.page.goto(`${origin}/mein-tag`);
      const list = again.page.getByRole('list', { name: 'Gemerkte Programmpunkte' });
      await list.getByRole('heading', { name: workshopA.title, exact: true }).waitFor({ timeout: 5000 });
      expect(await list.getByRole('listitem').count()).toBe(1);
    });
  });

  it('a mark made a second before the browser is killed (SIGKILL) is there after a restart', async () => {
    // A profile of its own: the other tests here count the marks in the shared one.
    const own = newProfileDir();
    const first = await launch(own);
    await first.page.goto(`${origin}/`);
    await first.page.getByRole('heading', { level: 1, name: 'Programm' }).waitFor();
    await merken(first.page, workshopB.title).click();
    await first.page.waitForTimeout(1000);
    await killBrowser(first);
    const second = await launch(own);
    try {
      await second.page.goto(`${origin}/`);
      await merken(second.page, workshopB.title, true).waitFor({ timeout: 5000 });
    } finally {
      await second.context.close();
      dropProfile(own);
    }
  });

  it('two tabs: a mark made in one shows in the other within a second, both ways', async () => {
    await inBrowser(dir, {}, async ({ context, page }) => {
      const other = await context.newPage();
      for (const p of [page, other]) {
        await p.goto(`${origin}/`);
        // Wait until each tab has read the stored marks (Workshop A from the test before).
        await merken(p, workshopA.title, true).waitFor({ timeout: 5000 });
      }
      await merken(page, workshopB.title).click();
      let t0 = Date.now();
      await merken(other, workshopB.title, true).waitFor({ timeout: SECOND_TAB_MS });
      const markMs = Date.now() - t0;

      await merken(other, workshopA.title).click();
      t0 = Date.now();
      await merken(page, workshopA.title, false).waitFor({ timeout: SECOND_TAB_MS });
      const unmarkMs = Date.now() - t0;
      expect(markMs).toBeLessThan(SECOND_TAB_MS);
      expect(unmarkMs).toBeLessThan(SECOND_TAB_MS);

      // Put A back for the export below, and let Mein Tag show the clash.
      await merken(page, workshopA.title).click();
      await merken(other, workshopA.title, true).waitFor({ timeout: SECOND_TAB_MS });
    });
  });

  it('offline, on a phone set to Tokyo: Mein Tag shows Berlin times and the .ics download has the right instants', async () => {
    await inBrowser(dir, { offline: true, timezoneId: 'Asia/Tokyo' }, async ({ page }) => {
      expect(await page.evaluate(() => new Date('2023-09-06T12:00:00Z').getTimezoneOffset())).toBe(-540);
      await page.goto(`${origin}/mein-tag`);
      const list = page.getByRole('list', { name: 'Gemerkte Programmpunkte' });
      await list.getByRole('heading', { name: workshopB.title, exact: true }).waitFor({ timeout: 5000 });
      const items = list.getByRole('listitem');
      expect(await items.count()).toBe(2);
      expect(await items.nth(0).textContent()).toContain('ca. 11:15–13:00');
      expect(await items.nth(0).textContent()).toContain('Überschneidet sich mit');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: /Kalender/ }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`mein-tag-${conf.id}.ics`);
      const text = readFileSync((await download.path())!, 'utf8');
      expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      expectEventsMatch(parseEvents(text), [workshopA.guid, workshopB.guid]);
      await page.getByText(/Kalenderdatei erstellt/).waitFor();

      // A session page adds its one item.
      await page.goto(`${origin}/sitzung/${workshopB.guid}`);
      const [single] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Zum Kalender hinzufügen' }).click(),
      ]);
      expect(single.suggestedFilename()).toMatch(/\.ics$/);
      expectEventsMatch(parseEvents(readFileSync((await single.path())!, 'utf8')), [workshopB.guid]);
    });
  });

  it('Mein Tag and a session page with a clash pass axe; the card button fits a 360 px phone', async () => {
    await inBrowser(dir, { viewport: { width: 360, height: 740 } }, async ({ page }) => {
      for (const path of ['/mein-tag', `/sitzung/${workshopA.guid}`]) {
        await page.goto(`${origin}${path}`);
        await page
          .getByText(/Überschneidet sich mit/)
          .first()
          .waitFor({ timeout: 5000 });
        expect(await axeViolations(page)).toEqual([]);
      }
      await page.goto(`${origin}/`);
      await merken(page, workshopA.title, true).waitFor({ timeout: 5000 });
      const sizes = await page.evaluate(() =>
        [...document.querySelectorAll('article.session-card')].map((card) => {
          const title = card.querySelector('.session-title')!.getBoundingClientRect();
          const button = card.querySelector('button')!.getBoundingClientRect();
          const box = card.getBoundingClientRect();
          return {
            titleWidth: title.width,
            cardWidth: box.width,
            buttonW: button.width,
            buttonH: button.height,
            overlap: button.top < title.bottom,
          };
        }),
      );
      expect(sizes.length).toBe(conf.sessions.length);
      for (const s of sizes) {
        expect(s.buttonW).toBeGreaterThanOrEqual(44);
        expect(s.buttonH).toBeGreaterThanOrEqual(44);
        // The title keeps the card's full inner width; the button sits below it, never beside it.
        expect(s.titleWidth).toBeGreaterThan(s.cardWidth - 40);
        expect(s.overlap).toBe(false);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });
  });
});
