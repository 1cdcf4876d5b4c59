import type { BOTTOM_NAV } from '../domain/paths';

export type NavIconName = (typeof BOTTOM_NAV)[number];

/** 24×24 stroke paths, drawn for this app. */
const PATHS: Record<NavIconName, string> = {
  programme: 'M4 5h16M4 10h16M4 15h10M4 20h7',
  myDay: 'M6 3v3M18 3v3M3 8h18M5 5h14v16H5zM8 14l3 3 5-6',
  people: 'M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM2 21c0-4 3-6 7-6s7 2 7 6M17 3a4 4 0 0 1 0 8M22 21c0-3-1.5-5-4-5.7',
  places: 'M12 21s-7-6.5-7-12a7 7 0 0 1 14 0c0 5.5-7 12-7 12zM12 11.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z',
  notes: 'M5 3h10l4 4v14H5zM14 3v5h5M8 12h8M8 16h8',
};

/** Decorative: the link's text names it. */
export function NavIcon({ name }: { name: NavIconName }) {
  return (
    <svg class="nav-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <path
        d={PATHS[name]}
        fill="none"
        stroke="currentColor"
        stroke-width="2"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}
