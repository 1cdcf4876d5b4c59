import { computed, signal } from '@preact/signals';
import { deScreens, type ScreenStrings } from './de-screens';
import {
  currentLanguage,
  registerScreenStrings,
  strings as firstScreenStrings,
  type Language,
  type Strings,
} from './index';

const load = async (language: Language): Promise<ScreenStrings> =>
  language === 'en' ? (await import('./en-screens')).enScreens : deScreens;

const screensOnly = signal<ScreenStrings>(deScreens);
let loadedLanguage: Language = 'de';

registerScreenStrings({
  load,
  apply(next, language) {
    screensOnly.value = next;
    loadedLanguage = language;
  },
});

/**
 * Every UI string in force, for the screens other than the programme: only they import this
 * module, which brings their strings (German here, English on demand). The route that shows one
 * waits for `screenStringsReady` first (src/views/App/routes.tsx).
 */
export const screenStrings = computed<Strings>(() => ({ ...firstScreenStrings.value, ...screensOnly.value }));

/** Resolves once the screens' strings are those of the language in force. */
export async function screenStringsReady(): Promise<void> {
  const language = currentLanguage();
  if (loadedLanguage === language) return;
  const next = await load(language);
  if (currentLanguage() === language) {
    screensOnly.value = next;
    loadedLanguage = language;
  }
}
export type { Strings };
