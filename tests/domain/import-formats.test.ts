import { describe, expect, it } from 'vitest';
import { handleImportRequest } from '../../src/workers/import-handler';
import { c3vocProblems } from '../../src/domain/c3voc-schema';
import { sniffFormat } from '../../src/domain/import-formats';
import type { ImportProblem, ImportSummary } from '../../src/domain/import';
import type { RawEvent, RawSchedule } from '../../src/domain/raw';
import { buildConference } from '../../src/domain/model';
import { fixture } from '../support/fixture-files';
import { readBundled } from '../fixtures';

/**
 * Every format through the real import path (the import worker's handler), from the project's
 * own fixtures, each reproducing an oddity of a real published schedule file.
 */

const OPTIONS = { untitled: 'Ohne Titel', defaultType: 'Programmpunkt', noRoom: 'Ohne Raumangabe' };
const EXPORT_OPTIONS = { estimateNote: 'Uhrzeit geschätzt' };

async function importText(text: string, fileName: string) {
  return handleImportRequest({ type: 'import', file: new Blob([text]), fileName, options: OPTIONS });
}

async function imported(name: string): Promise<{ schedule: RawSchedule; summary: ImportSummary; hash: string }> {
  const response = await importText(fixture(name), name);
  if (response.type !== 'imported') throw new Error(`${name}: ${JSON.stringify(response)}`);
  return response;
}

async function rejected(text: string, fileName: string): Promise<ImportProblem[]> {
  const response = await importText(text, fileName);
  if (response.type !== 'rejected') throw new Error(`${fileName} was imported`);
  return response.problems;
}

const eventsOf = (schedule: RawSchedule): RawEvent[] =>
  schedule.schedule.conference.days.flatMap((d) => Object.values(d.rooms).flat());
const byTitle = (schedule: RawSchedule, title: string) => {
  const found = eventsOf(schedule).find((e) => e.title === title);
  if (!found) throw new Error(`no item "${title}"`);
  return found;
};

