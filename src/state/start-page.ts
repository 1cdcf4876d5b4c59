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
 * Whether the start page rendered at build time (the programme of `conferenceId`) may stay on
 * screen until the app renders over it: only if it is the conference the app will show, or the
 * swap would replace the whole page under the person's thumb. A page in the other UI language
 * fits: the programme is the same, only the interface text differs (src/main.tsx).
 */
export function prerenderFits(conferenceId: string): boolean {
  const active = readMirroredSetting('activeConference');
  return typeof active !== 'string' || active === conferenceId;
}
