import type { Conference, Session } from '../domain/types';
import { TimeRange } from './TimeRange';
import { Badge } from './Badge';
import { ChangeBadge } from './ChangeBadge';
import { PlaceLine } from './PlaceLine';
import { MarkButton } from './MarkButton';
import { TitleDerived } from './TitleDerived';
import { useId } from 'preact/hooks';

/** One programme item in a list: title (link to its page), type, time, place, people, the Merken toggle. */
export function SessionCard({ session, conference, headingLevel = 3 }: { session: Session; conference: Conference; headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as 'h3';
  const names = session.people.map((p) => p.name).join(', ');
  const titleId = useId();
  return (
    <article class="session-card" lang={session.language}>
      <Heading class="session-title" id={titleId}>
        <a href={`/sitzung/${encodeURIComponent(session.guid)}`}>{session.title}</a>
      </Heading>
      <TitleDerived session={session} />
      <p class="session-meta">
        <Badge>{session.type}</Badge> <ChangeBadge guid={session.guid} />{' '}
        <TimeRange start={session.start} end={session.end} estimated={session.timeEstimated} timeZone={conference.timeZone} />
      </p>
      <p class="session-place">
        <PlaceLine session={session} conference={conference} />
      </p>
      {names && <p class="session-people">{names}</p>}
      <MarkButton guid={session.guid} describedBy={titleId} compact />
    </article>
  );
}