describe('import: one path for every format', () => {
  // [fixture, format, items, { title: [date, end] }]
  const cases: [string, ImportSummary['format'], number, Record<string, [string, string]>][] = [
    [
      'frab-legacy.json',
      'json',
      5,
      {
        Eröffnung: ['2013-11-08T11:00:00+01:00', '2013-11-08T11:30:00+01:00'],
        Spätshow: ['2013-11-08T23:00:00+01:00', '2013-11-09T00:00:00+01:00'],
        // Listed on the 8th after 23:00 as "00:30", in a file without day_start: the 9th.
        'Nachrichten nach Mitternacht': ['2013-11-09T00:30:00+01:00', '2013-11-09T01:30:00+01:00'],
        'Prototypen bauen': ['2013-11-08T14:00:00+01:00', '2013-11-08T14:45:00+01:00'],
      },
    ],
    [
      'odd-frame-and-values.json',
      'json',
      5,
      {
        'Eröffnung vor dem Tagesbeginn': ['2022-02-26T10:30:00+01:00', '2022-02-26T11:00:00+01:00'],
        'Unmögliche Dauer mit Ende': ['2022-02-26T15:00:00+01:00', '2022-02-26T16:00:00+01:00'],
        'Unmögliche Dauer ohne Ende': ['2022-02-26T17:00:00+01:00', '2022-02-26T17:00:00+01:00'],
        // 30 February: the item's day (27th) and clock time (10:00) say when.
        'Am 30. Februar': ['2022-02-27T10:00:00+01:00', '2022-02-27T10:45:00+01:00'],
      },
    ],
    [
      'pentabarf.xml',
      'pentabarf-xml',
      3,
      {
        'Willkommen beim Freiraum': ['2021-02-06T09:00:00+01:00', '2021-02-06T09:25:00+01:00'],
        'Die Schule der Zukunft': ['2021-02-06T10:00:00+01:00', '2021-02-06T10:30:00+01:00'],
        Abschluss: ['2021-02-07T18:00:00+01:00', '2021-02-07T18:15:00+01:00'],
      },
    ],
    [
      'wafer.xml',
      'wafer-xml',
      3,
      {
        // <date> 05:00 UTC, <start> 10:30 local: one instant, shown as Kolkata time.
        Eröffnung: ['2023-09-10T10:30:00+05:30', '2023-09-10T10:50:00+05:30'],
        Frühsport: ['2023-09-10T05:00:00+05:30', '2023-09-10T05:30:00+05:30'],
        'Pakete bauen': ['2023-09-11T18:00:00+05:30', '2023-09-11T19:00:00+05:30'],
      },
    ],
    [
      'frab-schedule.xml',
      'frab-xml',
      3,
      {
        Eröffnung: ['2024-12-27T10:30:00+01:00', '2024-12-27T11:00:00+01:00'],
        Nachtkonzert: ['2024-12-28T01:30:00+01:00', '2024-12-28T02:30:00+01:00'],
        'Rechnen mit Relais': ['2024-12-28T12:00:00+01:00', '2024-12-28T12:40:00+01:00'],
      },
    ],
    [
      'vtimezone.ics',
      'ics',
      3,
      {
        // TZID of a VTIMEZONE in the file (not an IANA name): its rules, +02:00 in July.
        'Eröffnung am Strand': ['2024-07-05T09:30:00+02:00', '2024-07-05T10:00:00+02:00'],
        // UTC.
        'Werkstatt Segeln': ['2024-07-05T14:00:00+02:00', '2024-07-05T15:30:00+02:00'],
        // An IANA TZID without VTIMEZONE, and a DURATION instead of DTEND.
        'Ohne Ortsangabe': ['2024-07-06T10:30:00+02:00', '2024-07-06T11:15:00+02:00'],
      },
    ],
  ];

  it.each(cases)('%s: read as %s, every item at its instant', async (name, format, count, instants) => {
    const { schedule, summary } = await imported(name);
    expect(summary.format).toBe(format);
    expect(summary.events).toBe(count);
    expect(eventsOf(schedule)).toHaveLength(count);
    for (const [title, [date, end]] of Object.entries(instants)) {
      const e = byTitle(schedule, title);
      expect([title, e.date, e.end]).toEqual([title, date, end]);
    }
  });

  it.each(cases.map(([name]) => name))(
    '%s: the export passes the strict schema and reads back unchanged',
    async (name) => {
      const { schedule, hash } = await imported(name);
      const exported = await handleImportRequest({ type: 'export', schedule, options: EXPORT_OPTIONS });
      expect(exported.type === 'exported' ? [] : exported).toEqual([]);
      if (exported.type !== 'exported') return;
      expect(c3vocProblems(JSON.parse(exported.text))).toEqual([]);
      const again = await importText(exported.text, 'schedule.json');
      expect(again.type).toBe('imported');
      if (again.type === 'imported') {
        expect(again.hash).toBe(hash);
        expect(again.summary).toMatchObject({ missingGuids: 0, invalidGuids: 0, duplicateGuids: 0, slugsFixed: 0 });
        expect(again.summary.urlsDropped).toBeUndefined();
        expect(again.summary.linksRepaired).toBeUndefined();
      }
    },
  );

  it('sniffs the format from the content first, the name and type only when it is silent', () => {
    const table: [string, string | undefined, string | undefined, string][] = [
      ['\uFEFF  {"schedule":{}}', 'plan.xml', undefined, 'json'],
      ['<?xml version="1.0"?><schedule/>', 'schedule.json', undefined, 'xml'],
      ['BEGIN:VCALENDAR\r\nEND:VCALENDAR', undefined, undefined, 'ics'],
      ['', 'kalender.ics', undefined, 'ics'],
      ['', 'x', 'text/calendar', 'ics'],
      ['', 'x', 'application/xml', 'xml'],
      ['hello', 'notes.txt', 'text/plain', 'unknown'],
    ];
    for (const [text, name, type, kind] of table) expect([text, sniffFormat(text, name, type)]).toEqual([text, kind]);
  });
});

