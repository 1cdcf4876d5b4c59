import { useEffect } from 'preact/hooks';
import type { Conference } from '../../domain/types';
import { parallelGroups } from '../../domain/schedule';
import { formatLongDate } from '../../domain/format';
import { now } from '../../state/clock';
import { strings } from '../../i18n';
import { TimeRange } from '../../ui/TimeRange';
import { Badge } from '../../ui/Badge';
import { SessionCard } from '../../ui/SessionCard';
import { NowNext } from './NowNext';

const PROGRAMME_RENDERED = 'programme-rendered';

/** The day in order; items that run at the same time are grouped and marked as parallel. */
export function Programme({ conference }: { conference: Conference }) {
  const s = strings.value;
  const t = now.value.getTime();
  const groups = parallelGroups(conference.sessions);
  const anyEstimated = conference.sessions.some((x) => x.timeEstimated);
  // A user-timing mark for the benchmark's "programme on screen" figure (see scripts/bench.mjs).
  useEffect(() => {
    if (performance.getEntriesByName(PROGRAMME_RENDERED).length === 0) performance.mark(PROGRAMME_RENDERED);
  }, []);
  return (
    <>
      <h1>{s.programme.title}</h1>
      <p class="lead">
        {conference.title} · {formatLongDate(conference.start, s.locale, conference.timeZone)}
      </p>
      <NowNext conference={conference} />
      {anyEstimated && <p class="note">{s.programme.estimatedNote}</p>}
      <ol class="timeline">
        {groups.map((group) => {
          const running = group.start.getTime() <= t && t < group.end.getTime();
          const estimated = group.sessions.some((x) => x.timeEstimated);
          const parallel = group.sessions.length > 1;
          return (
            <li key={group.sessions[0]!.guid} class={running ? 'slot slot-now' : 'slot'} aria-current={running ? 'time' : undefined}>
              <h2 class="slot-heading">
                <TimeRange start={group.start} end={group.end} estimated={estimated} timeZone={conference.timeZone} />
                {running && <Badge tone="now">{s.now}</Badge>}
                {parallel && <Badge tone="info">{s.parallel(group.sessions.length)}</Badge>}
              </h2>
              <ul class={parallel ? 'slot-sessions parallel' : 'slot-sessions'}>
                {group.sessions.map((session) => (
                  <li key={session.guid}>
                    <SessionCard session={session} conference={conference} />
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </>
  );
}
