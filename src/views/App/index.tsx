import type { ComponentType } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { LocationProvider, Route, Router } from 'preact-iso';
import { conference } from '../../state/conference';
import { strings } from '../../i18n';
import { BottomNav } from '../../ui/BottomNav';
import { DemoClockBanner } from '../../ui/DemoClockBanner';
import { UpdatePrompt } from '../../ui/UpdatePrompt';
import { useScrollMemory } from '../../ui/useScrollMemory';
import { ReminderBanner } from '../../ui/ReminderBanner';
import { startReminders } from '../../state/reminders';
import { MarksUnavailableBanner } from '../../ui/MarksUnavailableBanner';
import { ConnectionBanner } from '../../ui/ConnectionBanner';
import { ScreenBoundary } from '../../ui/ScreenBoundary';
import { startMarks } from '../../state/marks';
import { startSubscriptionFollowing } from '../../state/subscription-follow';
import { NotFoundRoute, SCREENS } from './routes';
import { HEADER_NAV, ROUTES, type RouteName } from '../../domain/paths';
import { DEFAULT_TIME_ZONE } from '../../domain/time/zone';
import { connectionState } from '../../state/storage-connection';

/** The frame of every screen: skip link, header, banners, the routed screen, bottom navigation. */
export function App({ url }: { url?: string } = {}) {
  const s = strings.value;
  const main = useRef<HTMLElement>(null);
  // Marks follow the conference on screen and other tabs for as long as the app is shown.
  useEffect(() => startMarks(), []);
  useEffect(() => startReminders(), []);
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
      <UpdatePrompt />
      <ReminderBanner />
      <ConnectionBanner />
      {connectionState.value === 'ok' && <MarksUnavailableBanner />}
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
