import type { Conference } from '../../domain/types';
import type { TimeGroup } from '../../domain/schedule';
import { formatShortDay } from '../../domain/time/format';
import { now } from '../../state/clock';
import { strings } from '../../i18n';
import { TimeRange } from '../../ui/TimeRange';
import { Badge } from '../../ui/Badge';

/** True while the slot runs by the app's clock. */
export const isRunning = (group: TimeGroup, t: number) => group.start.getTime() <= t && t < group.end.getTime();

/** A time slot's heading: its time, "Jetzt" while it runs, "N parallel"; the day when several days are listed. */
export function SlotHeading({
  group,
  conference,
  showDay,
}: {
  group: TimeGroup;
  conference: Conference;
  showDay: boolean;
}) {
  const s = strings.value;
  const running = isRunning(group, now.value.getTime());
  const estimated = group.sessions.some((x) => x.timeEstimated);
  const parallel = group.sessions.length > 1;
  return (
    <h2 class="slot-heading">
      {showDay && <span class="slot-day">{formatShortDay(group.start, s.locale, conference.timeZone)} </span>}
      <TimeRange start={group.start} end={group.end} estimated={estimated} timeZone={conference.timeZone} />
      {running && <Badge tone="now">{s.now}</Badge>}
      {parallel && <Badge tone="info">{s.parallel(group.sessions.length)}</Badge>}
    </h2>
  );
}
