import { useEffect } from 'preact/hooks';
import type { Conference } from '../../domain/types';
import { formatLongDate } from '../../domain/time/format';
import { programmeDay, programmeNarrowed, programmeSessions } from '../../state/programme-view';
import { scheduleChanges } from '../../state/changes';
import { strings } from '../../i18n';
import { MarkedChanges } from '../../ui/MarkedChanges';
import { NowNext } from './NowNext';
import { DaySwitcher, ProgrammeFilters } from './ProgrammeControls';
import { Timeline } from './Timeline';

const PROGRAMME_RENDERED = 'programme-rendered';

/** The list under the controls: the only part that changes while the person types a search. */
function ProgrammeList({ conference }: { conference: Conference }) {
  const s = strings.value;
  const sessions = programmeSessions.value;
  const narrowed = programmeNarrowed.value;
  return (
    <>
      <p class="results" role="status">
        {narrowed ? s.programme.results(sessions.length) : ''}
      </p>
      {sessions.length === 0 ? (
        <p class="empty-results">{s.programme.noResults}</p>
      ) : (
        <Timeline
          sessions={sessions}
          conference={conference}
          showDay={conference.days.length > 1 && programmeDay.value === 'all'}
        />
      )}
    </>
  );
}

/**
 * The programme in order; items that run at the same time are grouped and marked as parallel.
 * A multi-day conference gets a day switcher; search and filters narrow it; long lists are
 * windowed (./Timeline.tsx).
 */
export function Programme({ conference }: { conference: Conference }) {
  const s = strings.value;
  const multiDay = conference.days.length > 1;
  const anyEstimated = conference.sessions.some((x) => x.timeEstimated);
  const cancelled = scheduleChanges.value.cancelled.length;
  const lastDay = conference.days.at(-1)?.start ?? conference.end;
  // A user-timing mark for the benchmark's "programme on screen" figure (see scripts/bench.mjs).
  useEffect(() => {
    if (performance.getEntriesByName(PROGRAMME_RENDERED).length === 0) performance.mark(PROGRAMME_RENDERED);
  }, []);
  // A cancelled item the person wrote a note on stays listed: that needs the notes loaded (their
  // code is not in the first download; it comes with the other screens).
  useEffect(() => {
    if (cancelled > 0) void import('../../state/notes').then((m) => m.ensureNotes(conference.id));
  }, [conference.id, cancelled]);
  return (
    <>
      <h1>{s.programme.title}</h1>
      <p class="lead">
        {conference.title} · {formatLongDate(conference.start, s.locale, conference.timeZone)}
        {multiDay && <> – {formatLongDate(lastDay, s.locale, conference.timeZone)}</>}
      </p>
      <NowNext conference={conference} />
      <MarkedChanges />
      {anyEstimated && <p class="note">{s.programme.estimatedNote}</p>}
      <DaySwitcher conference={conference} />
      <ProgrammeFilters conference={conference} />
      <ProgrammeList conference={conference} />
    </>
  );
}
