import type { Conference, Session } from '../../domain/types';
import { nowAndNext } from '../../domain/schedule';
import { formatClock, formatLongDate } from '../../domain/time/format';
import { now } from '../../state/clock';
import { strings } from '../../i18n';
import { TimeRange } from '../../ui/TimeRange';
import { Badge } from '../../ui/Badge';
import { markedGuids } from '../../state/marks';
import { sessionPath } from '../../domain/paths';

function SessionLinks({ sessions, conference }: { sessions: Session[]; conference: Conference }) {
  const marked = markedGuids.value;
  return (
    <ul class="now-next-list">
      {sessions.map((s) => (
        <li key={s.guid}>
          <a href={sessionPath(s.guid)}>{s.title}</a>{' '}
          <TimeRange start={s.start} end={s.end} estimated={s.timeEstimated} timeZone={conference.timeZone} />
          {marked.has(s.guid) && (
            <>
              {' '}
              <Badge tone="info">{strings.value.marks.marked}</Badge>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The start screen's summary: what runs now and what comes next, by the app's clock, marked items first. */
export function NowNext({ conference }: { conference: Conference }) {
  const s = strings.value;
  const { phase, current, next } = nowAndNext(conference, now.value, markedGuids.value);
  return (
    <section class="now-next" aria-labelledby="now-next-heading">
      <h2 id="now-next-heading">{s.nowAndNext}</h2>
      {phase === 'before' && (
        <p>
          {s.dayNotStarted(
            `${formatLongDate(conference.start, s.locale, conference.timeZone)}, ${formatClock(conference.start, conference.timeZone)}`,
          )}
        </p>
      )}
      {phase === 'after' && <p>{s.dayOver}</p>}
      {phase === 'during' && (
        <>
          <h3>{s.now}</h3>
          {current.length ? <SessionLinks sessions={current} conference={conference} /> : <p>{s.nothingNow}</p>}
        </>
      )}
      {phase !== 'after' && next.length > 0 && (
        <>
          <h3>{s.next}</h3>
          <SessionLinks sessions={next} conference={conference} />
        </>
      )}
    </section>
  );
}
