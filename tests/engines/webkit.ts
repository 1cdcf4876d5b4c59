import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { Builder, type WebDriver, type WebElement } from 'selenium-webdriver';
import {
  describeText,
  findExpression,
  hasTextExpression,
  PHONE,
  PROBLEM_HOOK,
  settle,
  waitFor,
  type Engine,
  type Tab,
} from './adapter';
import { GERMAN_LOCALE, MINIBROWSER, WEBKIT_WEBDRIVER, XVFB } from './binaries';

/** A display of its own for WebKitGTK (it has no headless mode): Xvfb picks a free number and says which. */
export async function startXvfb(): Promise<{ display: string; stop(): void }> {
  const xvfb = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  xvfb.stderr!.on('data', (d) => (errors += String(d)));
  const display = await new Promise<string>((resolve, reject) => {
    (xvfb.stdio[3] as NodeJS.ReadableStream).once('data', (d) => resolve(`:${String(d).trim()}`));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${errors}`)));
  });
  return { display, stop: () => void xvfb.kill() };
}

/** The environment WebKitGTK runs in: its display, a German C locale (the page's languages), Berlin time. */
export function webkitEnvironment(display: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DISPLAY: display,
    LANG: GERMAN_LOCALE,
    LC_ALL: GERMAN_LOCALE,
    LANGUAGE: 'de_DE:de',
    TZ: 'Europe/Berlin',
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts WebKitWebDriver on a free loopback port and waits until it answers. */
async function startDriver(env: NodeJS.ProcessEnv): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  const driver = spawn(WEBKIT_WEBDRIVER, [`--port=${port}`, '--host=local'], { env, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    async () => {
      if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${driver.exitCode}`);
      return (await fetch(`${url}/status`).catch(() => null))?.ok ?? false;
    },
    'WebKitWebDriver to answer',
    10_000,
  );
  return { url, process: driver };
}

/**
 * WebKitGTK's MiniBrowser through the WebKitWebDriver started here (selenium-webdriver only
 * talks to it: no driver or browser is looked up or downloaded). MiniBrowser's automation
 * sessions keep no data on disk: storage lives as long as the browser, which is the whole suite.
 */
export function webkitEngine(): Engine {
  let xvfb: { stop(): void } | undefined;
  let driverProcess: ChildProcess | undefined;
  let driver: WebDriver | undefined;
  return {
    name: 'webkit',
    async start(origin) {
      const screen = await startXvfb();
      xvfb = screen;
      const started = await startDriver(webkitEnvironment(screen.display));
      driverProcess = started.process;
      driver = await new Builder()
        .usingServer(started.url)
        .withCapabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        })
        .build();
      await driver.manage().setTimeouts({ script: 30_000, pageLoad: 60_000 });
      await driver.manage().window().setRect(PHONE);
      return webkitTab(driver, origin);
    },
    async stop() {
      await driver?.quit().catch(() => {});
      driverProcess?.kill();
      xvfb?.stop();
    },
  };
}

function webkitTab(driver: WebDriver, origin: string): Tab {
  const collected: string[] = [];
  const evaluate = async <T>(expression: string): Promise<T> => {
    const result = (await driver.executeAsyncScript(
      `const done = arguments[arguments.length - 1];
       Promise.resolve().then(() => ${expression}).then((value) => done({ value }), (error) => done({ error: String(error && error.stack || error) }));`,
    )) as { value?: T; error?: string };
    if (result.error !== undefined) throw new Error(result.error);
    return result.value as T;
  };
  /** Keeps what the page collected before it goes away, and hooks the next one. */
  const collect = async () => {
    collected.push(
      ...((await driver.executeScript('return window.__engineProblems || []').catch(() => [])) as string[]),
    );
  };
  const hook = () => driver.executeScript(`return ${PROBLEM_HOOK}`);
  const element = (role: Parameters<Tab['click']>[0], name: Parameters<Tab['click']>[1]) =>
    waitFor(
      async () => (await driver.executeScript(`return ${findExpression(role, name)}`)) as WebElement | null,
      `${role} ${describeText(name)}`,
    );
  return {
    async goto(path) {
      await settle(evaluate);
      await collect();
      await driver.get(`${origin}${path}`);
      await hook();
    },
    async reload() {
      await settle(evaluate);
      await collect();
      await driver.navigate().refresh();
      await hook();
    },
    evaluate,
    async click(role, name) {
      const target = await element(role, name);
      // WebKitWebDriver scrolls an element only to the edge, where the fixed navigation bar covers it.
      await driver.executeAsyncScript(
        `const [el, done] = arguments; el.scrollIntoView({ block: 'center', behavior: 'instant' }); requestAnimationFrame(() => done());`,
        target,
      );
      await target.click();
    },
    async type(label, text) {
      await (await element('textbox', label)).sendKeys(text);
    },
    async upload(label, file) {
      await (await element('textbox', label)).sendKeys(file);
    },
    async waitForText(text, timeoutMs) {
      await waitFor(() => evaluate<boolean>(hasTextExpression(text)), `the text ${describeText(text)}`, timeoutMs);
    },
    async problems() {
      const now = (await driver.executeScript('return window.__engineProblems || []').catch(() => [])) as string[];
      return [...collected, ...now];
    },
    screenshot: async () => Buffer.from(await driver.takeScreenshot(), 'base64'),
  };
}