describe('import: the oddities of real JSON files', () => {
  it('reads frab-era persons {id, full_public_name} as people, not as "Person ohne Namen"', async () => {
    const { schedule, summary } = await imported('frab-legacy.json');
    expect(summary.personsDropped).toBe(0);
    expect(byTitle(schedule, 'Spätshow').persons).toEqual([
      { id: 18, public_name: 'Bo Eule' },
      { id: 19, public_name: 'Cem Kauz' },
    ]);
  });

  it('keeps links written as plain strings or without a scheme, and says so', async () => {
    const { schedule, summary } = await imported('frab-legacy.json');
    expect(byTitle(schedule, 'Spätshow').links).toEqual([
      { url: 'https://nachtwerk.example.org/spaetshow' },
      { url: 'https://nachtwerk.example.org/mitschnitt' },
    ]);
    expect(byTitle(schedule, 'Eröffnung').links).toEqual([
      { url: 'https://www.nachtwerk.example.org/programm', title: 'Programm' },
    ]);
    expect(summary.linksRepaired).toBe(3);
  });

  it('keeps the items of a room named "__proto__" and counts them once', async () => {
    const { schedule, summary } = await imported('frab-legacy.json');
    const day = schedule.schedule.conference.days[0]!;
    expect(Object.keys(day.rooms)).toEqual(['Halle', '__proto__']);
    expect(day.rooms['__proto__']!.map((e) => e.title)).toEqual(['Prototypen bauen']);
    expect(summary.rooms).toBe(2);
    const model = buildConference(schedule);
    expect(model.sessions.filter((s) => s.room === '__proto__')).toHaveLength(1);
  });

  it('widens a day to its items: before day_start and after day_end', async () => {
    const { schedule } = await imported('odd-frame-and-values.json');
    const [first] = schedule.schedule.conference.days;
    expect(first!.day_start).toBe('2022-02-26T10:30:00+01:00');
    expect(first!.day_end).toBe('2022-02-27T00:30:00+01:00');
    const model = buildConference(schedule);
    const opening = model.sessions.find((s) => s.title === 'Eröffnung vor dem Tagesbeginn')!;
    expect(opening.start.getTime()).toBeGreaterThanOrEqual(model.days[0]!.start.getTime());
    const night = model.sessions.find((s) => s.title === 'Nachtschicht nach dem Tagesende')!;
    expect(night.end.getTime()).toBeLessThanOrEqual(model.days[0]!.end.getTime());
  });

  it('repairs impossible dates and durations and names each repair', async () => {
    const { summary } = await imported('odd-frame-and-values.json');
    expect(summary).toMatchObject({ datesInvalid: 1, durationsInvalid: 2 });
  });

  it('refuses an impossible date that nothing else in the file can place', async () => {
    const text = fixture('odd-frame-and-values.json').replace(
      '"start": "10:00", "duration": "00:45"',
      '"start": "25:61", "duration": "00:45"',
    );
    expect(await rejected(text, 'x.json')).toEqual([
      { kind: 'event-without-start', day: '2022-02-27', room: 'Saal', title: 'Am 30. Februar' },
    ]);
  });

  it('refuses very deep nesting with a clear problem instead of throwing', async () => {
    expect(await rejected(fixture('deep-nesting.json'), 'deep-nesting.json')).toEqual([
      { kind: 'too-deep', limit: 64 },
    ]);
    const xml = `<schedule>${'<x>'.repeat(200)}${'</x>'.repeat(200)}</schedule>`;
    expect(await rejected(xml, 'deep.xml')).toEqual([{ kind: 'too-deep', limit: 64 }]);
  });

  it('says what is wrong with a broken XML or iCalendar file, and imports nothing', async () => {
    expect((await rejected('<schedule><day></schedule>', 'x.xml'))[0]!.kind).toBe('not-xml');
    expect(await rejected('<html><body/></html>', 'x.xml')).toEqual([{ kind: 'no-schedule' }]);
    expect((await rejected('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n', 'x.ics'))[0]!.kind).toBe('not-ics');
    expect(await rejected('just words', 'notes.txt')).toEqual([{ kind: 'unknown-format' }]);
  });
});

