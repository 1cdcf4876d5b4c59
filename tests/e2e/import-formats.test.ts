import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { waitForServiceWorker } from './browser';
import { servedApp } from './fixture';
import { card, fixturePath } from './pages';
import { axeViolations } from './axe';
import { c3vocProblems } from '../../src/domain/c3voc-schema';

/**
 * In a real browser, through the file field of the Konferenzen screen: a wafer XML (DebConf's
 * UTC dates), an iCalendar file with a VTIMEZONE, and a JSON file with hostile URLs in every
 * place a URL can stand. The XML and iCal readers run in the import worker and load only then.
 */

const FILE_FIELD = 'schedule.json-Datei wählen';

describe('import XML and iCalendar through the file field', () => {
  const app = servedApp();
  const { requests } = app;

  it('the first screen loads no XML or iCalendar reader', async () => {
    const { page } = app.profile;
    await page.goto(`${app.server.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Programm' }).waitFor();
    await waitForServiceWorker(page);
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(scripts.filter((u) => /import-xml|import-ics|saxes|import-formats/.test(u))).toEqual([]);
  });

  it('a wafer XML: items at their local time in the conference zone, on the local date', async () => {
    const { page } = app.profile;
    await page.goto(`${app.server.url}/konferenzen`);
    const field = page.getByLabel(FILE_FIELD);
    expect((await field.getAttribute('accept'))!.split(',')).toEqual(expect.arrayContaining(['.json', '.xml', '.ics']));
    await field.setInputFiles(fixturePath('wafer.xml'));
    await page.getByText('„PaketKonf 23“ importiert: 3 Programmpunkte.').waitFor();
    expect(requests.some((u) => /import-worker/.test(u))).toBe(true);
    await page.getByRole('link', { name: 'Zum Programm' }).click();
    await page.getByRole('group', { name: 'Tag wählen' }).waitFor();
    expect(await card(page, 'Eröffnung').locator('time').first().textContent()).toBe('10:30');
    expect(await card(page, 'Frühsport').locator('time').first().textContent()).toBe('05:00');
    await page.getByRole('group', { name: 'Tag wählen' }).getByRole('button').nth(1).click();
    expect(await card(page, 'Pakete bauen').locator('time').first().textContent()).toBe('18:00');
  });

  it('an iCalendar file with a VTIMEZONE: rooms from LOCATION, persons named, exported as a valid schedule.json', async () => {
    const { page } = app.profile;
    await page.getByRole('link', { name: 'Konferenzen' }).click();
    await page.getByLabel(FILE_FIELD).setInputFiles(fixturePath('vtimezone.ics'));
    await page.getByText('„Sommerkonferenz Küste 2024“ importiert: 3 Programmpunkte.').waitFor();
    await page.getByText(/1 × ganztägiger Kalendereintrag/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Zum Programm' }).click();
    const opening = card(page, 'Eröffnung am Strand');
    await opening.waitFor();
    expect(await opening.locator('time').first().textContent()).toBe('09:30');
    expect(await opening.textContent()).toContain('Strandhalle');
    expect(await card(page, 'Werkstatt Segeln').locator('time').first().textContent()).toBe('14:00');
    await opening.getByRole('link', { name: 'Eröffnung am Strand' }).click();
    await page.getByRole('heading', { level: 1, name: 'Eröffnung am Strand' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('Hanna Wellen');

    await page.getByRole('link', { name: 'Konferenzen' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'schedule.json exportieren' }).click(),
    ]);
    const doc = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(c3vocProblems(doc)).toEqual([]);
  });

  it('hostile URLs in a file never reach an href, on any page', async () => {
    const { page } = app.profile;
    await page.getByRole('link', { name: 'Konferenzen' }).click();
    await page.getByLabel(FILE_FIELD).setInputFiles(fixturePath('odd-frame-and-values.json'));
    await page.getByText('„Grenzfall 2022“ importiert: 5 Programmpunkte.').waitFor();
    await page.getByText(/8 × Adresse mit unzulässigem Schema/).waitFor();
    const hrefs: string[] = [];
    for (const path of ['/', '/sitzung/6a1d2b3c-0000-4000-8000-00000000a001', '/personen', '/orte', '/ueber']) {
      await page.goto(`${app.server.url}${path}`);
      await page.locator('main h1').first().waitFor();
      await page.waitForTimeout(200);
      hrefs.push(...(await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))));
    }
    for (const link of await page
      .goto(`${app.server.url}/personen`)
      .then(() => page.locator('main a[href^="/personen/"]').all())) {
      await link.click();
      await page.locator('main h1').first().waitFor();
      hrefs.push(...(await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))));
      await page.goBack();
    }
    expect(hrefs.length).toBeGreaterThan(10);
    expect(hrefs.filter((h) => !/^(\/|#|https?:|mailto:|geo:)/.test(h))).toEqual([]);
  });
});
