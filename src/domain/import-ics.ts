import ICAL from 'ical.js';
import { parseIsoInZone } from './time/parse';
import { DEFAULT_TIME_ZONE } from './time/zone';
import { UUID_RE } from './import-normalize';
import { uuidFromText } from './stable-id';
import { isKnownTimeZone, isoWithOffset, localDay } from './time/zone';

/**
 * An iCalendar file (RFC 5545) as one conference in the loose schedule.json shape: every timed
 * VEVENT an item, its LOCATION the room, ORGANIZER/ATTENDEE names (and a "Speaker: …" line, as
 * Symposion and pretalx write it) its persons, CATEGORIES its track. Times with a VTIMEZONE are
 * converted by ical.js; a TZID without one (linux.conf.au writes "Australia/Brisbane" and no
 * VTIMEZONE) is read as that IANA zone; UTC stays UTC.
 */

type Loose = Record<string, unknown>;
const SPEAKER_LINE = /^(?:speakers?|presented by|referent(?:in|en)?|sprecher(?:in)?)\s*:\s*(.+)$/im;
const MINUTE_MS = 60_000;

export type IcsReading = { ok: true; doc: unknown; allDaySkipped: number } | { ok: false; detail: string };

const pad = (n: number) => String(n).padStart(2, '0');

/** The instant of a DATE-TIME property, or null for an all-day DATE. */
function instantOf(prop: ICAL.Property | null, fallbackZone: string): number | null {
  if (!prop) return null;
  const t = prop.getFirstValue() as ICAL.Time | null;
  if (!t || typeof t !== 'object' || !('isDate' in t) || t.isDate) return null;
  const zone = t.zone;
  if (
    zone === ICAL.Timezone.utcTimezone ||
    (zone && zone !== ICAL.Timezone.localTimezone && (zone as { component?: unknown }).component)
  ) {
    return t.toUnixTime() * 1000;
  }
  const tzid = prop.getParameter('tzid');
  const wallZone = typeof tzid === 'string' && isKnownTimeZone(tzid) ? tzid : fallbackZone;
  const at = parseIsoInZone(
    `${t.year}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`,
    wallZone,
  );
  return at ? at.getTime() : null;
}

/** The zone the file's times are meant in: X-WR-TIMEZONE, else the TZIDs it uses most, else its VTIMEZONE. */
function calendarZone(cal: ICAL.Component, events: ICAL.Component[]): string | null {
  const wr = cal.getFirstPropertyValue('x-wr-timezone');
  if (typeof wr === 'string' && isKnownTimeZone(wr.trim())) return wr.trim();
  const counts = new Map<string, number>();
  for (const e of events) {
    const tzid = e.getFirstProperty('dtstart')?.getParameter('tzid');
    if (typeof tzid === 'string' && isKnownTimeZone(tzid)) counts.set(tzid, (counts.get(tzid) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (best) return best[0];
  for (const vtz of cal.getAllSubcomponents('vtimezone')) {
    const id = vtz.getFirstPropertyValue('tzid');
    const location = vtz.getFirstPropertyValue('x-lic-location');
    for (const name of [location, id]) if (typeof name === 'string' && isKnownTimeZone(name)) return name;
  }
  return null;
}

/** CN of ORGANIZER/ATTENDEE, else the names after "Speaker:" in the description. */
function personsOf(e: ICAL.Component, description: string): Loose[] {
  const names: string[] = [];
  for (const p of [...e.getAllProperties('organizer'), ...e.getAllProperties('attendee')]) {
    const cn = p.getParameter('cn');
    if (typeof cn === 'string' && cn.trim()) names.push(cn.trim());
  }
  if (!names.length) {
    const line = SPEAKER_LINE.exec(description)?.[1];
    if (line)
      names.push(
        ...line
          .split(/\s*(?:,|;|\band\b|\bund\b|&)\s*/)
          .map((n) => n.trim())
          .filter(Boolean),
      );
  }
  return [...new Set(names)].map((name) => ({ name }));
}

const text = (e: ICAL.Component, name: string): string | null => {
  const v = e.getFirstPropertyValue(name);
  return typeof v === 'string' && v.trim() ? v.trim() : null;
};

/** An .ics file as the loose schedule shape (one conference, days by local date, rooms by LOCATION). */
export function readScheduleIcs(source: string, noRoom: string, fileTitle: string | null): IcsReading {
  let cal: ICAL.Component;
  try {
    cal = new ICAL.Component(ICAL.parse(source));
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
  if (cal.name !== 'vcalendar') return { ok: false, detail: cal.name };
  const vevents = cal.getAllSubcomponents('vevent');
  const declared = calendarZone(cal, vevents);
  const tz = declared ?? DEFAULT_TIME_ZONE;
  const days = new Map<string, Record<string, Loose[]>>();
  let allDaySkipped = 0;
  for (const e of vevents) {
    // A changed occurrence of a repeating entry; the programme lists each item once.
    if (e.getFirstProperty('recurrence-id')) continue;
    const start = instantOf(e.getFirstProperty('dtstart'), tz);
    if (start === null) {
      allDaySkipped++;
      continue;
    }
    const endAt = instantOf(e.getFirstProperty('dtend'), tz);
    const durationValue = e.getFirstPropertyValue('duration') as ICAL.Duration | null;
    const durationMs =
      durationValue && typeof durationValue === 'object' && 'toSeconds' in durationValue
        ? durationValue.toSeconds() * 1000
        : 0;
    const end = endAt !== null && endAt >= start ? endAt : start + durationMs;
    const uid = text(e, 'uid');
    const description = text(e, 'description') ?? '';
    const room = text(e, 'location') ?? noRoom;
    const categories = e
      .getAllProperties('categories')
      .flatMap((p) => p.getValues())
      .filter((c): c is string => typeof c === 'string' && c.trim() !== '');
    const item: Loose = {
      // A UID is the item's identity in every calendar; as a key it becomes a UUID.
      ...(uid ? { guid: UUID_RE.test(uid) ? uid : uuidFromText(`ics-uid:${uid}`) } : {}),
      date: isoWithOffset(start, tz),
      end: isoWithOffset(end, tz),
      duration: `${Math.floor((end - start) / 3_600_000)}:${pad(Math.round(((end - start) % 3_600_000) / MINUTE_MS))}`,
      room,
      title: text(e, 'summary'),
      description: description || null,
      url: text(e, 'url'),
      track: categories[0] ?? null,
      persons: personsOf(e, description),
      links: [],
    };
    const date = localDay(start, tz);
    const rooms = days.get(date) ?? (Object.create(null) as Record<string, Loose[]>);
    (rooms[room] ??= []).push(item);
    days.set(date, rooms);
  }
  const title = text(cal, 'x-wr-calname') ?? text(cal, 'x-wr-caldesc') ?? fileTitle ?? text(cal, 'prodid');
  const dates = [...days.keys()].sort();
  return {
    ok: true,
    allDaySkipped,
    doc: {
      schedule: {
        version: text(cal, 'x-wr-relcalid') ?? '1',
        conference: {
          title,
          ...(declared ? { time_zone_name: declared } : {}),
          ...(dates.length ? { start: dates[0], end: dates.at(-1) } : {}),
          days: dates.map((date, i) => ({ index: i + 1, date, rooms: days.get(date) })),
        },
      },
    },
  };
}
