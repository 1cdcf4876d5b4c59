import { signal } from '@preact/signals';
import { de, type Strings } from './de';
import type { Language } from './browser-language';

export type { Language };

/** The UI strings in force. Components read `strings.value` and re-render when it changes. */
export const strings = signal<Strings>(de);

/**
 * Switches the UI language. English loads on demand (a separate, precached chunk), so German
 * users' first screen carries no English strings. Sets <html lang> for screen readers.
 */
export async function setLanguage(language: Language): Promise<void> {
  const next = language === 'en' ? (await import('./en')).en : de;
  strings.value = next;
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

export type { Strings };
