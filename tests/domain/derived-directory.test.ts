import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/domain/model';
import { sessionsAtPlace } from '../../src/domain/schedule';
import { sessionsOfPerson } from '../../src/domain/lookup';
import { slugId } from '../../src/domain/derived-directory';
import { buildConferenceInSlices } from '../../src/domain/model-chunked';
import { facetsOf } from '../../src/domain/programme-filter';
import { bundledConference, rawEvent, rawSchedule } from '../fixtures';

describe('people and places of an imported schedule', () => {
  const conference = buildConference(
    rawSchedule([
      rawEvent({
        title: 'Keynote',
        date: '2023-09-06T10:00:00+02:00',
        duration: '01:00',
        room: 'Großer Saal',
        persons: [{ name: 'Anna Müller' }],
      }),
      rawEvent({
        title: 'Workshop',
        date: '2023-09-06T11:00:00+02:00',
        duration: '01:00',
        room: 'Raum 2',
        persons: [{ name: 'Anna Müller' }, { id: 7, public_name: 'Bo Li' }],
      }),
    ]),
  );

  it('has a person for everyone named, linked to their items', () => {
    expect(conference.people.map((p) => p.name).sort()).toEqual(['Anna Müller', 'Bo Li']);
    const anna = conference.people.find((p) => p.name === 'Anna Müller')!;
    expect(anna.id).toBe('anna-muller');
    expect(sessionsOfPerson(conference, anna.id).map((x) => x.session.title)).toEqual(['Keynote', 'Workshop']);
    expect(anna.sources).toEqual([{ label: 'Testkonferenz' }]);
  });

  it('has a place for every room, with its items', () => {
    expect(conference.places.map((p) => [p.name, p.kind])).toEqual([
      ['Großer Saal', 'room'],
      ['Raum 2', 'room'],
    ]);
    const saal = conference.places.find((p) => p.name === 'Großer Saal')!;
    expect(sessionsAtPlace(conference, saal.id).map((s) => s.title)).toEqual(['Keynote']);
  });

  it('leaves the bundled conference with its own people and places only', () => {
    const bundled = bundledConference();
    expect(bundled.places.some((p) => p.kind === 'room')).toBe(false);
    expect(bundled.people.every((p) => p.sources.length > 0 && !p.id.startsWith('raum-'))).toBe(true);
  });

  it('makes URL-safe ids', () => {
    expect(slugId('Dr. Jörg Straße-Öz')).toBe('dr-jorg-strasse-oz');
    expect(slugId('???')).toBe('x');
  });
});

describe('people, places and menus of a large import built in slices', () => {
  // More items than one slice (ITEMS_PER_SLICE), so the sliced directory crosses slice borders.
  const raw = () =>
    rawSchedule(
      Array.from({ length: 1203 }, (_, i) =>
        rawEvent({
          guid: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          title: `Punkt ${i}`,
          date: `2023-09-06T${String(8 + (i % 10)).padStart(2, '0')}:00:00+02:00`,
          duration: '00:30',
          room: `Raum ${i % 7}`,
          track: i % 2 ? 'Daten' : 'Energie',
          persons: [{ name: `Person ${i % 13}` }],
        }),
      ),
    );

  it('lists the same people and places, linked the same, as the whole build', async () => {
    const whole = buildConference(raw());
    const { conference: sliced, facets } = await buildConferenceInSlices(raw(), {}, async () => {});
    expect(sliced.people.map((p) => p.id)).toEqual(whole.people.map((p) => p.id));
    expect(sliced.places.map((p) => p.name)).toEqual(whole.places.map((p) => p.name));
    expect(sliced.people).toHaveLength(13);
    expect(sliced.places).toHaveLength(7);
    expect(sliced.sessions.map((s) => [s.guid, s.placeId, s.people[0]?.personId])).toEqual(
      whole.sessions.map((s) => [s.guid, s.placeId, s.people[0]?.personId]),
    );
    expect(facets).toEqual(facetsOf(whole.sessions));
    expect(facets.tracks).toEqual(['Daten', 'Energie']);
  });
});
