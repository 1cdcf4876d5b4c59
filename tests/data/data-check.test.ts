import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { readBundled } from '../fixtures';
import { c3vocProblems } from '../../src/domain/c3voc-schema';
import { APP_EVENT_META_KEYS, AppMeta } from '../../src/domain/app-meta-schema';
import { eventInterval } from '../../src/domain/model';
import type { RawEvent, RawSource } from '../../src/domain/raw';

const { schedule, people, places, about } = readBundled();
const conference = schedule.schedule.conference;
const events: RawEvent[] = conference.days.flatMap((d) => Object.values(d.rooms).flat());
const meta = conference.meta!.tagesbegleiter!;
const personIds = new Set(people.people.map((p) => p.id));
const personGuids = new Set(people.people.map((p) => p.guid));
const placeIds = new Set(places.places.map((p) => p.id));

const hasSources = (sources: RawSource[] | undefined) =>
  Array.isArray(sources) && sources.length > 0 && sources.every((s) => s.label.trim() !== '' && (!s.url || /^https?:\/\//.test(s.url)));

describe('bundled data: C3VOC rules', () => {
  it('schedule.json passes the strict C3VOC schema', () => {
    expect(c3vocProblems(schedule)).toEqual([]);
  });

  it('has the conference acronym, the Berlin time zone and one day from 10:00 to 18:00', () => {
    expect(conference.acronym).toBe('regiokonf_iserlohn_2023');
    expect(conference.time_zone_name).toBe('Europe/Berlin');
    expect(conference.days).toHaveLength(1);
    expect(conference.days[0]!.day_start).toBe('2023-09-06T10:00:00+02:00');
    expect(conference.days[0]!.day_end).toBe('2023-09-06T18:00:00+02:00');
  });

  it('has unique guids, ids and slugs', () => {
    for (const key of ['guid', 'id', 'slug'] as const) {
      const values = events.map((e) => e[key]);
      expect(new Set(values).size, `duplicate ${key}`).toBe(values.length);
    }
  });

  it('keeps every event inside its day, its end equal to start + duration, in its room list', () => {
    for (const day of conference.days) {
      const dayStart = Date.parse(day.day_start);
      const dayEnd = Date.parse(day.day_end);
      for (const [room, list] of Object.entries(day.rooms)) {
        for (const event of list) {
          expect(event.room).toBe(room);
          const interval = eventInterval(event, 'Europe/Berlin')!;
          expect(interval.start.getTime()).toBeGreaterThanOrEqual(dayStart);
          expect(interval.end.getTime()).toBeLessThanOrEqual(dayEnd);
          const [h, m] = event.duration.split(':').map(Number) as [number, number];
          expect(Date.parse(event.end!) - Date.parse(event.date)).toBe((h * 60 + m) * 60_000);
        }
      }
    }
  });
});

describe('bundled data: truth rule', () => {
  it('has app metadata for exactly the events there are', () => {
    expect(Object.keys(meta.events).sort()).toEqual(events.map((e) => e.guid).sort());
  });

  it('marks every time as estimated with a basis, since no item time is documented', () => {
    for (const event of events) {
      const m = meta.events[event.guid]!;
      expect(m.time.estimated, event.title).toBe(true);
      expect(m.time.basis.length, event.title).toBeGreaterThan(10);
    }
  });

  it('says the room is unknown for every item in the Parktheater', () => {
    for (const event of events.filter((e) => meta.events[e.guid]!.placeId === 'parktheater')) {
      expect(meta.events[event.guid]!.roomKnown, event.title).toBe(false);
    }
  });

  it('gives every record a source', () => {
    expect(hasSources(meta.sources)).toBe(true);
    for (const event of events) expect(hasSources(meta.events[event.guid]!.sources), event.title).toBe(true);
    for (const person of people.people) {
      expect(hasSources(person.sources), person.name).toBe(true);
      if (person.bio) expect(hasSources(person.bioSources), `${person.name} bio`).toBe(true);
      for (const note of person.notes ?? []) expect(hasSources(note.sources), `${person.name} note`).toBe(true);
    }
    for (const place of places.places) {
      expect(hasSources(place.sources), place.name).toBe(true);
      for (const fact of place.facts ?? []) expect(hasSources(fact.sources), `${place.name} fact`).toBe(true);
    }
    for (const fact of about.programme) expect(hasSources(fact.sources), fact.text).toBe(true);
  });

  it('has no dangling person or place reference', () => {
    for (const event of events) {
      const m = meta.events[event.guid]!;
      expect(placeIds.has(m.placeId), `${event.title}: place ${m.placeId}`).toBe(true);
      for (const p of m.people) expect(personIds.has(p.personId), `${event.title}: person ${p.personId}`).toBe(true);
      for (const s of m.stations ?? []) expect(placeIds.has(s.placeId), `${event.title}: station ${s.placeId}`).toBe(true);
      for (const p of event.persons) expect(p.guid && personGuids.has(p.guid), `${event.title}: ${p.name}`).toBe(true);
    }
  });

  it('has unique person and place ids and person guids', () => {
    expect(personIds.size).toBe(people.people.length);
    expect(personGuids.size).toBe(people.people.length);
    expect(placeIds.size).toBe(places.places.length);
  });

  it('covers the documented programme: workshops A–D in parallel, the podium, excursions, get-together', () => {
    const titles = events.map((e) => e.title);
    for (const letter of ['A', 'B', 'C', 'D']) expect(titles.some((t) => t.startsWith(`Workshop ${letter}`))).toBe(true);
    const workshops = events.filter((e) => e.title.startsWith('Workshop'));
    expect(new Set(workshops.map((w) => w.date)).size).toBe(1);
    expect(titles).toContain('Erfolgsfaktoren von Smart-City-Kommunikation und -Vernetzung');
    expect(events.filter((e) => e.type === 'Exkursion').length).toBeGreaterThanOrEqual(3);
    const workshopA = events.find((e) => e.title.startsWith('Workshop A'))!;
    expect(meta.events[workshopA.guid]!.stations).toHaveLength(4);
  });
});

/** The documentation's lines that name people, committed beside this test (the suite never reads ../shared). */
const documentationLines = readFileSync(join(process.cwd(), 'tests', 'data', 'documentation-people.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'));

/**
 * The role a documentation quote gives, in the two ways the documentation words one:
 * "Stephanie Arens, Leiterin der Südwestfalen Agentur" and "Als Mobilitätsforscherin, … steht Kathrin Viergutz …".
 * Returns the person's name as written there too, so a quote about someone else does not count.
 */
function documentedRole(quote: string): { name: string; role: string } | undefined {
  const als = /^Als (.+?) steht (\p{Lu}\p{L}+ \p{Lu}\p{L}+)/u.exec(quote);
  if (als) return { role: als[1]!, name: als[2]! };
  const comma = quote.indexOf(', ');
  return comma > 0 ? { name: quote.slice(0, comma), role: quote.slice(comma + 2) } : undefined;
}

describe('bundled data: the app metadata schema', () => {
  it('passes the schema imports are held to, and uses no key raw.ts does not define', () => {
    const result = v.safeParse(AppMeta, meta);
    expect(result.issues?.map((i) => `${v.getDotPath(i)}: ${i.message}`) ?? []).toEqual([]);
    for (const [guid, m] of Object.entries(meta.events)) {
      expect(Object.keys(m).filter((k) => !(APP_EVENT_META_KEYS as readonly string[]).includes(k)), guid).toEqual([]);
    }
  });

  it('marks Workshop C\'s title as derived, with its basis, since the documentation gives it none', () => {
    const workshopC = events.find((e) => e.title.startsWith('Workshop C'))!;
    expect(meta.events[workshopC.guid]!.titleDerived?.basis).toMatch(/keinen förmlichen Titel/);
    // The documented titles (A, B, D, the podium) are the documentation's own.
    for (const letter of ['A', 'B', 'D']) {
      const workshop = events.find((e) => e.title.startsWith(`Workshop ${letter}`))!;
      expect(meta.events[workshop.guid]!.titleDerived, workshop.title).toBeUndefined();
    }
  });
});

describe('bundled data: roles in the documentation\'s words', () => {
  it('the excerpt the check relies on is there', () => {
    expect(documentationLines.length).toBeGreaterThanOrEqual(10);
    expect(documentationLines.some((l) => l.startsWith('Das Podium am Nachmittag'))).toBe(true);
  });

  it.each(people.people.filter((p) => p.role !== undefined || p.roleQuote !== undefined).map((p) => [p.id, p] as const))(
    '%s: role equals the documentation\'s wording, quoted as evidence',
    (_id, person) => {
      expect(person.role, 'a roleQuote without a role').toBeDefined();
      expect(person.roleQuote, 'a role without the documentation\'s words for it').toBeDefined();
      const quote = person.roleQuote!;
      expect(documentationLines.some((line) => line.includes(quote)), `not in the documentation: ${quote}`).toBe(true);
      const documented = documentedRole(quote);
      expect(documented, `no role worded in “${quote}”`).toBeDefined();
      expect(person.name.endsWith(documented!.name), `“${quote}” names someone else`).toBe(true);
      expect(person.role).toBe(documented!.role);
    },
  );

  it('each item\'s role for a person is a word its documented description uses', () => {
    for (const event of events) {
      for (const { personId, role } of meta.events[event.guid]!.people) {
        expect(event.description ?? '', `${event.title}: ${personId} as ${role}`).toContain(role);
      }
    }
  });

  it.each([
    ['Stephanie Arens, Leiterin der Südwestfalen Agentur', { name: 'Stephanie Arens', role: 'Leiterin der Südwestfalen Agentur' }],
    [
      'Michael Huch, stellvertretender Leiter der Koordinierungs- und Transferstelle Modellprojekte Smart Cities',
      { name: 'Michael Huch', role: 'stellvertretender Leiter der Koordinierungs- und Transferstelle Modellprojekte Smart Cities' },
    ],
    [
      'Als Mobilitätsforscherin, Speakerin und Science Slammerin steht Kathrin Viergutz oft auf Bühnen',
      { name: 'Kathrin Viergutz', role: 'Mobilitätsforscherin, Speakerin und Science Slammerin' },
    ],
    ['Hennig Schulz', undefined],
  ])('reads the role worded in “%s”', (quote, expected) => {
    expect(documentedRole(quote)).toEqual(expected);
  });
});
