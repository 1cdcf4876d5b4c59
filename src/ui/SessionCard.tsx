import type { Conference, Session } from '../domain/types';
import { TimeRange } from './TimeRange';
import { Badge } from './Badge';
import { PlaceLine } from './PlaceLine';

/** One programme item in a list: title (link to its page), type, time, place, people. */
export function SessionCard({ session, conference, headingLevel = 3 }: { session: Session; conference: Conference; headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as 'h3';
  const names = session.people.map((p) => p.name).join(', ');
  return (
    <article class="session-card" lang={session.language}>
      <Heading class="session-title">
        <a href={`/sitzung/${encodeURIComponent(session.guid)}`}>{session.title}</a>
      </Heading>
      <p class="session-meta">
        <Badge>{session.type}</Badge>{' '}
        <TimeRange start={session.start} end={session.end} estimated={session.timeEstimated} timeZone={conference.timeZone} />
      </p>
      <p class="session-place">
        <PlaceLine session={session} conference={conference} />
      </p>
      {names && <p class="session-people">{names}</p>}
    </article>
  );
}
