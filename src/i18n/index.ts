import { batch, signal, type ReadonlySignal } from '@preact/signals';
import { de, type CoreStrings } from './de';
import type { ScreenStrings } from './de-screens';
import type { Language } from './browser-language';

export type { CoreStrings, Language, ScreenStrings };
/** Every UI string: the first screen's and the other screens' (./screens.ts). */
export type Strings = CoreStrings & ScreenStrings;

/**
 * The first screen's UI strings in force. Components read `strings.value` and re-render when it
 * changes. The other screens read every string from ./screens.ts, which only they import, so the
 * first download carries only the first screen's strings.
 */
const stringsSignal = signal<CoreStrings>(de);
export const strings: ReadonlySignal<CoreStrings> = stringsSignal;

let current: Language = 'de';

/** Set by ./screens.ts once a screen that needs it has loaded. */
let screens:
  | { load(language: Language): Promise<ScreenStrings>; apply(strings: ScreenStrings, language: Language): void }
  | undefined;

export function registerScreenStrings(registration: NonNullable<typeof screens>): void {
  screens = registration;
}

/** The UI language in force (or being switched to). */
export function currentLanguage(): Language {
  return current;
}

/**
 * Switches the UI language. English loads on demand (separate, precached chunks), so German
 * users' first screen carries no English strings; the other screens' strings switch in the same
 * render, once both are there. Sets <html lang> for screen readers.
 */
export async function setLanguage(language: Language): Promise<void> {
  current = language;
  const [core, more] = await Promise.all([
    language === 'en' ? import('./en').then((m) => m.en) : de,
    screens?.load(language),
  ]);
  // A later switch wins over this one if it was quicker.
  if (current !== language) return;
  batch(() => {
    stringsSignal.value = core;
    if (more) screens?.apply(more, language);
  });
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
