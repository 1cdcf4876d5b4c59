import type { RawEvent, RawSchedule } from '../domain/raw';

/**
 * A large schedule crosses from the import worker to the page in parts: a structured clone is
 * deserialised in one main-thread task, so one message of 200,000 items would block the page
 * for a second; parts of a few thousand items each are tasks of a few milliseconds.
 */

/** Items per message: about 2 MB of clone, a few ms to read on a phone. */
export const EVENTS_PER_PART = 2_000;

export type SchedulePart =
  /** The schedule without its items (days keep their frame, rooms their names). */
  | { type: 'part'; which: 'schedule' | 'previous'; skeleton: RawSchedule }
  /** Items of one room of one day, in order. */
  | { type: 'part'; which: 'schedule' | 'previous'; day: number; room: string; events: RawEvent[] };

/** The parts of `schedule`, skeleton first. */
export function* scheduleParts(schedule: RawSchedule, which: 'schedule' | 'previous'): Generator<SchedulePart> {
  const conf = schedule.schedule.conference;
  const days = conf.days.map((d) => ({
    ...d,
    rooms: Object.fromEntries(Object.keys(d.rooms).map((room) => [room, [] as RawEvent[]])),
  }));
  yield {
    type: 'part',
    which,
    skeleton: { ...schedule, schedule: { ...schedule.schedule, conference: { ...conf, days } } },
  };
  for (let day = 0; day < conf.days.length; day++) {
    const rooms = conf.days[day]!.rooms;
    for (const room of Object.keys(rooms)) {
      const events = rooms[room]!;
      for (let at = 0; at < events.length; at += EVENTS_PER_PART)
        yield { type: 'part', which, day, room, events: events.slice(at, at + EVENTS_PER_PART) };
    }
  }
}

/** Puts parts back together, in the order they were sent. */
export class ScheduleAssembler {
  private readonly built: Partial<Record<'schedule' | 'previous', RawSchedule>> = {};

  add(part: SchedulePart): void {
    if ('skeleton' in part) {
      this.built[part.which] = part.skeleton;
      return;
    }
    const target = this.built[part.which]?.schedule.conference.days[part.day]?.rooms;
    if (!target) throw new Error('schedule part before its skeleton');
    // Object.create(null) upstream: a room called "__proto__" is an own key here too.
    if (!Object.prototype.hasOwnProperty.call(target, part.room))
      Object.defineProperty(target, part.room, { value: [], enumerable: true, writable: true, configurable: true });
    target[part.room]!.push(...part.events);
  }

  get(which: 'schedule' | 'previous'): RawSchedule | undefined {
    return this.built[which];
  }
}
