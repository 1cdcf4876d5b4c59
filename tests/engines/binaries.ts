import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

/**
 * Where the Firefox and WebKit runs find their browsers: Debian's packages, or a path set in the
 * environment. Nothing here downloads a browser or a driver.
 */
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const WEBKIT_WEBDRIVER = process.env.WEBKIT_WEBDRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
/** WebKitGTK's test browser; Debian ships it in libwebkit2gtk-4.1-0, which webkit2gtk-driver pulls in. */
export const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const XVFB = process.env.XVFB_PATH ?? '/usr/bin/Xvfb';
/** WebKitGTK takes the page's languages (navigator.languages, Accept-Language) from the C locale. */
export const GERMAN_LOCALE = 'de_DE.UTF-8';

const executable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** True when the C library has the German locale (`locale -a` lists generated locales). */
function hasGermanLocale(): boolean {
  try {
    return /^de_DE\.utf-?8$/im.test(execFileSync('locale', ['-a'], { encoding: 'utf8' }));
  } catch {
    return false;
  }
}

/** What is missing for the Firefox and WebKit runs, each with how to install it; empty when all is there. */
export function missingForOtherEngines(): string[] {
  const missing: string[] = [];
  if (!executable(FIREFOX))
    missing.push(`Firefox ESR at ${FIREFOX} (Debian: apt-get install firefox-esr; elsewhere set FIREFOX_PATH)`);
  if (!executable(WEBKIT_WEBDRIVER))
    missing.push(
      `WebKitWebDriver at ${WEBKIT_WEBDRIVER} (Debian: apt-get install webkit2gtk-driver; elsewhere set WEBKIT_WEBDRIVER_PATH)`,
    );
  if (!executable(MINIBROWSER))
    missing.push(
      `WebKitGTK's MiniBrowser at ${MINIBROWSER} (Debian: apt-get install webkit2gtk-driver; elsewhere set MINIBROWSER_PATH)`,
    );
  if (!executable(XVFB)) missing.push(`Xvfb at ${XVFB}, the display WebKitGTK needs (Debian: apt-get install xvfb)`);
  if (!hasGermanLocale())
    missing.push(
      `the ${GERMAN_LOCALE} locale, WebKitGTK's browser language (Debian: apt-get install locales, uncomment de_DE.UTF-8 in /etc/locale.gen, run locale-gen)`,
    );
  return missing;
}
