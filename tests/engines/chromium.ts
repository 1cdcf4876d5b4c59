import { chromium as playwright, type Browser, type ElementHandle, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { describeText, findExpression, settle, hasTextExpression, waitFor, type Engine, type Tab } from './adapter';

const PHONE = { width: 390, height: 844 };

/** Chromium through playwright-core (the full suite in tests/e2e/ uses it too). */
export function chromiumEngine(): Engine {
  let browser: Browser | undefined;
  return {
    name: 'chromium',
    async start(origin) {
      browser = await playwright.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
      const context = await browser.newContext({ viewport: PHONE, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
      return chromiumTab(await context.newPage(), origin);
    },
    async stop() {
      await browser?.close();
    },
  };
}

function chromiumTab(page: Page, origin: string): Tab {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console.error on ${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught on ${page.url()}: ${e.message}`));
  const element = (role: Parameters<Tab['click']>[0], name: Parameters<Tab['click']>[1]) =>
    waitFor(
      async () =>
        (await page.evaluateHandle(findExpression(role, name))).asElement() as ElementHandle<HTMLElement> | null,
      `${role} ${describeText(name)}`,
    );
  return {
    async goto(path) {
      await settle((e) => page.evaluate(e));
      await page.goto(`${origin}${path}`);
    },
    async reload() {
      await settle((e) => page.evaluate(e));
      await page.reload();
    },
    evaluate: (expression) => page.evaluate(expression),
    async click(role, name) {
      await (await element(role, name)).click();
    },
    async type(label, text) {
      await (await element('textbox', label)).type(text);
    },
    async upload(label, file) {
      await (await element('textbox', label)).setInputFiles(file);
    },
    async waitForText(text, timeoutMs) {
      await waitFor(() => page.evaluate<boolean>(hasTextExpression(text)), `the text ${describeText(text)}`, timeoutMs);
    },
    problems: async () => [...problems],
    screenshot: () => page.screenshot(),
  };
}
