import type { Comparable, ScheduleChanges, SessionChange } from './changes';

/** Comparing two versions of one programme (an update, a new import): what is new, changed, gone. */

/** Compares two versions of one programme; items present and unchanged in both are left out. */
export function compareProgrammes<T extends Comparable>(
  before: readonly T[],
  after: readonly Comparable[],
): ScheduleChanges<T> {
  const old = new Map(before.map((s) => [s.guid, s]));
  const byGuid = new Map<string, SessionChange>();
  const counts = { new: 0, changed: 0, cancelled: 0 };
  const present = new Set<string>();
  for (const now of after) {
    present.add(now.guid);
    const was = old.get(now.guid);
    if (!was) {
      byGuid.set(now.guid, { kind: 'new', guid: now.guid, title: now.title, start: now.start });
      counts.new++;
      continue;
    }
    const moved = was.start.getTime() !== now.start.getTime() || was.end.getTime() !== now.end.getTime();
    const rehoused = was.room !== now.room;
    if (!moved && !rehoused) continue;
    const change: SessionChange = { kind: 'changed', guid: now.guid, title: now.title, start: now.start };
    if (moved) change.time = { from: { start: was.start, end: was.end }, to: { start: now.start, end: now.end } };
    if (rehoused) change.room = { from: was.room, to: now.room };
    byGuid.set(now.guid, change);
    counts.changed++;
  }
  const cancelled = before.filter((s) => !present.has(s.guid));
  for (const s of cancelled) byGuid.set(s.guid, { kind: 'cancelled', guid: s.guid, title: s.title, start: s.start });
  counts.cancelled = cancelled.length;
  return { byGuid, cancelled, counts };
}
