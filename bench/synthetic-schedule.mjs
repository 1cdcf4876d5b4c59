// Synthetic C3VOC schedules for the benchmarks: N events over several days and rooms, shaped like
// a real pretalx export (abstracts, descriptions, persons), deterministic for a given size.

/** Enough text per event that 10,000 events weigh about 5 MB, like a large real export. */
const ABSTRACT_WORDS = 6;
const DESCRIPTION_WORDS = 10;
const WORDS =
  'Stadt Daten Öffentlichkeit Bürger Beteiligung Werkstatt Zukunft Netz Quartier Mobilität Energie Schule Verwaltung Kooperation Region Dialog Labor Straße Brücke Gemeinde Übergang Prüfung Maß Grün'.split(
    ' ',
  );
const NAMES = 'Anna Jörg Ülker Mia Jonas Ömer Lea Paul Zoë Ben Clara Noah Smilla Tim Greta Luca'.split(' ');
const SURNAMES = 'Müller Schäfer Groß Weiß Koch Bauer Öztürk Jäger Lang Wolf Becker Hoffmann Krüger Süß'.split(' ');
const TYPES = ['Talk', 'Workshop', 'Diskussion', 'Lightning Talk'];
const TRACKS = ['Stadtentwicklung', 'Daten & Technik', 'Beteiligung', 'Mobilität', 'Energie', 'Verwaltung'];
/** Slot length and day length chosen so that rooms × slots per day carries the events. */
const SLOT_MINUTES = 30;
const DAY_START_HOUR = 8;

/** A small deterministic PRNG (mulberry32), so every run benchmarks the same document. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n, w = 2) => String(n).padStart(w, '0');

/** A UUID-shaped guid from a number (version 4 layout), stable per event. */
function guidOf(prefix, n) {
  const hex = (n >>> 0).toString(16).padStart(12, '0');
  return `${prefix}-0000-4000-8000-${hex}`;
}

/**
 * A schedule with `events` events spread over `days` days (default: 1 for ≤ 1,000, else 5) and
 * `rooms` rooms (default: enough that each room has at most 24 half-hour slots a day).
 * `lean`: only the required fields, short (about 330 bytes an item), for the 200,000-item scale case.
 */
export function syntheticSchedule(events, { days, rooms, seed = 7, acronym, lean = false } = {}) {
  const rnd = random(seed + events);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const words = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const dayCount = days ?? (events <= 1000 ? 1 : 5);
  const slotsPerDay = 24;
  const roomCount = rooms ?? Math.max(1, Math.ceil(events / dayCount / slotsPerDay));
  const perDay = Math.ceil(events / dayCount);
  const start = new Date(Date.UTC(2024, 5, 10));
  const conf = acronym ?? `synth${events}`;
  const outDays = [];
  let n = 0;
  for (let d = 0; d < dayCount; d++) {
    const date = new Date(start.getTime() + d * 86_400_000).toISOString().slice(0, 10);
    const roomsOfDay = {};
    for (let i = 0; i < perDay && n < events; i++, n++) {
      const room = `Saal ${pad((i % roomCount) + 1)}`;
      const slot = Math.floor(i / roomCount);
      const minutes = DAY_START_HOUR * 60 + slot * SLOT_MINUTES;
      const hh = pad(Math.floor(minutes / 60) % 24);
      const mm = pad(minutes % 60);
      const id = n + 1;
      const title = `${pick(WORDS)} und ${pick(WORDS)}: ${words(4)} ${id}`;
      const persons = Array.from({ length: 1 + Math.floor(rnd() * 3) }, (_, k) => ({
        name: `${pick(NAMES)} ${pick(SURNAMES)}`,
        guid: guidOf('bbbbbbbb', id * 4 + k),
        biography: null,
      }));
      if (lean) {
        (roomsOfDay[room] ??= []).push({
          guid: guidOf('aaaaaaaa', id),
          id,
          date: `${date}T${hh}:${mm}:00+02:00`,
          start: `${hh}:${mm}`,
          duration: '00:25',
          room,
          slug: `e-${id}`,
          url: '',
          title: `${pick(WORDS)} ${id}`,
          subtitle: null,
          track: null,
          type: 'Talk',
          language: null,
          abstract: null,
          persons: [],
          links: [],
        });
        continue;
      }
      (roomsOfDay[room] ??= []).push({
        guid: guidOf('aaaaaaaa', id),
        id,
        date: `${date}T${hh}:${mm}:00+02:00`,
        start: `${hh}:${mm}`,
        duration: '00:25',
        room,
        slug: `${conf}-${id}-event`,
        url: `https://pretalx.example.org/${conf}/talk/${id}/`,
        title,
        subtitle: null,
        track: pick(TRACKS),
        type: pick(TYPES),
        language: 'de',
        abstract: words(ABSTRACT_WORDS),
        description: words(DESCRIPTION_WORDS),
        persons,
        links: [],
      });
    }
    outDays.push({
      index: d + 1,
      date,
      day_start: `${date}T0${DAY_START_HOUR}:00:00+02:00`,
      day_end: `${date}T23:59:00+02:00`,
      rooms: roomsOfDay,
    });
  }
  return {
    $schema: 'https://c3voc.de/schedule/schema.json',
    generator: { name: 'tagesbegleiter-bench' },
    schedule: {
      version: '1',
      conference: {
        acronym: conf,
        title: `Synthetische Konferenz (${events} Programmpunkte)`,
        start: outDays[0].date,
        end: outDays.at(-1).date,
        daysCount: dayCount,
        timeslot_duration: '00:30',
        time_zone_name: 'Europe/Berlin',
        days: outDays,
      },
    },
  };
}
