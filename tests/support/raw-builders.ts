import type { RawEvent, RawSchedule } from '../../src/domain/raw';

/** Builders for small C3VOC schedules; no Node APIs, so browser benchmarks can use them too. */

let nextId = 1;

/** A C3VOC event with everything required, for building small schedules in tests. */
export function rawEvent(over: Partial<RawEvent> & { date: string; duration: string }): RawEvent {
  const id = nextId++;
  return {
    guid: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
    id,
    start: over.date.slice(11, 16),
    room: 'Saal 1',
    slug: `test-${id}`,
    url: `https://example.org/${id}`,
    title: `Event ${id}`,
    subtitle: null,
    track: null,
    type: 'Talk',
    language: 'de',
    abstract: null,
    description: null,
    persons: [],
    links: [],
    ...over,
  };
}

/** A one-day Berlin schedule holding `events`, grouped into rooms by their `room`. */
export function rawSchedule(events: RawEvent[], date = '2023-09-06'): RawSchedule {
  const rooms: Record<string, RawEvent[]> = {};
  for (const e of events) (rooms[e.room] ??= []).push(e);
  return {
    schedule: {
      version: '1',
      conference: {
        acronym: 'testconf',
        title: 'Testkonferenz',
        start: date,
        end: date,
        daysCount: 1,
        timeslot_duration: '00:15',
        time_zone_name: 'Europe/Berlin',
        days: [
          {
            index: 1,
            date,
            day_start: `${date}T10:00:00+02:00`,
            day_end: `${date}T18:00:00+02:00`,
            rooms,
          },
        ],
      },
    },
  };
}
