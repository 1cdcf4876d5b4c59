import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { servedApp } from './fixture';
import { parseIcs } from '../support/ics';

describe('reminders', () => {
  const app = servedApp();

  it('shows an in-app reminder before a marked item, by the ?now= demo clock', async () => {
    const { page } = app.profile;
    await page.goto(`${app.server.url}/einstellungen`);
    const lead = page.getByRole('combobox', { name: 'Vor gemerkten Programmpunkten erinnern' });
    await lead.selectOption('10');
    // Stored, not just shown: it is still chosen after a reload.
    await expect.poll(async () => (await page.reload(), await lead.inputValue()), { timeout: 5000 }).toBe('10');
    await page.goto(`${app.server.url}/`);
    const card = page.locator('article.session-card', { hasText: 'Workshop A' });
    await card.getByRole('button', { name: 'Merken' }).click();
    // The app sets this performance mark once the mark's IndexedDB write has committed.
    await page.waitForFunction(() => performance.getEntriesByName('mark-saved').length > 0);
    // Ten minutes before the estimated 11:15 start: the reminder is due.
    await page.goto(`${app.server.url}/?now=2023-09-06T11:06`);
    const alert = page.getByRole('alert').filter({ hasText: 'Workshop A' });
    await alert.waitFor({ timeout: 5000 });
    expect(await alert.textContent()).toContain('ca. 11:15');
    await alert.getByRole('button', { name: 'Erinnerung schließen' }).click();
    expect(await alert.count()).toBe(0);
    // Half an hour before: not yet.
    await page.goto(`${app.server.url}/?now=2023-09-06T10:45`);
    await page.getByRole('heading', { level: 1, name: 'Programm' }).waitFor();
    await page.waitForTimeout(500);
    expect(await page.getByRole('alert').filter({ hasText: 'Workshop A' }).count()).toBe(0);
  });

  it('in English, the reminder speaks English (its strings load when it has something to say)', async () => {
    const { page } = app.profile;
    await page.goto(`${app.server.url}/einstellungen`);
    await page.getByRole('radio', { name: 'English' }).check();
    await page.locator('html[lang="en"]').waitFor();
    await page.goto(`${app.server.url}/?now=2023-09-06T11:06`);
    const alert = page.getByRole('alert').filter({ hasText: 'Workshop A' });
    await alert.waitFor({ timeout: 5000 });
    expect(await alert.textContent()).toMatch(/^Soon: Workshop A/);
    await alert.getByRole('button', { name: 'Close reminder' }).click();
    expect(await alert.count()).toBe(0);
    await page.goto(`${app.server.url}/einstellungen`);
    await page.getByRole('radio', { name: 'Deutsch' }).check();
    await page.locator('html[lang="de"]').waitFor();
  });

  it('puts a VALARM with the same lead time into the calendar export', async () => {
    const { page } = app.profile;
    await page.goto(`${app.server.url}/mein-tag`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Kalender/ }).click(),
    ]);
    const { events } = parseIcs(readFileSync((await download.path())!, 'utf8'));
    expect(events).toHaveLength(1);
    expect(events[0]!.summary).toMatch(/^Workshop A/);
    expect(events[0]!.alarms).toHaveLength(1);
    expect(events[0]!.alarms[0]!.action).toBe('DISPLAY');
    expect(events[0]!.alarms[0]!.triggerSeconds).toBe(-600);
  });

  it('says plainly what works on this device', async () => {
    const { page } = app.profile;
    await page.goto(`${app.server.url}/einstellungen`);
    await page.getByRole('heading', { level: 2, name: 'Erinnerungen' }).waitFor();
    expect(await page.getByText(/Solange die App geöffnet ist/).count()).toBe(1);
    expect(await page.getByText(/kann eine Web-App nicht von sich aus erinnern/).count()).toBe(1);
  });
});
