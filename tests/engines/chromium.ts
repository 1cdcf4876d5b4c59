import { chromium as playwright, type ElementHandle, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { PHONE, type Engine } from './adapter';
import { pageEngine, type DriverPage } from './page-tab';

/** Chromium through playwright-core (the full suite in tests/e2e/ uses it too). */
export function chromiumEngine(): Engine {
  return pageEngine('chromium', async () => {
    const browser = await playwright.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: PHONE, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    return { page: chromiumPage(await context.newPage()), close: () => browser.close() };
  });
}

function chromiumPage(page: Page): DriverPage<ElementHandle<HTMLElement>> {
  return {
    url: () => page.url(),
    goto: (url) => page.goto(url),
    reload: () => page.reload(),
    evaluate: (expression) => page.evaluate(expression),
    elementOf: async (expression) =>
      (await page.evaluateHandle(expression)).asElement() as ElementHandle<HTMLElement> | null,
    click: (element) => element.click(),
    type: (element, text) => element.type(text),
    upload: (element, file) => element.setInputFiles(file),
    screenshot: () => page.screenshot(),
    onProblem(consoleError, uncaught) {
      page.on('console', (m) => {
        if (m.type() === 'error') consoleError(m.text());
      });
      page.on('pageerror', (e) => uncaught(e.message));
    },
  };
}
