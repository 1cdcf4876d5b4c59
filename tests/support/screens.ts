import { ROUTES, personPath, placePath, type RouteName } from '../../src/domain/paths';

/**
 * Every screen of the bundled conference with the heading it shows (German UI): one entry per
 * route in src/domain/paths.ts, the pages with a parameter at an example. A new route fails the
 * type check here until it is listed, and with it the offline, accessibility and layout tests.
 */
const EXAMPLES: Record<Exclude<RouteName, 'session' | 'note'>, [path: string, heading: string]> = {
  programme: [ROUTES.programme, 'Programm'],
  myDay: [ROUTES.myDay, 'Mein Tag'],
  people: [ROUTES.people, 'Personen'],
  person: [personPath('dagmar-lehmann'), 'Dr. Dagmar Lehmann'],
  places: [ROUTES.places, 'Orte'],
  place: [placePath('parktheater'), 'Parktheater Iserlohn'],
  notes: [ROUTES.notes, 'Notizen'],
  settings: [ROUTES.settings, 'Einstellungen'],
  conferences: [ROUTES.conferences, 'Konferenzen'],
  about: [ROUTES.about, 'Über diese App'],
};

/** [path, h1] of every screen; a session and a note page have no fixed path (tests take one from a link). */
export const SCREENS_WITH_HEADINGS: [path: string, heading: string][] = Object.values(EXAMPLES);

export const SCREENS: string[] = SCREENS_WITH_HEADINGS.map(([path]) => path);
