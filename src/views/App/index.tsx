import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { LocationProvider, Route, Router } from 'preact-iso';
import { conference } from '../../state/conference';
import { strings } from '../../i18n';
import { BottomNav } from '../../ui/BottomNav';
import { DemoClockBanner } from '../../ui/DemoClockBanner';
import { useScrollMemory } from '../../ui/useScrollMemory';
import { ScreenBoundary } from '../../ui/ScreenBoundary';
import { startMarks } from '../../state/marks';
import { startSubscriptionFollowing } from '../../state/subscription-follow';
import { NotFoundRoute, SCREENS } from './routes';
import { HEADER_NAV, ROUTES, type RouteName } from '../../domain/paths';
import { DEFAULT_TIME_ZONE } from '../../domain/time/zone';
import { whenIdle } from '../../state/yield';

/**
 * ./LateBanners.tsx, from the idle chunk (src/idle.ts) once the first screen is usable. A failed
 * load (a network gone before the first visit's precache finished) is tried again a little later.
 */
function useLateBanners(): ComponentType | null {
  const [late, setLate] = useState<ComponentType | null>(null);
  useEffect(() => {
    let live = true;
    const load = (retries: number) =>
      whenIdle(() => {
        import('../../idle').then(
          (module) => live && setLate(() => module.LateBanners),
          () => live && retries > 0 && setTimeout(() => load(retries - 1), 5_000),
        );
      });
    load(10);
    return () => {
      live = false;
    };
  }, []);
  return late;
}

/** The frame of every screen: skip link, header, banners, the routed screen, bottom navigation. */
export function App({ url }: { url?: string } = {}) {
  const s = strings.value;
  const main = useRef<HTMLElement>(null);
  // Marks follow the conference on screen and other tabs for as long as the app is shown.
  useEffect(() => startMarks(), []);
  const Late = useLateBanners();
  useEffect(() => startSubscriptionFollowing(), []);
  // New screens start at the top with focus on their heading; back returns to where one was.
  const onRouteChange = useScrollMemory(main);
  return (
    // `url` is for the build-time render of the start page; in the browser the location decides.
    <LocationProvider {...(url ? { url } : {})}>
      <a class="skip-link" href="#main">
        {s.skipToContent}
      </a>
      <header class="app-header">
        <a class="brand" href={ROUTES.programme}>
          {s.appName}
        </a>
        <nav aria-label={s.header.label}>
          {HEADER_NAV.map((name) => (
            <a key={name} href={ROUTES[name]}>
              {s.header[name]}
            </a>
          ))}
        </nav>
      </header>
      <DemoClockBanner timeZone={conference.value?.timeZone ?? DEFAULT_TIME_ZONE} />
      {Late && <Late />}
      <main id="main" ref={main} tabIndex={-1}>
        <ScreenBoundary>
          <Router onRouteChange={onRouteChange}>
            {(Object.keys(ROUTES) as RouteName[]).map((name) => (
              // The router hands each screen the parameters its pattern names (`:guid`, `:id`).
              <Route key={name} path={ROUTES[name]} component={SCREENS[name] as ComponentType} />
            ))}
            <Route default component={NotFoundRoute} />
          </Router>
        </ScreenBoundary>
      </main>
      <BottomNav />
    </LocationProvider>
  );
}
