import type { ComponentChildren } from 'preact';
import type { Conference, Session } from '../domain/types';
import { TimeRange } from './TimeRange';
import { Badge } from './Badge';
import { ChangeBadge } from './ChangeBadge';
import { PlaceLine } from './PlaceLine';
import { MarkButton } from './MarkButton';
import { TitleDerived } from './TitleDerived';
import { useId } from 'preact/hooks';
import { sessionPath } from '../domain/paths';

/**
 * One programme item as a card: title (link to its page), time, place, the Merken toggle.
 * - `programme`: in the day's list, with its type and people; the whole card in the item's language.
 * - `myDay`: in Mein Tag, a heading of its own level with the place linked; `children` go below the
 *   place (the clash note, which belongs to that screen's chunk), and `flagged` marks the card.
 */
export function SessionCard({
  session,
  conference,
  headingLevel = 3,
  variant = 'programme',
  flagged = false,
  children,
}: {
  session: Session;
  conference: Conference;
  headingLevel?: 2 | 3 | 4;
  variant?: 'programme' | 'myDay';
  flagged?: boolean;
  children?: ComponentChildren;
}) {
  const Heading = `h${headingLevel}` as 'h3';
  const titleId = useId();
  const inProgramme = variant === 'programme';
  const names = inProgramme ? session.people.map((p) => p.name).join(', ') : '';
  const classes = ['session-card', inProgramme ? '' : 'my-day-item', flagged ? 'has-conflict' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <article class={classes} lang={inProgramme ? session.language : undefined}>
      <Heading class="session-title" id={titleId} lang={inProgramme ? undefined : session.language}>
        <a href={sessionPath(session.guid)}>{session.title}</a>
      </Heading>
      {inProgramme && <TitleDerived session={session} />}
      <p class="session-meta">
        {inProgramme && (
          <>
            <Badge>{session.type}</Badge>{' '}
          </>
        )}
        <ChangeBadge guid={session.guid} />
        {inProgramme && ' '}
        <TimeRange
          start={session.start}
          end={session.end}
          estimated={session.timeEstimated}
          timeZone={conference.timeZone}
        />
      </p>
      <p class="session-place">
        <PlaceLine session={session} conference={conference} link={!inProgramme} />
      </p>
      {names && <p class="session-people">{names}</p>}
      {children}
      <MarkButton guid={session.guid} describedBy={titleId} compact />
    </article>
  );
}
