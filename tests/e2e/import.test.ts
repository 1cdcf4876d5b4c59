import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { waitForServiceWorker } from './browser';
import { servedApp } from './fixture';
import { card, fixturePath, markCards, markShown } from './pages';
import { axeViolations } from './axe';
import { c3vocProblems } from '../../src/domain/c3voc-schema';

/**
 * In a real browser: import a schedule.json chosen on the device, mark items, re-import a
 * changed version, and see the marks kept and the changes shown; export it again.
 */

describe('import a schedule, keep marks across an update', () => {
  const app = servedApp();
  const { requests } = app;

  it('the first screen does not load the import code', async () => {
    const { page } = app.profile;
    await page.goto(`${app.server.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Programm' }).waitFor();
    await waitForServiceWorker(page);
    expect(requests.filter((u) => /import-worker|import-handler|conference-files/.test(u))).toEqual([]);
  });

  it('imports a pretalx file chosen on the device and shows its programme', async () => {
    const { page } = app.profile;
    await page.getByRole('link', { name: 'Konferenzen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Konferenzen' }).waitFor();
    await page.getByLabel('schedule.json-Datei wählen').setInputFiles(fixturePath('pretalx-schedule.json'));
    await page.getByText('„Kiezkonferenz 2024“ importiert: 8 Programmpunkte.').waitFor();
    // The parsing ran in the worker.
    expect(requests.some((u) => /import-worker/.test(u))).toBe(true);
    await page.getByRole('link', { name: 'Zum Programm' }).click();
    await page.getByRole('group', { name: 'Tag wählen' }).waitFor();
    await markCards(page, 'Offene Daten für die Straßenbahn', 'Bürgerhaushalt digital');
  });

  it('after a reload the imported conference and its marks are still there', async () => {
    const { page } = app.profile;
    await page.reload();
    await page.getByRole('group', { name: 'Tag wählen' }).waitFor();
    expect(await page.locator('.lead').textContent()).toContain('Kiezkonferenz 2024');
    await expect.poll(() => markShown(page, 'Offene Daten für die Straßenbahn')).toBe('true');
  });

  it('re-importing a changed version keeps the marks and shows neu / geändert / entfällt', async () => {
    const { page } = app.profile;
    await page.getByRole('link', { name: 'Konferenzen' }).click();
    await page.getByLabel('schedule.json-Datei wählen').setInputFiles(fixturePath('pretalx-schedule-v2.json'));
    await page.getByText('„Kiezkonferenz 2024“ aktualisiert. 1 neu, 2 geändert, 1 entfällt.').waitFor();
    await page.getByRole('link', { name: 'Zum Programm' }).click();

    const moved = card(page, 'Offene Daten für die Straßenbahn');
    await moved.getByText('geändert', { exact: true }).waitFor();
    expect(await markShown(page, 'Offene Daten für die Straßenbahn')).toBe('true');
    expect(await moved.locator('time').first().textContent()).toBe('11:15');
    const cancelled = card(page, 'Bürgerhaushalt digital');
    await cancelled.getByText('entfällt', { exact: true }).waitFor();
    expect(await markShown(page, 'Bürgerhaushalt digital')).toBe('true');
    expect(await card(page, 'Lötworkshop für Einsteiger*innen').getByText('geändert', { exact: true }).count()).toBe(1);

    const box = page.getByRole('region', { name: 'Programm aktualisiert' });
    expect(await box.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/geändert.*Offene Daten für die Straßenbahn.*Zeit: vorher 10:45–11:30, jetzt 11:15–12:00/),
      expect.stringMatching(/entfällt.*Bürgerhaushalt digital/),
    ]);
    await page.getByRole('button', { name: 'Sa., 18.05.' }).click();
    await card(page, 'Repair-Café').getByText('neu', { exact: true }).waitFor();

    // The programme with its day switcher, open search and changes box passes axe.
    await page.getByText('Suchen und filtern').click();
    expect(await axeViolations(page)).toEqual([]);

    // Mein Tag keeps the cancelled mark in view.
    await page.getByRole('link', { name: 'Mein Tag' }).click();
    const kept = page.getByRole('region', { name: 'Gemerkt, aber entfällt' });
    await kept.getByRole('link', { name: 'Bürgerhaushalt digital' }).waitFor();
    expect(await card(page, 'Offene Daten für die Straßenbahn').getByText('geändert', { exact: true }).count()).toBe(1);
  });

  it('exports the conference as a schedule.json the C3VOC schema accepts', async () => {
    const { page } = app.profile;
    await page.getByRole('link', { name: 'Konferenzen' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'schedule.json exportieren' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('schedule.json');
    await page.getByText('Gespeichert als schedule.json.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const doc = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(c3vocProblems(doc)).toEqual([]);
    expect(doc.schedule.conference.acronym).toBe('kiezkonf_2024');
    expect(doc.schedule.conference.days.flatMap((d: { rooms: object }) => Object.values(d.rooms).flat())).toHaveLength(
      8,
    );
  });

  it('switching to the bundled conference and back keeps each one’s marks', async () => {
    const { page } = app.profile;
    await page.getByRole('button', { name: /^Wechseln – 10\. Regionalkonferenz/ }).click();
    await page.getByText('Wird angezeigt').waitFor();
    await page.getByRole('link', { name: 'Programm', exact: true }).click();
    await page.getByText('4 parallel').waitFor();
    expect(await page.getByRole('button', { name: 'Merken', pressed: true }).count()).toBe(0);
    await page.getByRole('link', { name: 'Konferenzen' }).click();
    await page.getByRole('button', { name: /^Wechseln – Kiezkonferenz 2024/ }).click();
    await page.getByRole('link', { name: 'Programm', exact: true }).click();
    await expect.poll(() => markShown(page, 'Offene Daten für die Straßenbahn')).toBe('true');
    const foreign = requests.filter(
      (u) => !u.startsWith(`${app.server.url}/`) && !u.startsWith('data:') && !u.startsWith('blob:'),
    );
    expect(foreign).toEqual([]);
  });
});
