import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import { waitForApp } from './browser';
import { servedApp } from './fixture';
import { SCREENS } from '../support/screens';

/** Chooses language and theme on the settings screen, as a person would. */
async function choose(page: Page, origin: string, language: 'Deutsch' | 'English', theme: 'light' | 'dark') {
  await page.goto(`${origin}/einstellungen`);
  await page.getByRole('radio', { name: language }).check();
  await page
    .locator('html')
    .and(page.locator(`[lang="${language === 'English' ? 'en' : 'de'}"]`))
    .waitFor();
  const themeName = theme === 'dark' ? /^(Dunkel|Dark)$/ : /^(Hell|Light)$/;
  await page.getByRole('radio', { name: themeName }).check();
  await page.locator(`html[data-theme="${theme}"]`).waitFor();
  // Stored, not just shown: both choices are still made after a reload.
  await expect
    .poll(async () => {
      await page.reload();
      return (
        (await page.getByRole('radio', { name: language }).isChecked()) &&
        (await page.getByRole('radio', { name: themeName }).isChecked())
      );
    })
    .toBe(true);
}

describe('accessibility in both languages and both themes', () => {
  const app = servedApp();

  for (const language of ['Deutsch', 'English'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      it(`axe-core: no violations on any screen, ${language}, ${theme}`, async () => {
        const { page } = app.profile;
        await choose(page, app.server.url, language, theme);
        const session = await (async () => {
          await page.goto(`${app.server.url}/`);
          return page.locator('a[href^="/sitzung/"]').first().getAttribute('href');
        })();
        for (const path of [...SCREENS, session!]) {
          await page.goto(`${app.server.url}${path}`);
          await waitForApp(page);
          await page.locator('main h1').first().waitFor();
          await page.waitForFunction(() => !document.querySelector('.loading'));
          expect(await page.locator('html').getAttribute('data-theme')).toBe(theme);
          expect(await page.locator('html').getAttribute('lang')).toBe(language === 'English' ? 'en' : 'de');
          const violations = await axeViolations(page);
          expect(violations, `${path}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
        }
      });
    }
  }

  it('keeps conference content marked as German in the English UI', async () => {
    const { page } = app.profile;
    await choose(page, app.server.url, 'English', 'light');
    await page.goto(`${app.server.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Programme' }).waitFor();
    const card = page.locator('article.session-card').first();
    expect(await card.getAttribute('lang')).toBe('de');
    expect(await page.getByRole('link', { name: 'My day', exact: true }).count()).toBe(1);
    await choose(page, app.server.url, 'Deutsch', 'light');
  });

  it('holds at 320 px width and 200 % text size: no horizontal scrolling, no clipped controls', async () => {
    const { page } = app.profile;
    await page.setViewportSize({ width: 320, height: 640 });
    try {
      for (const path of SCREENS) {
        await page.goto(`${app.server.url}${path}`);
        await page.locator('main h1').first().waitFor();
        await page.waitForFunction(() => !document.querySelector('.loading'));
        // Text-only zoom to 200 %: everything sized in rem or em grows with it.
        await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
        const result = await page.evaluate(() => {
          const root = document.documentElement;
          const clipped = [
            ...document.querySelectorAll<HTMLElement>('button, a, label, select, input, textarea, h1, h2'),
          ]
            .filter(
              (el) =>
                el.offsetParent !== null &&
                el.scrollWidth > el.clientWidth + 1 &&
                getComputedStyle(el).overflowX !== 'visible',
            )
            .map((el) => el.outerHTML.slice(0, 80));
          return { overflow: root.scrollWidth - root.clientWidth, clipped };
        });
        expect(result.overflow, path).toBeLessThanOrEqual(0);
        expect(result.clipped, path).toEqual([]);
      }
    } finally {
      await page.evaluate(() => (document.documentElement.style.fontSize = ''));
      await page.setViewportSize({ width: 390, height: 844 });
    }
  });

  it('works by keyboard alone: skip link, marking a session, writing a note, visible focus', async () => {
    const { page } = app.profile;
    await page.goto(`${app.server.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Programm' }).waitFor();
    await page.keyboard.press('Tab');
    const first = page.locator(':focus');
    expect(await first.textContent()).toBe('Zum Inhalt springen');
    expect(await first.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    // Tab to the first Merken button and press it.
    let guard = 0;
    while (!(await page.evaluate(() => document.activeElement?.matches('button[aria-pressed]') ?? false))) {
      await page.keyboard.press('Tab');
      if (++guard > 60) throw new Error('no Merken button reachable by Tab');
    }
    const mark = page.locator(':focus');
    expect(await mark.getAttribute('aria-pressed')).toBe('false');
    expect(await mark.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-pressed') === 'true');
    // Back to the card's title link (Shift+Tab) and open the session.
    guard = 0;
    while (
      !(await page.evaluate(() => document.activeElement?.getAttribute('href')?.startsWith('/sitzung/') ?? false))
    ) {
      await page.keyboard.press('Shift+Tab');
      if (++guard > 20) throw new Error('no session link before the Merken button');
    }
    await page.keyboard.press('Enter');
    await page.locator('main h1').waitFor();
    guard = 0;
    while (!(await page.evaluate(() => document.activeElement?.tagName === 'TEXTAREA'))) {
      await page.keyboard.press('Tab');
      if (++guard > 80) throw new Error('no note field reachable by Tab');
    }
    // The field is read-only for the moment the stored note loads; a person sees it greyed.
    await page.waitForFunction(() => !(document.activeElement as HTMLTextAreaElement).readOnly);
    await page.keyboard.type('Per Tastatur notiert.');
    await page.getByText(/gespeichert \d{2}:\d{2}/).waitFor({ timeout: 5000 });
    await page.reload();
    // The field shows the stored text once it has been read (until then it is empty and read-only).
    await page.waitForFunction(() => document.querySelector('textarea')?.value === 'Per Tastatur notiert.', null, {
      timeout: 5000,
    });
    expect(await page.getByRole('button', { name: 'Merken' }).first().getAttribute('aria-pressed')).toBe('true');
  });

  it('one hand: back returns to the same place in the programme, and a screen keeps its state across tabs', async () => {
    const { page } = app.profile;
    await page.goto(`${app.server.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Programm' }).waitFor();
    const link = page.getByRole('link', { name: /^Get-together/ });
    await link.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    expect(before).toBeGreaterThan(300);
    await link.click();
    await page.getByRole('heading', { level: 1, name: /^Get-together/ }).waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBeLessThan(50);
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Programm' }).waitFor();
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 40, before, { timeout: 3000 });

    // A free note, so the Notizen screen has something to search.
    await page.getByRole('link', { name: 'Notizen', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Notizen' }).waitFor();
    await page
      .getByRole('button', { name: 'Neue freie Notiz' })
      .or(page.getByRole('link', { name: 'Neue freie Notiz' }))
      .first()
      .click();
    await page.getByRole('textbox', { name: /Notiz/ }).fill('Stadtlabor besuchen');
    await page.getByRole('link', { name: 'Notizen', exact: true }).click();
    const search = page.getByRole('searchbox', { name: 'In Notizen suchen' });
    await search.fill('Stadtlabor');
    await page.getByRole('link', { name: 'Programm', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Programm' }).waitFor();
    await page.getByRole('link', { name: 'Notizen', exact: true }).click();
    expect(await search.inputValue()).toBe('Stadtlabor');
  });
});
