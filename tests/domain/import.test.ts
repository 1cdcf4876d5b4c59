import { describe, expect, it } from 'vitest';
import { readScheduleDocument, readScheduleText } from '../../src/domain/import';
import { toC3vocDocument } from '../../src/domain/export';
import { c3vocProblems } from '../../src/domain/c3voc-schema';
import { buildConference } from '../../src/domain/model';
import type { RawEvent, RawSchedule } from '../../src/domain/raw';
import { IMPORT_OPTIONS as OPTIONS, fixture, importFixture as imported } from '../support/fixture-files';
const eventsOf = (schedule: RawSchedule): RawEvent[] =>
  schedule.schedule.conference.days.flatMap((d) => Object.values(d.rooms).flat());

describe('import: a pretalx export', () => {
  const { schedule, summary } = imported('pretalx-schedule.json');
  const events = eventsOf(schedule);

  it('reads both days, all rooms and items, keyed by their guids', () => {
    expect(summary).toMatchObject({
      days: 2,
      rooms: 3,
      events: 8,
      missingGuids: 0,
      duplicateGuids: 0,
      invalidGuids: 0,
    });
    expect(events.map((e) => e.guid)).toContain('5b0e7c1a-1f4e-4c2a-9d31-0a1b2c3d0001');
    expect(new Set(events.map((e) => e.guid)).size).toBe(8);
  });

  it('turns the pretalx acronym into one the format accepts and says so', () => {
    expect(summary.conferenceId).toBe('kiezkonf_2024');
    expect(summary.acronymChanged).toEqual({ from: 'kiezkonf-2024', to: 'kiezkonf_2024' });
    expect(schedule.schedule.conference.acronym).toBe('kiezkonf_2024');
  });

  it('drops keys the format does not know (answers, avatar) and keeps people as pretalx persons', () => {
    const opening = events.find((e) => e.title === 'Eröffnung')!;
    expect(opening).not.toHaveProperty('answers');
    expect(opening.persons).toEqual([
      {
        name: 'Jana Köhler',
        guid: '7c2f9e04-3a1b-4d5e-8f60-1a2b3c4d0001',
        code: 'JK42XY',
        biography: 'Stadtplanerin.',
      },
    ]);
  });

  it('keeps an item that runs past midnight on its day, ending the next morning', () => {
    const night = events.find((e) => e.title === 'Nachtcafé')!;
    expect(night.date).toBe('2024-05-17T23:30:00+02:00');
    expect(night.end).toBe('2024-05-18T00:30:00+02:00');
  });

  it('exports as a schedule the strict C3VOC schema accepts', () => {
    expect(c3vocProblems(toC3vocDocument(schedule))).toEqual([]);
  });
});

describe('import: a frab export', () => {
  const { schedule, summary } = imported('frab-schedule.json');
  const events = eventsOf(schedule);

  it('lower-cases the acronym and the upper-case slugs, and counts the slugs it fixed', () => {
    expect(summary.conferenceId).toBe('hackcamp2025');
    expect(events.find((e) => e.id === 201)!.slug).toBe('hackcamp2025-201-opening_ceremony');
    expect(summary.slugsFixed).toBe(5);
  });

  it('keeps frab persons ({ id, public_name }) and the model shows their names', () => {
    const opening = events.find((e) => e.id === 201)!;
    expect(opening.persons).toEqual([
      { id: 7797, public_name: 'jinxx' },
      { id: 4827, public_name: 'smtw' },
    ]);
    const model = buildConference(schedule);
    expect(model.sessions.find((s) => s.title === 'Funkamateure: Einstieg')!.people.map((p) => p.name)).toEqual([
      'Märta Öberg',
    ]);
  });

  it('places an item that only gives a clock time on its day, and reads a numeric string id', () => {
    const old = events.find((e) => e.title === 'Löten ohne Grenzen')!;
    expect(old.date).toBe('2025-08-13T15:00:00+02:00');
    expect(old.id).toBe(205);
  });

  it('exports as a schedule the strict C3VOC schema accepts', () => {
    expect(c3vocProblems(toC3vocDocument(schedule))).toEqual([]);
  });
});

