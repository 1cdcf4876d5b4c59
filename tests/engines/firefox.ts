import puppeteer, { type ElementHandle, type Page } from 'puppeteer-core';
import { PHONE, type Engine } from './adapter';
import { FIREFOX } from './binaries';
import { pageEngine, type DriverPage } from './page-tab';

/** Firefox ESR through puppeteer-core over WebDriver BiDi (nothing is downloaded: Debian's Firefox). */
export function firefoxEngine(): Engine {
  return pageEngine('firefox', async () => {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: FIREFOX,
      headless: true,
      env: {
        ...process.env,
        TZ: 'Europe/Berlin',
        MOZ_HEADLESS_WIDTH: String(PHONE.width),
        MOZ_HEADLESS_HEIGHT: String(PHONE.height),
      },
      extraPrefsFirefox: {
        // A German browser: navigator.languages and Accept-Language.
        'intl.accept_languages': 'de-DE,de',
        'intl.locale.requested': 'de-DE',
      },
    });
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    // Puppeteer sends a screen-orientation override with the size, a command Firefox 140 ESR does
    // not know, and gives up on the first error while the size may still be on its way. The
    // headless window starts at the phone's size (MOZ_HEADLESS_*), and the size is checked, so a
    // viewport that did not apply still fails.
    await page.setViewport(PHONE).catch((error: unknown) => {
      if (!String(error).includes('setScreenOrientationOverride')) throw error;
    });
    await page
      .waitForFunction((width: number) => window.innerWidth === width, { timeout: 5000 }, PHONE.width)
      .catch(async () => {
        const width = await page.evaluate(() => window.innerWidth);
        throw new Error(`Firefox viewport is ${width} px wide, not ${PHONE.width}`);
      });
    return { page: firefoxPage(page), close: () => browser.close() };
  });
}

function firefoxPage(page: Page): DriverPage<ElementHandle<Element>> {
  return {
    url: () => page.url(),
    goto: (url) => page.goto(url),
    reload: () => page.reload(),
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    async elementOf(expression) {
      const handle = await page.evaluateHandle(expression);
      const element = handle.asElement();
      if (element) return element as ElementHandle<Element>;
      await handle.dispose();
      return null;
    },
    click: (element) => element.click(),
    type: (element, text) => element.type(text),
    upload: (element, file) => (element as ElementHandle<HTMLInputElement>).uploadFile(file),
    screenshot: async () => Buffer.from(await page.screenshot()),
    onProblem(consoleError, uncaught) {
      page.on('console', (m) => {
        if (m.type() === 'error') consoleError(m.text());
      });
      // Firefox reports CSP violations here as well as uncaught errors.
      page.on('pageerror', (e) => uncaught(e instanceof Error ? e.message : String(e)));
    },
  };
}
