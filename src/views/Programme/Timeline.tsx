import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { Conference, Session } from '../../domain/types';
import { parallelGroups, type TimeGroup } from '../../domain/schedule';
import { now } from '../../state/clock';
import { strings } from '../../i18n';
import { SessionCard } from '../../ui/SessionCard';
import { SlotHeading, isRunning } from './SlotHeading';

/**
 * The programme list: time slots in order, items that run at the same time grouped and marked
 * "N parallel". Short lists are drawn whole (the Iserlohn day: every item in the page, for find
 * in page and screen readers); long ones are windowed (./WindowedTimeline.tsx, loaded only then),
 * so 10,000 items scroll smoothly.
 */

/** Above this many items only the rows near the screen are drawn. */
export const WINDOW_FROM_ITEMS = 150;

type TimelineProps = { groups: TimeGroup[]; conference: Conference; showDay: boolean };

function WholeTimeline({ groups, conference, showDay }: TimelineProps) {
  const t = now.value.getTime();
  return (
    <ol class="timeline">
      {groups.map((group) => {
        const running = isRunning(group, t);
        const parallel = group.sessions.length > 1;
        return (
          <li
            key={group.sessions[0]!.guid}
            class={running ? 'slot slot-now' : 'slot'}
            aria-current={running ? 'time' : undefined}
          >
            <SlotHeading group={group} conference={conference} showDay={showDay} />
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
  );
}

let windowedModule: Promise<ComponentType<TimelineProps>> | undefined;
/** Set once loaded, so later long lists draw at once instead of flashing "loading". */
let windowedLoaded: ComponentType<TimelineProps> | null = null;
const loadWindowed = () =>
  (windowedModule ??= import('./WindowedTimeline').then((m) => (windowedLoaded = m.WindowedTimeline)));

/** The sessions as a timeline, windowed when long; `showDay` labels slots when several days are listed. */
export function Timeline({
  sessions,
  conference,
  showDay,
}: {
  sessions: readonly Session[];
  conference: Conference;
  showDay: boolean;
}) {
  const groups = useMemo(() => parallelGroups(sessions), [sessions]);
  const long = sessions.length > WINDOW_FROM_ITEMS;
  const [Windowed, setWindowed] = useState<ComponentType<TimelineProps> | null>(() => windowedLoaded);
  useEffect(() => {
    if (long && !Windowed) void loadWindowed().then((component) => setWindowed(() => component));
  }, [long, Windowed]);
  if (!long) return <WholeTimeline groups={groups} conference={conference} showDay={showDay} />;
  // The windowed list loads in a moment (from the precache once installed).
  return Windowed ? (
    <Windowed groups={groups} conference={conference} showDay={showDay} />
  ) : (
    <p role="status" class="loading">
      {strings.value.loading}
    </p>
  );
}
