/**
 * The one interface the cross-engine journeys are written against. Each engine's driver
 * (playwright-core for Chromium, puppeteer-core over WebDriver BiDi for Firefox, selenium-webdriver
 * with WebKitWebDriver for WebKitGTK) implements it; elements are found by role and accessible
 * name the same way in all three, by the in-page script below.
 */

export type EngineName = 'chromium' | 'firefox' | 'webkit';

/** Every engine's window: a phone-sized viewport (iPhone 12–15 class), as in tests/e2e/. */
export const PHONE = { width: 390, height: 844 };

/** A text to look for: a string matches exactly (trimmed), a RegExp anywhere. */
export type Text = string | RegExp;

export type Role = 'button' | 'link' | 'radio' | 'textbox' | 'heading';

export interface Tab {
  /** Opens `path` on the served app and waits for the page's load event. */
  goto(path: string): Promise<void>;
  reload(): Promise<void>;
  /** The value of an expression (an async one is awaited) in the page; it must be JSON. */
  evaluate<T>(expression: string): Promise<T>;
  /** Clicks the first element with `role` and accessible name `name`, waiting for it to appear. */
  click(role: Role, name: Text): Promise<void>;
  /** Types into the text field labelled `label`, key by key. */
  type(label: Text, text: string): Promise<void>;
  /** Chooses `file` in the file input labelled `label`, as a person picking it on the device would. */
  upload(label: Text, file: string): Promise<void>;
  /** Waits until the page shows `text` (a string as an element's whole text) or `timeoutMs` runs out. */
  waitForText(text: Text, timeoutMs?: number): Promise<void>;
  /** Console errors, uncaught errors and CSP violations seen since the tab opened. */
  problems(): Promise<string[]>;
  /** A PNG of the viewport, kept when a journey fails. */
  screenshot(): Promise<Buffer>;
}

export interface Engine {
  readonly name: EngineName;
  /** One browser for the whole suite: WebKitGTK and Firefox take seconds to start. */
  start(origin: string): Promise<Tab>;
  stop(): Promise<void>;
}

/** How a Text travels into the page. */
export function textArg(text: Text): { source: string; flags: string } | { exact: string } {
  return typeof text === 'string' ? { exact: text } : { source: text.source, flags: text.flags };
}

/**
 * In-page: `find(role, text)` returns the first visible element with that role and accessible
 * name (a simplified accessible-name computation: aria-label, aria-labelledby, the <label>,
 * then the text), or null. `hasText(text)` says whether the page shows the text.
 * Plain JavaScript, so that no bundler helper sneaks into what runs in the page.
 */
export const FINDER = String.raw`(() => {
  const matches = (value, text) => {
    const v = (value || '').replace(/\s+/g, ' ').trim();
    return 'exact' in text ? v === text.exact : new RegExp(text.source, text.flags).test(v);
  };
  const SELECTORS = {
    button: 'button, [role="button"], input[type="button"], input[type="submit"], summary',
    link: 'a[href], [role="link"]',
    radio: 'input[type="radio"], [role="radio"]',
    textbox: 'textarea, input:not([type]), input[type="text"], input[type="search"], input[type="email"], input[type="url"], input[type="file"], [role="textbox"]',
    heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
  };
  const nameOf = (el) => {
    const label = el.getAttribute('aria-label');
    if (label) return label;
    const by = el.getAttribute('aria-labelledby');
    if (by) return by.split(/\s+/).map((id) => document.getElementById(id)?.textContent || '').join(' ');
    if (el.labels && el.labels.length) return [...el.labels].map((l) => l.textContent).join(' ');
    if (el.matches('input[type="button"], input[type="submit"]')) return el.value;
    return el.textContent;
  };
  const shown = (el) => el.type === 'file' || el.getClientRects().length > 0;
  const find = (role, text) =>
    [...document.querySelectorAll(SELECTORS[role])].find((el) => shown(el) && matches(nameOf(el), text)) || null;
  // A RegExp is looked for in the rendered text of the page; a string must be an element's whole text.
  const hasText = (text) =>
    'exact' in text
      ? [...document.body.querySelectorAll('*')].some((el) => matches(el.textContent, text) && el.getClientRects().length > 0)
      : matches(document.body.innerText, text);
  return { find, hasText };
})()`;

/** In-page expression: whether `text` is shown. */
export const hasTextExpression = (text: Text) => `${FINDER}.hasText(${JSON.stringify(textArg(text))})`;

/** In-page expression: the element with `role` and name `name`, or null. */
export const findExpression = (role: Role, name: Text) =>
  `${FINDER}.find(${JSON.stringify(role)}, ${JSON.stringify(textArg(name))})`;

/** Polls `probe` until it gives a value that is not null/false, or fails after `timeoutMs` with `what`. */
export async function waitFor<T>(
  probe: () => Promise<T>,
  what: string,
  timeoutMs = 15_000,
): Promise<Exclude<T, null | false>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    let failure: unknown;
    try {
      const value = await probe();
      if (value !== null && value !== false) return value as Exclude<T, null | false>;
    } catch (error) {
      // A navigation in progress destroys the page's context: try again.
      failure = error;
    }
    if (Date.now() > until)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${failure ? ` (${String(failure)})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Waits until the page has stopped loading (no new resource for half a second, 5 s at most).
 * The tabs do this before they navigate: after a load the app goes on fetching the other
 * screens, and a page left in the middle of that reports each cut-off download as an error.
 */
export async function settle(evaluate: (expression: string) => Promise<unknown>): Promise<void> {
  let count = -1;
  for (let quiet = 0, round = 0; quiet < 2 && round < 20; round++) {
    const now = await evaluate(`performance.getEntriesByType('resource').length`).catch(() => count);
    quiet = now === count ? quiet + 1 : 0;
    count = now as number;
    if (quiet < 2) await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export const describeText = (text: Text) => (typeof text === 'string' ? `"${text}"` : String(text));

/**
 * In-page: collects what the page reports itself (console.error, uncaught errors, failed loads,
 * CSP violation events) in `window.__engineProblems`. For a driver without console events
 * (classic WebDriver); installed after each load, so it sees what happens from then on.
 */
export const PROBLEM_HOOK = String.raw`(() => {
  if (window.__engineProblems) return true;
  const list = (window.__engineProblems = []);
  addEventListener('error', (e) => list.push('error: ' + (e.message || (e.target && (e.target.src || e.target.href)) || 'unknown')), true);
  addEventListener('unhandledrejection', (e) => list.push('unhandled rejection: ' + String(e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => list.push('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));
  const error = console.error;
  console.error = (...args) => {
    list.push('console.error: ' + args.map(String).join(' '));
    error.apply(console, args);
  };
  return true;
})()`;
