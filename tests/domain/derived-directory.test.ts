import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/domain/model';
import { sessionsAtPlace, sessionsOfPerson } from '../../src/domain/schedule';
import { slugId } from '../../src/domain/derived-directory';
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
