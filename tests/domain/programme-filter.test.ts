import { describe, expect, it } from 'vitest';
import {
  NO_FILTER,
  buildSearchIndex,
  countByDay,
  facetsOf,
  filterProgramme,
  type ProgrammeFilter,
} from '../../src/domain/programme-filter';
import { buildConference } from '../../src/domain/model';
import { importFixture } from '../support/fixture-files';

const conf = buildConference(importFixture('pretalx-schedule.json').schedule);
const index = buildSearchIndex(conf.sessions);
const titles = (filter: Partial<ProgrammeFilter>) =>
  filterProgramme(conf.sessions, { ...NO_FILTER, ...filter }, index).map((s) => s.title);

describe('programme search (case and diacritics folded)', () => {
  const table: [string, string[]][] = [
    ['strassenbahn', ['Offene Daten für die Straßenbahn']],
    ['STRASSENBAHN', ['Offene Daten für die Straßenbahn']],
    ['lotworkshop', ['Lötworkshop für Einsteiger*innen']],
    // People: "Ömer Yıldız" with a dotless ı.
    ['omer yildiz', ['Offene Daten für die Straßenbahn', 'Karten mit OpenStreetMap']],
    ['YILDIZ straßen', ['Offene Daten für die Straßenbahn']],
    // Room and track.
    ['grosser saal waerme', []],
    ['grosser saal warme', ['Wärmeplanung im Quartier']],
    ['mobilitat', ['Offene Daten für die Straßenbahn']],
    ['gibt es nicht', []],
  ];
  for (const [query, expected] of table) {
    it(`"${query}"`, () => expect(titles({ query })).toEqual(expected));
  }

  it('an empty query leaves the programme alone', () => {
    expect(titles({ query: '   ' })).toHaveLength(conf.sessions.length);
  });
});

describe('programme filters', () => {
  it('by day, room, track and type, combined', () => {
    expect(titles({ day: 2 })).toEqual(['Wärmeplanung im Quartier', 'Karten mit OpenStreetMap', 'Abschluss']);
    expect(titles({ room: 'Werkstatt' })).toEqual(['Lötworkshop für Einsteiger*innen', 'Karten mit OpenStreetMap']);
    expect(titles({ track: 'Machen', day: 1 })).toEqual(['Lötworkshop für Einsteiger*innen']);
    expect(titles({ type: 'Workshop', query: 'karten' })).toEqual(['Karten mit OpenStreetMap']);
  });

  it('counts matches per day for the day switcher', () => {
    const allgemein = filterProgramme(conf.sessions, { ...NO_FILTER, track: 'Allgemein' }, index);
    expect(Object.fromEntries(countByDay(allgemein))).toEqual({ 1: 2, 2: 1 });
  });

  it('offers the rooms, tracks and types that occur, sorted', () => {
    expect(facetsOf(conf.sessions)).toEqual({
      rooms: ['Großer Saal', 'Hof', 'Werkstatt'],
      tracks: ['Allgemein', 'Beteiligung', 'Energie', 'Machen', 'Mobilität'],
      types: ['Talk', 'Treffen', 'Workshop'],
    });
  });
});
