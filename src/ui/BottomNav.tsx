import { useLocation } from 'preact-iso';
import { strings } from '../i18n';
import { BOTTOM_NAV, ROUTES, isWithin } from '../domain/paths';
import { NavIcon } from './NavIcon';

/** The thumb-reach navigation: five links whose names are the screens' names. */
export function BottomNav() {
  const s = strings.value;
  const { path } = useLocation();
  return (
    <nav class="bottom-nav" aria-label={s.nav.label}>
      <ul>
        {BOTTOM_NAV.map((key) => (
          <li key={key}>
            <a href={ROUTES[key]} aria-current={isWithin(path, ROUTES[key]) ? 'page' : undefined}>
              <NavIcon name={key} />
              <span>{s.nav[key]}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
