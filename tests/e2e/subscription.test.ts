import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { PHONE, waitForApp, waitForServiceWorker } from './browser';
import { servedApp } from './fixture';
import { card, fixturePath, markCards } from './pages';
import { fixture } from '../support/fixture-files';
import { serveSchedule, type ScheduleServer } from './schedule-server';
import { axeViolations } from './axe';

/**
 * In a real browser: a schedule loaded from its address on another origin (a second loopback
 * port, HTTPS, with CORS) and kept current; a server without CORS refused with the file route
 * named and nothing stored; the copy kept offline with the time it was fetched; a schedule file
 * shared to the installed app (the share target route in the service worker).
 */

const entryOf = (page: Page, title: string | RegExp): Locator =>
  page.locator('li.conference-entry').filter({ has: page.getByRole('heading', { level: 3, name: title }) });
/** The schedule button, not the update prompt's "Jetzt aktualisieren". */
const refreshButton = (page: Page, title: string) =>
  entryOf(page, title).getByRole('button', { name: /^Zeitplan aktualisieren/ });

/**
 * What the system's share sheet does with a file or a text: a multipart POST to the manifest's
 * share_target action (a form built in the page, as no test browser has a share sheet).
 */
async function shareToApp(page: Page, shared: { file: string } | { text: string }): Promise<void> {
  await page.evaluate(
    (text) => {
      const form = document.createElement('form');
      form.method = 'post';
      form.enctype = 'multipart/form-data';
      form.action = '/teilen';
      const input = document.createElement('input');
      if (text === null) {
        input.type = 'file';
        input.name = 'schedule';
        input.id = 'share-probe';
      } else {
        input.name = 'text';
        input.value = text;
      }
      form.append(input);
      document.body.append(form);
    },
    'text' in shared ? shared.text : null,
  );
  if ('file' in shared) await page.setInputFiles('#share-probe', shared.file);
  await page.evaluate(() => (document.querySelector('form[action="/teilen"]') as HTMLFormElement).submit());
}