describe('import: missing, malformed and duplicate guids', () => {
  const first = imported('duplicate-guids.json');
  const guids = eventsOf(first.schedule).map((e) => e.guid);

  it('gives every item a unique key and says how many were derived', () => {
    expect(new Set(guids).size).toBe(5);
    expect(first.summary).toMatchObject({ duplicateGuids: 2, missingGuids: 1, invalidGuids: 1 });
    for (const guid of guids) expect(guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('lets the first item keep a guid that repeats', () => {
    const byTitle = new Map(eventsOf(first.schedule).map((e) => [e.title, e.guid]));
    expect(byTitle.get('Erster Vortrag')).toBe('3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c');
    expect(byTitle.get('Zweiter Vortrag (gleiche guid)')).not.toBe('3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c');
  });

  it('derives the same keys on every import, so marks find their items again', () => {
    const again = imported('duplicate-guids.json');
    expect(eventsOf(again.schedule).map((e) => e.guid)).toEqual(guids);
  });

  it('exports as a schedule the strict C3VOC schema accepts', () => {
    expect(c3vocProblems(toC3vocDocument(first.schedule))).toEqual([]);
  });
});

describe('import: lenient about what real files leave out', () => {
  it('accepts items with only guid, title, date and room, and fills in what the format requires', () => {
    const doc = {
      schedule: {
        conference: {
          acronym: 'mini',
          title: 'Mini',
          days: [
            {
              date: '2024-06-01',
              rooms: {
                Aula: [
                  {
                    guid: '0d9c8b7a-6f5e-4d3c-8b2a-190817263544',
                    title: 'Nur das Nötigste',
                    date: '2024-06-01T10:00',
                    end: '2024-06-01T10:40',
                  },
                  { title: 'Ohne alles außer Uhrzeit', start: '11:00' },
                ],
              },
            },
          ],
        },
      },
    };
    const result = readScheduleDocument(doc, OPTIONS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [a, b] = eventsOf(result.schedule);
    expect(a).toMatchObject({
      date: '2024-06-01T10:00:00+02:00',
      duration: '00:40',
      room: 'Aula',
      type: 'Programmpunkt',
      persons: [],
    });
    expect(b).toMatchObject({
      date: '2024-06-01T11:00:00+02:00',
      duration: '00:00',
      title: 'Ohne alles außer Uhrzeit',
    });
    expect(result.summary).toMatchObject({ missingGuids: 1, durationsMissing: 1, conferenceId: 'mini' });
    expect(result.summary.timeZoneAssumed).toBe('Europe/Berlin');
    expect(c3vocProblems(toC3vocDocument(result.schedule))).toEqual([]);
  });
});

describe('import: what cannot be a schedule is rejected with its problems', () => {
  const rejected = (text: string) => {
    const result = readScheduleText(text, OPTIONS);
    if (result.ok) throw new Error('accepted a broken file');
    return result.problems;
  };

  it('a file that is not JSON (an XML schedule)', () => {
    const problems = rejected(fixture('broken-not-json.json'));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.kind).toBe('not-json');
  });

  it('a file without the `schedule` wrapper', () => {
    expect(rejected(fixture('broken-no-schedule.json'))).toEqual([{ kind: 'no-schedule' }]);
  });

  it('items without a start: each one is named', () => {
    expect(rejected(fixture('broken-no-start.json'))).toEqual([
      { kind: 'event-without-start', day: '2024-01-01', room: 'Raum 1', title: 'Ohne Anfang A' },
      { kind: 'event-without-start', day: '2024-01-01', room: 'Raum 1', title: 'Ohne Anfang B' },
    ]);
  });

  it('no conference, no days, no items, wrong structure', () => {
    expect(rejected('{"schedule": {"version": "1"}}')).toEqual([{ kind: 'no-conference' }]);
    expect(rejected('{"schedule": {"conference": {"acronym": "x"}}}')).toEqual([{ kind: 'no-days' }]);
    expect(rejected('{"schedule": {"conference": {"days": []}}}')).toEqual([{ kind: 'no-events' }]);
    expect(rejected('[1, 2, 3]')).toEqual([{ kind: 'no-schedule' }]);
    const shape = rejected('{"schedule": {"conference": {"days": [{"rooms": {"A": "kein Array"}}]}}}');
    expect(shape).toEqual([expect.objectContaining({ kind: 'shape', path: 'schedule.conference.days.0.rooms.A' })]);
  });
});
