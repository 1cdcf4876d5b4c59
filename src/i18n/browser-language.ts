/** The UI languages the app has. */
export type Language = 'de' | 'en';

/**
 * The UI language for a browser's preferred languages, most preferred first: German when the
 * first one is German, English otherwise (the app has no third language). The app (default
 * choice), the service worker (which start page to serve offline) and scripts/serve.mjs (which
 * start page to send) must agree, or an English browser would see the German page and then
 * the swap.
 */
export function languageFor(preferred: readonly string[]): Language {
  const first = preferred.find((tag) => tag.trim() !== '' && tag.trim() !== '*');
  return first === undefined || first.trim().toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** The start page prerendered in each language (scripts/vite-plugins.ts writes both). */
export const START_PAGE: Record<Language, string> = { de: 'index.html', en: 'index.en.html' };
