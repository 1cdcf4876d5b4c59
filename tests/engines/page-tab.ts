import {
  describeText,
  findExpression,
  hasTextExpression,
  settle,
  waitFor,
  type Engine,
  type EngineName,
  type Role,
  type Tab,
  type Text,
} from './adapter';

/**
 * What a playwright-core page (Chromium) and a puppeteer-core page (Firefox) both do, each engine
 * wrapping its own page to it in a few lines, so that the Tab the journeys drive is written once.
 */
export interface DriverPage<E> {
  url(): string;
  goto(url: string): Promise<unknown>;
  reload(): Promise<unknown>;
  evaluate<T>(expression: string): Promise<T>;
  /** The element an in-page expression evaluates to, or null. */
  elementOf(expression: string): Promise<E | null>;
  click(element: E): Promise<void>;
  type(element: E, text: string): Promise<void>;
  upload(element: E, file: string): Promise<void>;
  screenshot(): Promise<Buffer>;
  /** Calls back with each console error's text and each uncaught error's message. */
  onProblem(consoleError: (text: string) => void, uncaught: (message: string) => void): void;
}

function driverTab<E>(page: DriverPage<E>, origin: string): Tab {
  const problems: string[] = [];
  page.onProblem(
    (text) => problems.push(`console.error on ${page.url()}: ${text}`),
    (message) => problems.push(`uncaught on ${page.url()}: ${message}`),
  );
  const element = (role: Role, name: Text) =>
    waitFor(() => page.elementOf(findExpression(role, name)), `${role} ${describeText(name)}`) as Promise<E>;
  const evaluate = <T>(expression: string) => page.evaluate<T>(expression);
  return {
    async goto(path) {
      await settle(evaluate);
      await page.goto(`${origin}${path}`);
    },
    async reload() {
      await settle(evaluate);
      await page.reload();
    },
    evaluate,
    async click(role, name) {
      await page.click(await element(role, name));
    },
    async type(label, text) {
      await page.type(await element('textbox', label), text);
    },
    async upload(label, file) {
      await page.upload(await element('textbox', label), file);
    },
    async waitForText(text, timeoutMs) {
      await waitFor(() => evaluate<boolean>(hasTextExpression(text)), `the text ${describeText(text)}`, timeoutMs);
    },
    problems: async () => [...problems],
    screenshot: () => page.screenshot(),
  };
}

/** An engine with one browser, which `launch` starts (and says how to close) for the whole suite. */
export function pageEngine<E>(
  name: EngineName,
  launch: () => Promise<{ page: DriverPage<E>; close(): Promise<void> }>,
): Engine {
  let close: (() => Promise<void>) | undefined;
  return {
    name,
    async start(origin) {
      const launched = await launch();
      close = launched.close;
      return driverTab(launched.page, origin);
    },
    async stop() {
      await close?.();
    },
  };
}
