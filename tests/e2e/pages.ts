import { join } from 'node:path';
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { sessionPath } from '../../src/domain/paths';
import { bundledConference } from '../fixtures';
import { sessionTitled } from '../support/sessions';

/** What several browser test files look for on the app's screens, written once. */

/** A file of the project's own tests/fixtures, as a path for a file field. */
export const fixturePath = (name: string) => join(process.cwd(), 'tests', 'fixtures', name);

/** The programme card that holds the item `title` (the changes box may link to it too). */
export const card = (page: Page, title: string): Locator =>
  page.locator('article.session-card').filter({ has: page.getByRole('link', { name: title, exact: true }) });

/** The "Merken" toggle on the card of `title`. */
export const markButton = (page: Page, title: string): Locator =>
  card(page, title).getByRole('button', { name: 'Merken' });

/** Whether the card of `title` shows its item marked ("true"), as the toggle says it. */
export const markShown = (page: Page, title: string) => markButton(page, title).getAttribute('aria-pressed');

/** Presses "Merken" on the cards of `titles`, in order, and waits until the last one shows pressed. */
export async function markCards(page: Page, ...titles: [string, ...string[]]): Promise<void> {
  for (const title of titles) await markButton(page, title).click();
  await expect.poll(() => markShown(page, titles.at(-1)!)).toBe('true');
}

/** The bundled conference's "Workshop A" page: the session the note tests write on. */
export const workshopAPath = sessionPath(sessionTitled(bundledConference().sessions, 'Workshop A').guid);

export const noteField = (page: Page) => page.getByRole('textbox', { name: /Notiz/ });

/** Opens a session page and waits until its note has been read from storage (the field is editable). */
export async function openNote(page: Page, origin: string, path = workshopAPath): Promise<Locator> {
  await page.goto(`${origin}${path}`);
  const field = noteField(page);
  await field.waitFor();
  await page.waitForFunction(() => {
    const el = document.querySelector('textarea');
    return el !== null && !el.readOnly;
  });
  return field;
}
