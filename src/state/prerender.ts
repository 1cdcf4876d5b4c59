import { readMirroredSetting } from '../store/settings';

/**
 * True only while the build renders the start page to static HTML (src/prerender.tsx).
 * Controls that would lose a tap or typed text before the app takes over render disabled then.
 */
export let prerendering = false;

export function setPrerendering(on: boolean): void {
  prerendering = on;
}

/**
 * Whether the start page rendered at build time (for `conferenceId` in `lang`) may stay on screen
 * until the app renders over it: only if it shows what the app will show, or the swap would move
 * the whole page under the person's thumb.
 */
export function prerenderFits(conferenceId: string, lang: string | undefined, currentLanguage: string): boolean {
  const active = readMirroredSetting('activeConference');
  return (typeof active !== 'string' || active === conferenceId) && lang === currentLanguage;
}