describe('a schedule from its address, kept current', () => {
  const app = servedApp({ ignoreHTTPSErrors: true });
  const { requests } = app;
  let schedules: ScheduleServer;
  const scheduleGets = () => schedules.seen.filter((r) => r.method === 'GET' && r.path === '/cors/schedule.json');

  beforeAll(async () => {
    schedules = await serveSchedule(fixture('pretalx-schedule.json'), '"v1"', new Date('2024-05-10T10:00:00Z'));
  });
  afterAll(async () => {
    await schedules.close();
  });

  it('the CSP opens connect-src to https: and nothing else to another origin; the manifest offers share target and file handler', async () => {
    const { page } = app.profile;
    await page.goto(`${app.server.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Programm' }).waitFor();
    await waitForServiceWorker(page);
    const csp = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'))!;
    const directive = (name: string) =>
      csp
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith(`${name} `));
    expect(directive('connect-src')).toBe("connect-src 'self' https:");
    expect(directive('script-src')).toBe("script-src 'self'");
    expect(directive('font-src')).toBe("font-src 'self'");
    expect(directive('default-src')).toBe("default-src 'self'");
    expect(directive('img-src')).toBe("img-src 'self' data: blob:");
    expect(directive('style-src')).toMatch(/^style-src 'self'( 'sha256-[^']+')*$/);
    const served = await fetch(`${app.server.url}/konferenzen`);
    expect(served.headers.get('content-security-policy')).toContain("connect-src 'self' https:");

    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await page.evaluate(async (url) => (await fetch(url)).json(), href!);
    expect(manifest.share_target).toMatchObject({
      action: '/teilen',
      method: 'POST',
      enctype: 'multipart/form-data',
      params: {
        files: [
          {
            name: 'schedule',
            accept: expect.arrayContaining(['application/json', 'text/calendar', '.json', '.xml', '.ics']),
          },
        ],
      },
    });
    expect(manifest.file_handlers).toEqual([
      {
        action: '/konferenzen',
        accept: expect.objectContaining({
          'application/json': ['.json'],
          'text/calendar': ['.ics'],
          'application/xml': ['.xml'],
        }),
      },
    ]);
  });

  it('a server that does not allow cross-origin reading: the message names the file route, nothing is stored', async () => {
    const { page } = app.profile;
    await page.getByRole('link', { name: 'Konferenzen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Konferenzen' }).waitFor();
    await page.getByLabel('Adresse des Zeitplans').fill(`${schedules.origin}/ohne-cors/schedule.json`);
    await page.getByRole('button', { name: 'Laden', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'CORS' });
    await alert.waitFor();
    const fileLabel = await page.locator('label[for="schedule-file"]').textContent();
    expect(await alert.textContent()).toContain(`herunterladen und oben bei „${fileLabel}“ auswählen`);
    expect(await alert.textContent()).toContain('Es wurde nichts gespeichert');
    expect(schedules.seen.some((r) => r.path === '/ohne-cors/schedule.json')).toBe(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Konferenzen' }).waitFor();
    await entryOf(page, /Regionalkonferenz/).waitFor();
    expect(await page.locator('li.conference-entry').count()).toBe(1);
  });

  it('"Laden" imports the schedule from its address and shows "Stand:"', async () => {
    const { page } = app.profile;
    await page.getByLabel('Adresse des Zeitplans').fill(`${schedules.origin}/cors/schedule.json`);
    await page.getByRole('button', { name: 'Laden', exact: true }).click();
    await page.getByText('„Kiezkonferenz 2024“ importiert: 8 Programmpunkte.').waitFor();
    const entry = entryOf(page, 'Kiezkonferenz 2024');
    await entry.getByText(`geladen von ${schedules.origin}/cors/schedule.json`).waitFor();
    expect(await entry.getByText(/^Stand: \d\d\.\d\d\.\d{4}, \d\d:\d\d$/).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    // A long address wraps: no horizontal scrolling at 320 px.
    await page.setViewportSize({ width: 320, height: 700 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);
    await page.setViewportSize(PHONE);
    // Two items marked: one will move, one will be cancelled.
    await page.getByRole('link', { name: 'Programm', exact: true }).click();
    await markCards(page, 'Offene Daten für die Straßenbahn', 'Bürgerhaushalt digital');
  });

  it('a reload within 15 minutes does not ask the server again', async () => {
    const { page } = app.profile;
    const before = scheduleGets().length;
    await page.reload();
    await waitForApp(page);
    await page.getByRole('group', { name: 'Tag wählen' }).waitFor();
    // The automatic check would start 3 s after the conference is on screen.
    await page.waitForTimeout(4500);
    expect(scheduleGets().length).toBe(before);
  });

  it('"Zeitplan aktualisieren" asks conditionally: unchanged is a 304 and says so', async () => {
    const { page } = app.profile;
    await page.getByRole('link', { name: 'Konferenzen' }).click();
    await refreshButton(page, 'Kiezkonferenz 2024').click();
    await entryOf(page, 'Kiezkonferenz 2024').getByText('Auf dem Server gibt es keine neue Fassung.').waitFor();
    expect(scheduleGets().at(-1)).toMatchObject({
      ifNoneMatch: '"v1"',
      ifModifiedSince: 'Fri, 10 May 2024 10:00:00 GMT',
    });
  });

  it('a changed schedule on the server: "aktualisieren" shows neu / geändert / entfällt and the changed marked items', async () => {
    const { page } = app.profile;
    schedules.publish(fixture('pretalx-schedule-v2.json'), '"v2"', new Date('2024-05-16T09:00:00Z'));
    await refreshButton(page, 'Kiezkonferenz 2024').click();
    await page.getByText('„Kiezkonferenz 2024“ aktualisiert. 1 neu, 2 geändert, 1 entfällt.').waitFor();
    await page.getByRole('link', { name: 'Programm', exact: true }).click();
    const moved = card(page, 'Offene Daten für die Straßenbahn');
    await moved.getByText('geändert', { exact: true }).waitFor();
    expect(await moved.locator('time').first().textContent()).toBe('11:15');
    await card(page, 'Bürgerhaushalt digital').getByText('entfällt', { exact: true }).waitFor();
    const box = page.getByRole('region', { name: 'Programm aktualisiert' });
    expect(await box.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/geändert.*Offene Daten für die Straßenbahn.*Zeit: vorher 10:45–11:30, jetzt 11:15–12:00/),
      expect.stringMatching(/entfällt.*Bürgerhaushalt digital/),
    ]);
  });

  it('offline, a reload keeps the fetched version and the screen says when it was fetched', async () => {
    const { page, context } = app.profile;
    await page.getByRole('link', { name: 'Konferenzen' }).click();
    const stand = (await entryOf(page, 'Kiezkonferenz 2024')
      .getByText(/^Stand: /)
      .textContent())!.replace('Stand: ', '');
    const gets = schedules.seen.length;
    await context.setOffline(true);
    await page.reload({ waitUntil: 'commit' });
    // Chromium 150 serves the reload (from the service worker) with no network, yet the new page's
    // navigator.onLine says true until the emulation is applied again: apply it to the new page.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: true,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await page.getByRole('heading', { level: 1, name: 'Konferenzen' }).waitFor();
    const entry = entryOf(page, 'Kiezkonferenz 2024');
    await entry.getByText(`Ohne Netz: gezeigt wird die zuletzt geladene Fassung vom ${stand}.`).waitFor();
    expect(await entry.getByText(`Stand: ${stand}`).count()).toBe(1);
    await page.getByRole('link', { name: 'Programm', exact: true }).click();
    await card(page, 'Offene Daten für die Straßenbahn').getByText('geändert', { exact: true }).waitFor();
    expect(schedules.seen.length).toBe(gets);
    await cdp.detach();
  });

  it('a schedule file shared to the installed app: the service worker takes it, the Konferenzen screen imports it (offline too)', async () => {
    const { page } = app.profile;
    await shareToApp(page, { file: fixturePath('frab-schedule.json') });
    await page.getByText('„Hack Camp 2025“ importiert: 5 Programmpunkte.').waitFor();
    // The screen's URL no longer names the shared file, and the service worker let go of it.
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/konferenzen');
    expect(
      await page.evaluate(async () => (await (await caches.open('tagesbegleiter-shared-files')).keys()).length),
    ).toBe(0);
    await app.profile.context.setOffline(false);
  });

  it('a shared link fills the address field', async () => {
    const { page } = app.profile;
    await shareToApp(page, { text: 'Der Fahrplan: https://fahrplan.example/2025/schedule.json (neu)' });
    await page.getByRole('heading', { level: 1, name: 'Konferenzen' }).waitFor();
    await expect
      .poll(() => page.getByLabel('Adresse des Zeitplans').inputValue())
      .toBe('https://fahrplan.example/2025/schedule.json');
    // Nothing is fetched until the person presses "Laden".
    expect(requests.some((u) => u.startsWith('https://fahrplan.example/'))).toBe(false);
    const foreign = requests.filter(
      (u) => !u.startsWith(`${app.server.url}/`) && !u.startsWith('data:') && !u.startsWith('blob:'),
    );
    expect(foreign.every((u) => u.startsWith(`${schedules.origin}/`))).toBe(true);
  });
});
