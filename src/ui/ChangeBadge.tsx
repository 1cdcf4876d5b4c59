import type { SessionChange } from '../domain/changes';
import { formatClock } from '../domain/time/format';
import { DEFAULT_TIME_ZONE } from '../domain/time/zone';
import { conference } from '../state/conference';
import { changeOf } from '../state/changes';
import { strings } from '../i18n';
import { Badge } from './Badge';

/** "Zeit: vorher 10:45–11:30, jetzt 11:15–12:00 · Raum: vorher Werkstatt, jetzt Hof", in the conference's zone. */
export function changeDetails(change: SessionChange, timeZone: string): string[] {
  const s = strings.value.changes;
  const range = (r: { start: Date; end: Date }) => `${formatClock(r.start, timeZone)}–${formatClock(r.end, timeZone)}`;
  const details: string[] = [];
  if (change.time) details.push(s.time(range(change.time.from), range(change.time.to)));
  if (change.room) details.push(s.room(change.room.from, change.room.to));
  if (change.kind === 'cancelled') details.push(s.cancelledKept);
  return details;
}

/**
 * "neu", "geändert" or "entfällt" for an item the last schedule update touched; nothing
 * otherwise. What changed is in the tooltip and, for screen readers, in the text itself.
 */
export function ChangeBadge({ guid }: { guid: string }) {
  const change = changeOf(guid);
  if (!change) return null;
  const s = strings.value.changes;
  const details = changeDetails(change, conference.value?.timeZone ?? DEFAULT_TIME_ZONE).join(' · ');
  return (
    <span class="change-badge" title={details || undefined}>
      <Badge tone={change.kind}>{s[change.kind]}</Badge>
      {details && <span class="visually-hidden">: {details}</span>}
    </span>
  );
}
