import { signal, type ReadonlySignal } from '@preact/signals';
import { readMirroredSetting } from '../store/settings';

/**
 * True while the build renders the start page to static HTML (src/prerender.tsx), and while the
 * app takes that HTML over (src/main.tsx), which must render exactly what the build rendered.
 * Controls that would lose a tap or typed text before the app takes over render disabled then.
 */
const prerenderingSignal = signal(false);
export const prerendering: ReadonlySignal<boolean> = prerenderingSignal;

export function setPrerendering(on: boolean): void {
  prerenderingSignal.value = on;
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
