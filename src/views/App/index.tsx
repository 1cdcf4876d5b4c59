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
import { connectionState } from '../../state/storage-connection';
import {
  AboutRoute,
  ConferencesRoute,
  MyDayRoute,
  NoteRoute,
  NotesRoute,
  NotFoundRoute,
  PeopleRoute,
  PersonRoute,
  PlaceRoute,
  PlacesRoute,
  ProgrammeRoute,
  SessionRoute,
  SettingsRoute,
} from './routes';

/** The frame of every screen: skip link, header, banners, the routed screen, bottom navigation. */
export function App({ url }: { url?: string } = {}) {
  const s = strings.value;
  const main = useRef<HTMLElement>(null);
  // Marks follow the conference on screen and other tabs for as long as the app is shown.
  useEffect(() => startMarks(), []);
  useEffect(() => startReminders(), []);
  // New screens start at the top with focus on their heading; back returns to where one was.
  const onRouteChange = useScrollMemory(main);
  return (
    // `url` is for the build-time render of the start page; in the browser the location decides.
    <LocationProvider {...(url ? { url } : {})}>
      <a class="skip-link" href="#main">
        {s.skipToContent}
      </a>
      <header class="app-header">
        <a class="brand" href="/">
          {s.appName}
        </a>
        <nav aria-label={s.header.label}>
          <a href="/konferenzen">{s.header.conferences}</a>
          <a href="/ueber">{s.header.about}</a>
          <a href="/einstellungen">{s.header.settings}</a>
        </nav>
      </header>
      <DemoClockBanner timeZone={conference.value?.timeZone ?? 'Europe/Berlin'} />
      <UpdatePrompt />
      <ReminderBanner />
      <ConnectionBanner />
      {connectionState.value === 'ok' && <MarksUnavailableBanner />}
      <main id="main" ref={main} tabIndex={-1}>
        <ScreenBoundary>
        <Router onRouteChange={onRouteChange}>
          <Route path="/" component={ProgrammeRoute} />
          <Route path="/sitzung/:guid" component={SessionRoute} />
          <Route path="/mein-tag" component={MyDayRoute} />
          <Route path="/personen" component={PeopleRoute} />
          <Route path="/personen/:id" component={PersonRoute} />
          <Route path="/orte" component={PlacesRoute} />
          <Route path="/orte/:id" component={PlaceRoute} />
          <Route path="/notizen" component={NotesRoute} />
          <Route path="/notizen/:id" component={NoteRoute} />
          <Route path="/einstellungen" component={SettingsRoute} />
          <Route path="/konferenzen" component={ConferencesRoute} />
          <Route path="/ueber" component={AboutRoute} />
          <Route default component={NotFoundRoute} />
        </Router>
        </ScreenBoundary>
      </main>
      <BottomNav />
    </LocationProvider>
  );
}
