import type { Session } from '../../domain/types';
import { formatClock, toLocalIso } from '../../domain/time/format';
import { screenStrings } from '../../i18n/screens';

interface Times {
  from: string;
  to: string;
  startIso: string;
  endIso: string;
  people: string;
}

/**
 * Formatted times per session and zone: a list of 500 notes names the same dozen sessions
 * again and again, and formatting a time in a zone is the costly part of each row.
 */
const cache = new WeakMap<Session, Map<string, Times>>();

function timesOf(session: Session, timeZone: string): Times {
  let byZone = cache.get(session);
  if (!byZone) cache.set(session, (byZone = new Map()));
  let times = byZone.get(timeZone);
  if (!times) {
    times = {
      from: formatClock(session.start, timeZone),
      to: formatClock(session.end, timeZone),
      startIso: toLocalIso(session.start, timeZone),
      endIso: toLocalIso(session.end, timeZone),
      people: session.people.map((p) => p.name).join(', '),
    };
    byZone.set(timeZone, times);
  }
  return times;
}

/** "ca. 11:15–13:00 · people" of a note's session, as TimeRange shows it (same markup). */
export function SessionLine({ session, timeZone }: { session: Session; timeZone: string }) {
  const s = screenStrings.value;
  const t = timesOf(session, timeZone);
  return (
    <p class="session-meta">
      <span class="time-range" title={session.timeEstimated ? s.estimatedTime : undefined}>
        {session.timeEstimated && <abbr title={s.estimatedTime}>{s.approx}</abbr>}
        {session.timeEstimated && ' '}
        <time dateTime={t.startIso}>{t.from}</time>–<time dateTime={t.endIso}>{t.to}</time>
      </span>
      {t.people && <span class="session-people"> · {t.people}</span>}
    </p>
  );
}
