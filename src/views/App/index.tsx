import type { ComponentType } from 'preact';
import { useRef } from 'preact/hooks';
import { LocationProvider, Route, Router } from 'preact-iso';
import type { Conference } from '../../domain/types';
import { conference, loadState } from '../../state/conference';
import { strings } from '../../i18n';
import { BottomNav } from '../../ui/BottomNav';
import { DemoClockBanner } from '../../ui/DemoClockBanner';
import { UpdatePrompt } from '../../ui/UpdatePrompt';
import { Programme } from '../Programme';
import { SessionPage } from '../Session';
import { PeopleList } from '../People';
import { PersonPage } from '../Person';
import { PlacesList } from '../Places';
import { PlacePage } from '../Place';
import { About } from '../About';
import { MyDay } from '../MyDay';
import { Notes } from '../Notes';
import { NotFound } from '../NotFound';

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

const ProgrammeRoute = withConference(Programme);
const SessionRoute = withConference<{ guid: string }>(SessionPage);
const PeopleRoute = withConference(PeopleList);
const PersonRoute = withConference<{ id: string }>(PersonPage);
const PlacesRoute = withConference(PlacesList);
const PlaceRoute = withConference<{ id: string }>(PlacePage);
const AboutRoute = withConference(About);

/** The frame of every screen: skip link, header, banners, the routed screen, bottom navigation. */
export function App() {
  const s = strings.value;
  const main = useRef<HTMLElement>(null);
  const firstRoute = useRef(true);
  // After an in-app navigation, move focus to the new screen so screen readers announce it.
  const onRouteChange = () => {
    if (firstRoute.current) {
      firstRoute.current = false;
      return;
    }
    window.scrollTo(0, 0);
    const heading = main.current?.querySelector('h1');
    (heading instanceof HTMLElement ? heading : main.current)?.setAttribute('tabindex', '-1');
    (heading ?? main.current)?.focus();
  };
  return (
    <LocationProvider>
      <a class="skip-link" href="#main">
        {s.skipToContent}
      </a>
      <header class="app-header">
        <a class="brand" href="/">
          {s.appName}
        </a>
        <nav aria-label={s.header.about}>
          <a href="/ueber">{s.header.about}</a>
        </nav>
      </header>
      <DemoClockBanner timeZone={conference.value?.timeZone ?? 'Europe/Berlin'} />
      <UpdatePrompt />
      <main id="main" ref={main} tabIndex={-1}>
        <Router onRouteChange={onRouteChange}>
          <Route path="/" component={ProgrammeRoute} />
          <Route path="/sitzung/:guid" component={SessionRoute} />
          <Route path="/mein-tag" component={MyDay} />
          <Route path="/personen" component={PeopleRoute} />
          <Route path="/personen/:id" component={PersonRoute} />
          <Route path="/orte" component={PlacesRoute} />
          <Route path="/orte/:id" component={PlaceRoute} />
          <Route path="/notizen" component={Notes} />
          <Route path="/ueber" component={AboutRoute} />
          <Route default component={NotFound} />
        </Router>
      </main>
      <BottomNav />
    </LocationProvider>
  );
}
