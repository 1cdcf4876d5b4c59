import { useLocation } from 'preact-iso';
import { strings } from '../i18n';
import { NavIcon, type NavIconName } from './NavIcon';

const ITEMS: { href: string; key: NavIconName }[] = [
  { href: '/', key: 'programme' },
  { href: '/mein-tag', key: 'myDay' },
  { href: '/personen', key: 'people' },
  { href: '/orte', key: 'places' },
  { href: '/notizen', key: 'notes' },
];

/** True when `path` is `href` or a page below it ("/personen/x" belongs to "Personen"). */
function isCurrent(path: string, href: string): boolean {
  if (href === '/') return path === '/' || path.startsWith('/sitzung/');
  return path === href || path.startsWith(`${href}/`);
}

/** The thumb-reach navigation: five links whose names are the screens' names. */
export function BottomNav() {
  const s = strings.value;
  const { path } = useLocation();
  return (
    <nav class="bottom-nav" aria-label={s.nav.label}>
      <ul>
        {ITEMS.map(({ href, key }) => (
          <li key={href}>
            <a href={href} aria-current={isCurrent(path, href) ? 'page' : undefined}>
              <NavIcon name={key} />
              <span>{s.nav[key]}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
