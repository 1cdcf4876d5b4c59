import { describe, expect, it } from 'vitest';
import { EXPORT_FILE_NAME, toC3vocDocument } from '../../src/domain/export';
import { c3vocProblems } from '../../src/domain/c3voc-schema';
import { readScheduleText } from '../../src/domain/import';
import { buildConference } from '../../src/domain/model';
import type { Conference } from '../../src/domain/types';
import { readBundled } from '../fixtures';
import { IMPORT_OPTIONS, importFixture } from '../support/fixture-files';

/** What "the same programme" means: guids, titles, instants, rooms and people of every item. */
const programme = (c: Conference) =>
  c.sessions.map((s) => ({
    guid: s.guid,
    title: s.title,
    start: s.start.toISOString(),
    end: s.end.toISOString(),
    room: s.room,
    people: s.people.map((p) => ({ name: p.name, role: p.role, personId: p.personId })),
  }));

describe('export of the bundled Iserlohn conference', () => {
  const bundled = readBundled();
  const doc = toC3vocDocument(bundled.schedule);

  it('passes the strict C3VOC schema with zero problems', () => {
    expect(c3vocProblems(doc)).toEqual([]);
  });

  it('keeps the app metadata under conference.meta.tagesbegleiter', () => {
    expect(doc.schedule.conference.meta?.tagesbegleiter).toEqual(bundled.schedule.schedule.conference.meta?.tagesbegleiter);
  });

  it('round trip bundled → export → import gives the same programme', () => {
    const back = readScheduleText(JSON.stringify(doc), IMPORT_OPTIONS);
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.summary).toMatchObject({ missingGuids: 0, duplicateGuids: 0, invalidGuids: 0, slugsFixed: 0 });
    expect(back.summary.acronymChanged).toBeUndefined();
    const original = buildConference(bundled.schedule, bundled.people, bundled.places, bundled.about);
    const again = buildConference(back.schedule, bundled.people, bundled.places, bundled.about);
    expect(again.id).toBe(original.id);
    expect(programme(again)).toEqual(programme(original));
    expect(programme(again)).toHaveLength(12);
    // So does the mark on a derived title (Workshop C).
    const derived = (c: Conference) => c.sessions.filter((s) => s.titleDerived).map((s) => [s.guid, s.titleDerived]);
    expect(derived(again)).toEqual(derived(original));
    expect(derived(again)).toHaveLength(1);
    // The C3VOC persons (what other apps show) survive too, not only the app's own metadata.
    const persons = (c: typeof bundled.schedule) => c.schedule.conference.days.flatMap((d) => Object.values(d.rooms).flat().map((e) => e.persons));
    expect(persons(back.schedule)).toEqual(persons(bundled.schedule));
  });

  it('is stable: exporting the re-imported schedule writes the same document', () => {
    const back = readScheduleText(JSON.stringify(doc), IMPORT_OPTIONS);
    if (!back.ok) throw new Error('rejected');
    expect(toC3vocDocument(back.schedule)).toEqual(doc);
  });

  it('is offered as schedule.json', () => {
    expect(EXPORT_FILE_NAME).toBe('schedule.json');
  });
});

describe('export of imported conferences', () => {
  for (const name of ['pretalx-schedule.json', 'frab-schedule.json', 'duplicate-guids.json']) {
    it(`${name}: zero schema problems, and the same programme after a round trip`, () => {
      const { schedule } = importFixture(name);
      const doc = toC3vocDocument(schedule);
      expect(c3vocProblems(doc)).toEqual([]);
      const back = readScheduleText(JSON.stringify(doc), IMPORT_OPTIONS);
      if (!back.ok) throw new Error(JSON.stringify(back.problems));
      expect(programme(buildConference(back.schedule))).toEqual(programme(buildConference(schedule)));
    });
  }

  it('names an item without a web page by its guid, because the format requires a URI', () => {
    const { schedule } = importFixture('pretalx-schedule.json');
    const event = schedule.schedule.conference.days[0]!.rooms['Großer Saal']![0]!;
    event.url = '';
    const doc = toC3vocDocument(schedule);
    expect(doc.schedule.conference.days[0]!.rooms['Großer Saal']![0]!.url).toBe(`urn:uuid:${event.guid}`);
    expect(c3vocProblems(doc)).toEqual([]);
  });
});

describe('the app metadata of a foreign file', () => {
  const bundled = readBundled();
  const withMeta = (patch: (events: Record<string, Record<string, unknown>>) => void) => {
    const doc = structuredClone(toC3vocDocument(bundled.schedule));
    patch(doc.schedule.conference.meta!.tagesbegleiter!.events as unknown as Record<string, Record<string, unknown>>);
    const back = readScheduleText(JSON.stringify(doc), IMPORT_OPTIONS);
    if (!back.ok) throw new Error('rejected');
    return back.schedule.schedule.conference.meta?.tagesbegleiter;
  };

  it('is kept when it is well formed', () => {
    expect(withMeta(() => {})).toBeDefined();
  });

  it.each([
    ['a derived title without a basis', (m: Record<string, unknown>) => (m.titleDerived = { basis: ' ' })],
    ['a derived title that is only a flag', (m: Record<string, unknown>) => (m.titleDerived = true)],
    ['a station without its text', (m: Record<string, unknown>) => (m.stations = [{ placeId: 'x', title: 'y' }])],
  ])('is dropped, not half used, for %s', (_label, breakIt) => {
    expect(withMeta((events) => breakIt(Object.values(events)[0]!))).toBeUndefined();
  });
});
