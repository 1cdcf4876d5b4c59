/**
 * What a schedule update changed, by guid (never by position or title): items that are new,
 * that moved in time or to another room, and items that are gone ("entfällt"). Pure: the state
 * layer feeds it the sessions of the previous and the current version.
 */

/** The parts of a programme item a change is judged by. */
export interface Comparable {
  guid: string;
  title: string;
  start: Date;
  end: Date;
  room: string;
}

export type ChangeKind = 'new' | 'changed' | 'cancelled';

export interface SessionChange {
  kind: ChangeKind;
  guid: string;
  title: string;
  /** When the item runs now (for a cancelled one: when it would have run). */
  start: Date;
  /** Set when start or end moved. */
  time?: { from: { start: Date; end: Date }; to: { start: Date; end: Date } };
  /** Set when the room changed. */
  room?: { from: string; to: string };
}

export interface ScheduleChanges<T extends Comparable = Comparable> {
  byGuid: ReadonlyMap<string, SessionChange>;
  /** The items of the previous version that the current one no longer has. */
  cancelled: T[];
  counts: Record<ChangeKind, number>;
}

/** No update, or nothing changed. */
export const NO_CHANGES: ScheduleChanges<never> = {
  byGuid: new Map(),
  cancelled: [],
  counts: { new: 0, changed: 0, cancelled: 0 },
};

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

/** The changes that concern items the person marked, in time order. */
export function changesTouching(changes: ScheduleChanges, marked: ReadonlySet<string>): SessionChange[] {
  const list: SessionChange[] = [];
  for (const guid of marked) {
    const change = changes.byGuid.get(guid);
    if (change) list.push(change);
  }
  return list.sort((a, b) => a.start.getTime() - b.start.getTime() || a.title.localeCompare(b.title));
}
