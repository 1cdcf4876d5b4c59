import { renderToString } from 'preact-render-to-string';
import type { RawAboutFile, RawPeopleFile, RawPlacesFile, RawSchedule } from './domain/raw';
import { buildConference } from './domain/model';
import { setConference } from './state/conference';
import { holdClock } from './state/clock';
import { setPrerendering } from './state/start-page';
import { App } from './views/App';
import { setLanguage, type Language } from './i18n';

/**
 * Renders the start page (the programme of the bundled conference) in one UI language to HTML at
 * build time, so a phone paints it as soon as the page arrives instead of after script and data.
 * The app then renders over it with the same markup (src/main.tsx). Run by scripts/vite-plugins.ts
 * in Node, once per language.
 */
export async function prerenderStartPage(
  data: { schedule: RawSchedule; people: RawPeopleFile; places: RawPlacesFile; about: RawAboutFile },
  at: Date,
  language: Language,
): Promise<{ html: string; conferenceId: string; language: Language }> {
  // preact-iso's router reads location.origin even when given a URL; Node has no location.
  const global = globalThis as { location?: unknown };
  const hadLocation = 'location' in global;
  if (!hadLocation) global.location = new URL('http://localhost/');
  setPrerendering(true);
  try {
    holdClock(at);
    const conference = buildConference(data.schedule, data.people, data.places, data.about);
    setConference(conference);
    await setLanguage(language);
    return { html: renderToString(<App url="/" />), conferenceId: conference.id, language };
  } finally {
    await setLanguage('de');
    setPrerendering(false);
    if (!hadLocation) delete global.location;
  }
}
