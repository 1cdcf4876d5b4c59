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

/** The changes that concern items the person marked, in time order. */
export function changesTouching(changes: ScheduleChanges, marked: ReadonlySet<string>): SessionChange[] {
  const list: SessionChange[] = [];
  for (const guid of marked) {
    const change = changes.byGuid.get(guid);
    if (change) list.push(change);
  }
  return list.sort((a, b) => a.start.getTime() - b.start.getTime() || a.title.localeCompare(b.title));
}
