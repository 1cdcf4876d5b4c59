import { buildConference } from '../domain/model';
import { readMirroredSetting, readSetting } from '../store/settings';
import {
  ACTIVE_CONFERENCE_SETTING,
  bundled as fetchBundled,
  conference,
  setConference,
  setConferenceFailed,
} from './conference';

/**
 * The start: which conference goes on screen first (the setting `activeConference`; the bundled
 * Iserlohn day unless another was chosen). Showing a stored conference, switching, change
 * tracking and following other tabs are in ./conference-show.ts: loaded here only when another
 * conference was on screen last, else at idle (src/idle.ts starts the following).
 */

/** The switch, loaded on demand (it is not part of the first download). */
const loadShow = () => import('./conference-show');

/**
 * Shows the conference the person chose last (the bundled one at first). Resolves once a
 * conference is on screen. The bundled path stays as fast as before: its data is built in one go.
 */
export async function startConferences(): Promise<void> {
  const bundledPromise = fetchBundled().catch((error: unknown) => {
    console.error(error);
    return null;
  });
  // Asked at once: it also opens the database early, which the marks and notes of the first
  // screen need next. Awaited only when the mirror below says it matters.
  const storedActive = readSetting(ACTIVE_CONFERENCE_SETTING).catch(() => undefined);
  // The synchronous mirror says whether the database must be waited for (another conference
  // was on screen last); the bundled one, the usual case, starts without waiting for it.
  const hint = readMirroredSetting(ACTIVE_CONFERENCE_SETTING);
  const bundled = await bundledPromise;
  const home = bundled?.id;
  const active = (typeof hint === 'string' && hint !== home) || !bundled ? await storedActive : undefined;
  let ok = false;
  if (typeof active === 'string' && active !== home)
    ok = await loadShow()
      .then(({ show }) => show(active, bundled))
      .catch(() => false);
  if (!ok && bundled) {
    const { schedule, people, places, about } = bundled.files;
    setConference(buildConference(schedule, people, places, about));
    ok = true;
  }
  if (!ok) setConferenceFailed();
  if (typeof active !== 'string') {
    // No mirror (cleared, or a restored backup): the database has the last word.
    void storedActive.then((stored) => {
      if (typeof stored === 'string' && stored !== home && conference.value?.id === home)
        void loadShow().then(({ show }) => show(stored, bundled));
    });
  }
}
