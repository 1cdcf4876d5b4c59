import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { killBrowser, launch, waitForServiceWorker } from './browser';
import { servedBuildAndProfileDirs } from './fixture';
import { noteField, openNote } from './pages';
import { axeViolations } from './axe';
import { bundledConference } from '../fixtures';
import { sessionTitled } from '../support/sessions';

const workshopA = sessionTitled(bundledConference().sessions, 'Workshop A');
/** The issue's promise: text typed at least this long before a crash survives it. */
const TYPED_BEFORE_KILL_MS = 1000;

describe('notes in a real browser', () => {
  const app = servedBuildAndProfileDirs();
  const { profileDir } = app;

  it('text typed a second before the browser is killed (SIGKILL) is there after a restart', async () => {
    const dir = profileDir();
    const first = await launch(dir);
    const field = await openNote(first.page, app.server.url);
    const text = 'Station 1: Fördermittel – Kontakt Frau K. aus Münster 🙂';
    await field.pressSequentially(text);
    await first.page.waitForTimeout(TYPED_BEFORE_KILL_MS);
    await killBrowser(first);

    const second = await launch(dir);
    const again = await openNote(second.page, app.server.url);
    expect(await again.inputValue()).toBe(text);
    await second.context.close();
  });

  it('text typed offline survives a reload, and so does text typed just before leaving', async () => {
    const dir = profileDir();
    const { context, page } = await launch(dir);
    await page.goto(`${app.server.url}/`);
    await waitForServiceWorker(page);
    await context.setOffline(true);
    const field = await openNote(page, app.server.url);
    await field.pressSequentially('ohne Netz geschrieben');
    await page.getByText(/^gespeichert \d{2}:\d{2}$/).waitFor({ timeout: 2000 });
    await page.reload();
    expect(await (await openNote(page, app.server.url)).inputValue()).toBe('ohne Netz geschrieben');
    // No pause at all: the page-hide flush has to save it.
    await noteField(page).pressSequentially(', noch schnell');
    await page.reload();
    expect(await (await openNote(page, app.server.url)).inputValue()).toBe('ohne Netz geschrieben, noch schnell');
    await context.close();
  });

  it('two tabs: one follows the other; editing at once keeps both versions and says so', async () => {
    const dir = profileDir();
    const { context, page: tabA } = await launch(dir);
    const tabB = await context.newPage();
    const fieldA = await openNote(tabA, app.server.url);
    const fieldB = await openNote(tabB, app.server.url);
    await fieldA.fill('aus Tab A');
    await expect.poll(() => fieldB.inputValue(), { timeout: 3000 }).toBe('aus Tab A');

    // Both type before either save lands.
    await Promise.all([fieldA.fill('aus Tab A, weiter in A'), fieldB.fill('aus Tab A, weiter in B')]);
    const conflictNotice = /Beide Fassungen sind gespeichert/;
    await expect
      .poll(
        async () => (await tabA.getByText(conflictNotice).count()) + (await tabB.getByText(conflictNotice).count()),
        { timeout: 5000 },
      )
      .toBe(1);
    // Neither tab lost its text.
    expect(await fieldA.inputValue()).toBe('aus Tab A, weiter in A');
    expect(await fieldB.inputValue()).toBe('aus Tab A, weiter in B');
    await tabA.goto(`${app.server.url}/notizen`);
    await expect.poll(() => tabA.locator('.note-item').count()).toBe(2);
    const texts = await tabA.locator('.note-item .note-text').allTextContents();
    expect(texts.sort()).toEqual(['aus Tab A, weiter in A', 'aus Tab A, weiter in B']);
    await expect.poll(() => tabA.getByText('Weitere Fassung aus einem anderen Tab').count()).toBe(1);
    await context.close();
  });

  it('restores a backup into a fresh profile: notes and marks appear', async () => {
    const source = await launch(profileDir());
    const field = await openNote(source.page, app.server.url);
    await field.fill('Notiz für die Sicherung');
    await source.page.getByRole('button', { name: 'Merken', exact: true }).click();
    await source.page.getByText(/^gespeichert \d{2}:\d{2}$/).waitFor({ timeout: 2000 });
    await source.page.goto(`${app.server.url}/einstellungen`);
    const [download] = await Promise.all([
      source.page.waitForEvent('download'),
      source.page.getByRole('button', { name: /Sicherung/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^tagesbegleiter-sicherung-\d{4}-\d{2}-\d{2}\.json$/);
    const backupPath = join(profileDir(), download.suggestedFilename());
    await download.saveAs(backupPath);
    await source.context.close();
    const backup = JSON.parse(readFileSync(backupPath, 'utf8'));
    expect(backup).toMatchObject({ format: 'tagesbegleiter-backup', version: 1 });

    const target = await launch(profileDir());
    await target.page.goto(`${app.server.url}/einstellungen`);
    await target.page.getByLabel(/Aus Datei wiederherstellen/).setInputFiles(backupPath);
    await target.page.getByText(/Die Datei ist in Ordnung: 1 gemerkte Programmpunkte, 1 Notizen/).waitFor();
    await target.page.getByRole('button', { name: 'Ersetzen' }).click();
    await target.page.getByText(/^Wiederhergestellt/).waitFor();
    await target.page.getByRole('link', { name: 'Notizen', exact: true }).click();
    await target.page.locator('.note-item', { hasText: 'Notiz für die Sicherung' }).waitFor();
    expect(await target.page.locator('.note-item h2').allTextContents()).toEqual([workshopA.title]);
    await target.page.getByRole('link', { name: 'Mein Tag', exact: true }).click();
    await target.page.getByRole('main').getByRole('link', { name: workshopA.title }).first().waitFor();
    // And a bad file there changes nothing and says why.
    await target.page.goto(`${app.server.url}/einstellungen`);
    await target.page
      .getByLabel(/Aus Datei wiederherstellen/)
      .setInputFiles({ name: 'kaputt.json', mimeType: 'application/json', buffer: Buffer.from('{kaputt') });
    await target.page
      .getByRole('alert')
      .filter({ hasText: /kein gültiges JSON/ })
      .waitFor();
    await target.page.goto(`${app.server.url}/notizen`);
    await target.page.locator('.note-item', { hasText: 'Notiz für die Sicherung' }).waitFor();
    await target.context.close();
  });

  it('hostile text is stored, shown verbatim, never run, never widens the page, and exports as Markdown', async () => {
    const { context, page } = await launch(profileDir());
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const hostile = `<img src=x onerror=alert(1)><script>alert(2)</script> [x](javascript:alert(3)) \u202Eabc NUL:\u0000 👩‍👩‍👧 ${'Donaudampfschifffahrt'.repeat(8)}`;
    const field = await openNote(page, app.server.url);
    await field.fill(hostile);
    await page.getByText(/^gespeichert \d{2}:\d{2}$/).waitFor({ timeout: 2000 });
    await page.reload();
    expect(await (await openNote(page, app.server.url)).inputValue()).toBe(hostile);
    await page.goto(`${app.server.url}/notizen`);
    const text = page.locator('.note-item .note-text');
    await text.waitFor();
    expect(await text.textContent()).toBe(hostile);
    expect(await page.locator('main img, main script').count()).toBe(0);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Markdown/ }).click(),
    ]);
    const path = join(profileDir(), 'notizen.md');
    await download.saveAs(path);
    const markdown = readFileSync(path, 'utf8');
    expect(markdown).toContain(`\`\`\`\n${hostile}\n\`\`\``);
    expect(markdown).toContain(`## ${workshopA.title.replace(/[\\`*_[\]<>#|~]/g, '\\$&')}`);
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it('the note screens pass axe (WCAG 2.2 AA): session note, Notizen with search, a note page, Einstellungen', async () => {
    const { context, page } = await launch(profileDir());
    const field = await openNote(page, app.server.url);
    await field.fill('Notiz für die Prüfung');
    await page.getByText(/^gespeichert \d{2}:\d{2}$/).waitFor({ timeout: 2000 });
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${app.server.url}/notizen`);
    await page.locator('.note-item').first().waitFor();
    await page.getByRole('searchbox').fill('prufung');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('.note-item h2 a').first().click();
    await noteField(page).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${app.server.url}/einstellungen`);
    await page.getByRole('heading', { level: 1, name: 'Einstellungen' }).waitFor();
    await page
      .getByText(/Belegt:|verrät dieser Browser nicht/)
      .first()
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