describe('import: hostile URL schemes wherever a URL can stand', () => {
  const HOSTILE = /^\s*(javascript|data|vbscript):/i;
  const allUrls = (schedule: RawSchedule): string[] => {
    const found: string[] = [];
    JSON.stringify(schedule, (key, value: unknown) => {
      if ((key === 'url' || key === 'base_url' || key === 'href') && typeof value === 'string') found.push(value);
      return value;
    });
    return found;
  };

  it.each(['odd-frame-and-values.json', 'pentabarf.xml', 'vtimezone.ics'])(
    '%s: only http, https and mailto are kept; the rest is counted',
    async (name) => {
      const { schedule, summary } = await imported(name);
      const urls = allUrls(schedule);
      expect(urls.filter((u) => u !== '' && !/^(https?|mailto):/.test(u))).toEqual([]);
      expect(urls.some((u) => HOSTILE.test(u))).toBe(false);
      expect(summary.urlsDropped).toBeGreaterThan(0);
    },
  );

  it('drops each hostile URL of the JSON fixture and keeps the safe ones, punycode and percent-encoded', async () => {
    const { schedule, summary } = await imported('odd-frame-and-values.json');
    const conf = schedule.schedule.conference;
    expect(conf.url).toBeUndefined();
    expect(schedule.schedule.base_url).toBeUndefined();
    const opening = byTitle(schedule, 'Eröffnung vor dem Tagesbeginn');
    expect(opening.url).toBe('');
    expect(opening.persons).toEqual([{ name: 'Dora Grenz' }]);
    expect(opening.links).toEqual([
      { url: 'mailto:info@grenzfall.example.org', title: 'Post' },
      { url: 'https://grenzfall.example.org/folien%5B1%5D.pdf', title: 'Folien' },
      { url: 'https://xn--bcher-kva.example.org/grenzfall', title: 'Bücher' },
    ]);
    const meta = conf.meta!.tagesbegleiter!;
    expect(meta.sources).toEqual([
      { label: 'Ankündigung' },
      { label: 'Webseite', url: 'https://grenzfall.example.org/' },
    ]);
    expect(meta.events['6a1d2b3c-0000-4000-8000-00000000a001']!.sources).toEqual([{ label: 'Programmheft' }]);
    // conference url, base_url, event url, three links, two meta sources.
    expect(summary.urlsDropped).toBe(8);
  });

  it('never gives the model a hostile source link, even from data that skipped the importer (a restored backup)', () => {
    const raw = JSON.parse(fixture('odd-frame-and-values.json')) as RawSchedule;
    const model = buildConference(raw);
    expect(model.url).toBeUndefined();
    expect(model.sources.map((s) => s.url)).toEqual([undefined, 'https://grenzfall.example.org/']);
    expect(model.sessions.find((s) => s.guid.endsWith('a001'))!.url).toBeUndefined();
    expect(model.places.flatMap((p) => p.sources).every((s) => s.url === undefined)).toBe(true);
  });
});

