import { useId } from 'preact/hooks';
import type { Conference, Session } from '../domain/types';
import { cancelledMarkedSessions } from '../state/changes';
import { screenStrings } from '../i18n/screens';
import { Badge } from './Badge';
import { TimeRange } from './TimeRange';
import { MarkButton } from './MarkButton';
import { sessionPath } from '../domain/paths';

function CancelledItem({ session, conference }: { session: Session; conference: Conference }) {
  const s = screenStrings.value;
  const titleId = useId();
  return (
    <li>
      <article class="session-card my-day-item">
        <h3 class="session-title" id={titleId} lang={session.language}>
          <a href={sessionPath(session.guid)}>{session.title}</a>
        </h3>
        <p class="session-meta">
          <Badge tone="cancelled">{s.changes.cancelled}</Badge>{' '}
          <TimeRange
            start={session.start}
            end={session.end}
            estimated={session.timeEstimated}
            timeZone={conference.timeZone}
          />
        </p>
        <p class="hint">{s.changes.cancelledKept}</p>
        <MarkButton guid={session.guid} describedBy={titleId} compact />
      </article>
    </li>
  );
}

/**
 * Marked items that the last schedule update removed, as "entfällt" with their old time: the
 * mark (and any note) is kept, and the person sees it rather than losing the item silently.
 * For Mein Tag; nothing when there are none.
 */
export function CancelledMarks({ conference }: { conference: Conference }) {
  const s = screenStrings.value;
  const sessions = cancelledMarkedSessions.value;
  if (sessions.length === 0) return null;
  return (
    <section aria-labelledby="cancelled-marks">
      <h2 id="cancelled-marks">{s.changes.cancelledHeading}</h2>
      <ol class="my-day">
        {sessions.map((session) => (
          <CancelledItem key={session.guid} session={session} conference={conference} />
        ))}
      </ol>
    </section>
  );
}
