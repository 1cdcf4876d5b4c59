import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { describeText, findExpression, settle, hasTextExpression, waitFor, type Engine, type Tab } from './adapter';
import { FIREFOX } from './binaries';

const PHONE = { width: 390, height: 844 };

/** Firefox ESR through puppeteer-core over WebDriver BiDi (nothing is downloaded: Debian's Firefox). */
export function firefoxEngine(): Engine {
  let browser: Browser | undefined;
  return {
    name: 'firefox',
    async start(origin) {
      browser = await puppeteer.launch({
        browser: 'firefox',
        protocol: 'webDriverBiDi',
        executablePath: FIREFOX,
        headless: true,
        env: { ...process.env, TZ: 'Europe/Berlin' },
        extraPrefsFirefox: {
          // A German browser: navigator.languages and Accept-Language.
          'intl.accept_languages': 'de-DE,de',
          'intl.locale.requested': 'de-DE',
        },
      });
      const page = (await browser.pages())[0] ?? (await browser.newPage());
      await page.setViewport(PHONE);
      return firefoxTab(page, origin);
    },
    async stop() {
      await browser?.close();
    },
  };
}

function firefoxTab(page: Page, origin: string): Tab {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console.error on ${page.url()}: ${m.text()}`);
  });
  // Firefox reports CSP violations here as well as uncaught errors.
  page.on('pageerror', (e) =>
    problems.push(`uncaught on ${page.url()}: ${e instanceof Error ? e.message : String(e)}`),
  );
  const element = (role: Parameters<Tab['click']>[0], name: Parameters<Tab['click']>[1]) =>
    waitFor(
      async () => {
        const handle = await page.evaluateHandle(findExpression(role, name));
        const el = handle.asElement();
        if (el) return el as ElementHandle<Element>;
        await handle.dispose();
        return null;
      },
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
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    async click(role, name) {
      await (await element(role, name)).click();
    },
    async type(label, text) {
      await (await element('textbox', label)).type(text);
    },
    async upload(label, file) {
      await ((await element('textbox', label)) as ElementHandle<HTMLInputElement>).uploadFile(file);
    },
    async waitForText(text, timeoutMs) {
      await waitFor(
        () => page.evaluate(hasTextExpression(text)) as Promise<boolean>,
        `the text ${describeText(text)}`,
        timeoutMs,
      );
    },
    problems: async () => [...problems],
    screenshot: async () => Buffer.from(await page.screenshot()),
  };
}