describe('export: honest about estimates', () => {
  it('the bundled conference: every estimated item says so with its basis, and the export reads back unchanged', async () => {
    const { schedule: bundled } = readBundled();
    const meta = bundled.schedule.conference.meta!.tagesbegleiter!;
    const exported = await handleImportRequest({ type: 'export', schedule: bundled, options: EXPORT_OPTIONS });
    if (exported.type !== 'exported') throw new Error(JSON.stringify(exported));
    const doc = JSON.parse(exported.text) as RawSchedule;
    expect(c3vocProblems(doc)).toEqual([]);
    const estimated = eventsOf(doc).filter((e) => meta.events[e.guid]?.time.estimated);
    expect(estimated.length).toBeGreaterThan(5);
    for (const e of estimated)
      expect(e.description).toMatch(
        new RegExp(`Uhrzeit geschätzt: ${meta.events[e.guid]!.time.basis.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
      );
    const first = await importText(JSON.stringify(bundled), 'schedule.json');
    const again = await importText(exported.text, 'schedule.json');
    if (first.type !== 'imported' || again.type !== 'imported') throw new Error('not imported');
    expect(again.hash).toBe(first.hash);
  });

  it('says "Uhrzeit geschätzt" with the basis in the description of an estimated item, and reads it back as it was', async () => {
    const { schedule } = await imported('odd-frame-and-values.json');
    const exported = await handleImportRequest({ type: 'export', schedule, options: EXPORT_OPTIONS });
    if (exported.type !== 'exported') throw new Error(exported.type);
    const doc = JSON.parse(exported.text) as RawSchedule;
    const out = byTitle(doc, 'Eröffnung vor dem Tagesbeginn');
    expect(out.description).toBe('Wir beginnen früher.\n\nUhrzeit geschätzt: Nur die Reihenfolge ist bekannt.');
    expect(byTitle(doc, 'Nachtschicht nach dem Tagesende').description ?? null).toBeNull();
    const again = await importText(exported.text, 'schedule.json');
    if (again.type !== 'imported') throw new Error(again.type);
    expect(byTitle(again.schedule, 'Eröffnung vor dem Tagesbeginn').description).toBe('Wir beginnen früher.');
  });

  it('names an item without a web page by its guid, which reads back as "no web page"', async () => {
    const { schedule } = await imported('frab-legacy.json');
    const exported = await handleImportRequest({ type: 'export', schedule, options: EXPORT_OPTIONS });
    if (exported.type !== 'exported') throw new Error(exported.type);
    const e = byTitle(JSON.parse(exported.text) as RawSchedule, 'Abschluss');
    expect(e.url).toBe(`urn:uuid:${e.guid}`);
    const again = await importText(exported.text, 'schedule.json');
    if (again.type !== 'imported') throw new Error(again.type);
    expect(byTitle(again.schedule, 'Abschluss').url).toBe('');
  });
});

describe('import: XML and iCalendar specifics', () => {
  it('pentabarf: no guid, stable keys from the event ids; persons as text; CDATA and entities read', async () => {
    const first = await imported('pentabarf.xml');
    const second = await imported('pentabarf.xml');
    expect(first.summary.missingGuids).toBe(3);
    expect(eventsOf(first.schedule).map((e) => e.guid)).toEqual(eventsOf(second.schedule).map((e) => e.guid));
    expect(first.summary.timeZoneAssumed).toBe('Europe/Berlin');
    const school = byTitle(first.schedule, 'Die Schule der Zukunft');
    expect(school.persons).toEqual([
      { id: 7745, public_name: 'Mara Marin' },
      { id: 8052, public_name: 'Paul Dorn' },
    ]);
    expect(school.links).toEqual([{ url: 'https://freiraum.example.org/schule', title: 'Projektseite' }]);
    const welcome = byTitle(first.schedule, 'Willkommen beim Freiraum');
    expect(welcome.abstract).toBe('<p>Begrüßung & Eröffnung.</p>');
    expect(welcome.description).toBe('<p>Alles über den Tag.</p>');
    expect(welcome.links.map((l) => l.url)).toEqual([
      'https://video.freiraum.example.org/2021/welcome.webm',
      'https://chat.freiraum.example.org/#/room/%23plenum:freiraum.example.org',
    ]);
  });

  it('wafer: the day is the local date of its start, not the UTC date the file writes', async () => {
    const { schedule } = await imported('wafer.xml');
    const days = schedule.schedule.conference.days;
    expect(days.map((d) => d.date)).toEqual(['2023-09-10', '2023-09-11']);
    expect(schedule.schedule.conference.time_zone_name).toBe('Asia/Kolkata');
    expect(byTitle(schedule, 'Eröffnung').start).toBe('10:30');
  });

  it('frab XML: guids, rooms, tracks with colours and persons in both shapes', async () => {
    const { schedule, summary } = await imported('frab-schedule.xml');
    expect(summary).toMatchObject({ missingGuids: 0, conferenceId: 'hackwerk24', slugsFixed: 1 });
    const conf = schedule.schedule.conference;
    expect(conf.rooms?.map((r) => r.name)).toEqual(['Saal 1', 'Saal Zuse']);
    expect(conf.tracks).toEqual([{ name: 'Kunst & Schönheit', slug: 'kunst-schoenheit', color: '#F9B000' }]);
    expect(byTitle(schedule, 'Eröffnung').persons).toEqual([
      { name: 'Gabi Bock', guid: '0c16ffaa-709d-499f-959f-9a38b9113601' },
      { id: 77, public_name: 'Senf' },
    ]);
  });

  it('iCalendar: one conference named by the calendar, rooms from LOCATION, persons where named, all-day entries left out', async () => {
    const { schedule, summary } = await imported('vtimezone.ics');
    expect(summary).toMatchObject({ title: 'Sommerkonferenz Küste 2024', allDaySkipped: 1, rooms: 3 });
    expect(schedule.schedule.conference.time_zone_name).toBe('Europe/Berlin');
    expect(byTitle(schedule, 'Eröffnung am Strand')).toMatchObject({
      room: 'Strandhalle',
      track: 'Plenum',
      url: 'https://sommer.example.org/eroeffnung',
    });
    expect(byTitle(schedule, 'Eröffnung am Strand').persons).toEqual([{ name: 'Hanna Wellen' }, { name: 'Ole Sand' }]);
    expect(byTitle(schedule, 'Werkstatt Segeln').persons).toEqual([{ name: 'Kai Kutter' }, { name: 'Lea Lot' }]);
    expect(byTitle(schedule, 'Werkstatt Segeln').url).toBe('');
    expect(byTitle(schedule, 'Ohne Ortsangabe').room).toBe('Ohne Raumangabe');
    expect(byTitle(schedule, 'Ohne Ortsangabe').guid).toBe('6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a04');
  });
});
