/**
 * Every in-app URL, in one place: the router's patterns, the links that lead to them (one function
 * per screen with a parameter), the navigation's order. Pure: views, state (share links,
 * notification targets) and tests take them from here.
 */

/** Every screen's path pattern, in the order the router tries them (src/views/App). */
export const ROUTES = {
  programme: '/',
  session: '/sitzung/:guid',
  myDay: '/mein-tag',
  people: '/personen',
  person: '/personen/:id',
  places: '/orte',
  place: '/orte/:id',
  notes: '/notizen',
  note: '/notizen/:id',
  settings: '/einstellungen',
  conferences: '/konferenzen',
  about: '/ueber',
} as const;

export type RouteName = keyof typeof ROUTES;

/** The screens reached from the bottom navigation, in its order. */
export const BOTTOM_NAV = ['programme', 'myDay', 'people', 'places', 'notes'] as const satisfies readonly RouteName[];

/** The screens reached from the header, in its order. */
export const HEADER_NAV = ['conferences', 'about', 'settings'] as const satisfies readonly RouteName[];

const below = (base: string, id: string) => `${base}/${encodeURIComponent(id)}`;

export const sessionPath = (guid: string): string => below('/sitzung', guid);
export const personPath = (id: string): string => below(ROUTES.people, id);
export const placePath = (id: string): string => below(ROUTES.places, id);
export const notePath = (id: string): string => below(ROUTES.notes, id);

/** True when `path` is the screen `href` or a page below it ("/personen/x" belongs to "Personen"; a session to "Programm"). */
export function isWithin(path: string, href: string): boolean {
  if (href === ROUTES.programme) return path === href || path.startsWith('/sitzung/');
  return path === href || path.startsWith(`${href}/`);
}
