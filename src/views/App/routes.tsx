import type { ComponentType } from 'preact';
import { lazy } from 'preact-iso';
import type { Conference } from '../../domain/types';
import type { RouteName } from '../../domain/paths';
import { conference, loadState } from '../../state/conference';
import { strings } from '../../i18n';
import { storedPreferencesLoaded } from '../../state/preferences';
import { Programme } from '../Programme';

/** Renders `View` once the conference is loaded; until then a status line says why nothing shows. */
function withConference<P extends object>(View: ComponentType<P & { conference: Conference }>) {
  return function WithConference(props: P) {
    const conf = conference.value;
    if (conf) return <View {...props} conference={conf} />;
    const s = strings.value;
    return (
      <p role="status" class="loading">
        {loadState.value === 'error' ? s.loadFailed : s.loading}
      </p>
    );
  };
}

const screens: { preload: () => Promise<unknown> }[] = [];

/**
 * A screen loaded on first use, with the strings of the screens beyond the programme (which the
 * first download does not carry); remembered so `preloadScreens` can fetch them all ahead of time.
 */
function screen<P>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const stringsReady = () => import('../../i18n/screens').then((m) => m.screenStringsReady());
  const component = lazy(() => Promise.all([load(), stringsReady()]).then(([view]) => view));
  screens.push(component);
  return component;
}

/** Loads every lazily loaded screen, so the next tap shows it at once (and tests render synchronously). */
export function preloadScreens(): Promise<unknown> {
  return Promise.all(screens.map((s) => s.preload()));
}

// The start screen is in the first download; every other screen is a chunk of its own, loaded
// when first opened (and precached by the service worker, so it opens offline too).
export const ProgrammeRoute = withConference(Programme);
// Resolves the guid across conferences and shows removed items as "entfällt" (./SessionResolver.tsx).
export const SessionRoute = withConference<{ guid: string }>(
  screen(() => import('./SessionResolver').then((m) => m.SessionResolver)),
);
export const PeopleRoute = withConference(screen(() => import('../People').then((m) => m.PeopleList)));
export const PersonRoute = withConference<{ id: string }>(screen(() => import('../Person').then((m) => m.PersonPage)));
export const PlacesRoute = withConference(screen(() => import('../Places').then((m) => m.PlacesList)));
export const PlaceRoute = withConference<{ id: string }>(screen(() => import('../Place').then((m) => m.PlacePage)));
export const AboutRoute = withConference(screen(() => import('../About').then((m) => m.About)));
export const MyDayRoute = withConference(screen(() => import('../MyDay').then((m) => m.MyDay)));
export const NotesRoute = withConference(screen(() => import('../Notes').then((m) => m.Notes)));
export const NoteRoute = withConference<{ id: string }>(
  screen(() => import('../Notes/NotePage').then((m) => m.NotePage)),
);
// Shows the stored choices, never the defaults before them (src/state/preferences.ts).
export const SettingsRoute = withConference(
  screen(() => Promise.all([import('../Settings'), storedPreferencesLoaded()]).then(([m]) => m.Settings)),
);
export const ConferencesRoute = screen(() => import('../Conferences').then((m) => m.Conferences));
export const NotFoundRoute = screen(() => import('../NotFound').then((m) => m.NotFoundPage));

/** The component of every route in src/domain/paths.ts: a new route cannot be left without a screen. */
export const SCREENS = {
  programme: ProgrammeRoute,
  session: SessionRoute,
  myDay: MyDayRoute,
  people: PeopleRoute,
  person: PersonRoute,
  places: PlacesRoute,
  place: PlaceRoute,
  notes: NotesRoute,
  note: NoteRoute,
  settings: SettingsRoute,
  conferences: ConferencesRoute,
  about: AboutRoute,
} satisfies Record<RouteName, unknown>;
