import ICAL from 'ical.js';
import { parseIsoInZone } from './time/parse';
import { DEFAULT_TIME_ZONE } from './time/zone';
import { UUID_RE } from './import-normalize';
import { uuidFromText } from './stable-id';
import { instantOfLocal, isKnownTimeZone, isoWithOffset, localDay } from './time/zone';

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

export type IcsReading = ({ ok: true; doc: unknown } & IcsFacts) | { ok: false; detail: string };

const pad = (n: number) => String(n).padStart(2, '0');
const dayStartOf = (ms: number, tz: string) => instantOfLocal(localDay(ms, tz), 0, tz);

/** The instant of a DATE-TIME value (its TZID read as an IANA zone when no VTIMEZONE defines it), or null for an all-day DATE. */
function timeInstant(t: ICAL.Time | null, tzid: unknown, fallbackZone: string): number | null {
  if (!t || typeof t !== 'object' || !('isDate' in t) || t.isDate) return null;
  const zone = t.zone;
  if (
    zone === ICAL.Timezone.utcTimezone ||
    (zone && zone !== ICAL.Timezone.localTimezone && (zone as { component?: unknown }).component)
  ) {
    return t.toUnixTime() * 1000;
  }
  const wallZone = typeof tzid === 'string' && isKnownTimeZone(tzid) ? tzid : fallbackZone;
  const at = parseIsoInZone(
    `${t.year}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`,
    wallZone,
  );
  return at ? at.getTime() : null;
}

/** The instant of a DATE-TIME property, or null for an all-day DATE. */
function instantOf(prop: ICAL.Property | null, fallbackZone: string): number | null {
  if (!prop) return null;
  return timeInstant(prop.getFirstValue() as ICAL.Time | null, prop.getParameter('tzid'), fallbackZone);
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

/** How one entry becomes an item; `key` tells occurrences of one UID apart. */
function itemOf(e: ICAL.Component, start: number, end: number, key: string | null, noRoom: string, tz: string): Loose {
  const uid = text(e, 'uid');
  const description = text(e, 'description') ?? '';
  const room = text(e, 'location') ?? noRoom;
  const categories = e
    .getAllProperties('categories')
    .flatMap((p) => p.getValues())
    .filter((c): c is string => typeof c === 'string' && c.trim() !== '');
  // A UID is the item's identity in every calendar; as a key it becomes a UUID. Occurrences of a
  // repeating entry share the UID, so each takes its RECURRENCE-ID (the start the rule gave it).
  const guid = !uid
    ? null
    : key === null
      ? UUID_RE.test(uid)
        ? uid
        : uuidFromText(`ics-uid:${uid}`)
      : uuidFromText(`ics-uid:${uid}@${key}`);
  return {
    ...(guid ? { guid } : {}),
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
}

/** The end of an entry: DTEND, else DTSTART + DURATION, else its start. */
function endOf(e: ICAL.Component, start: number, tz: string): number {
  const endAt = instantOf(e.getFirstProperty('dtend'), tz);
  const durationValue = e.getFirstPropertyValue('duration') as ICAL.Duration | null;
  const durationMs =
    durationValue && typeof durationValue === 'object' && 'toSeconds' in durationValue
      ? durationValue.toSeconds() * 1000
      : 0;
  return endAt !== null && endAt >= start ? endAt : start + durationMs;
}

/** Most occurrences taken from one rule; a programme rarely repeats an item more often. */
export const MAX_OCCURRENCES = 500;
/** Steps through a rule before giving up (a daily rule from years before the conference). */
const MAX_RULE_STEPS = 20_000;

type Occurrence = { e: ICAL.Component; start: number; end: number; key: string };
type Expansion = { occurrences: Occurrence[]; allDay: boolean; capped: boolean };

const isRecurring = (e: ICAL.Component) => e.hasProperty('rrule') || e.hasProperty('rdate');

/**
 * The occurrences of a repeating entry: its RRULE and RDATE less its EXDATE, each replaced by the
 * entry of the same UID and RECURRENCE-ID where the file has one (a cancelled one is left out).
 * A rule without an end (no COUNT, no UNTIL) is read only within the conference's other items,
 * `window`, when the file has any; every rule stops at MAX_OCCURRENCES.
 */
function expand(
  master: ICAL.Component,
  exceptions: ICAL.Component[],
  tz: string,
  window: [number, number] | null,
): Expansion {
  const event = new ICAL.Event(master);
  for (const x of exceptions) event.relateException(x);
  const unbounded = master.getAllProperties('rrule').some((p) => !(p.getFirstValue() as ICAL.Recur).isFinite());
  const masterTzid = master.getFirstProperty('dtstart')?.getParameter('tzid');
  const occurrences: Occurrence[] = [];
  let capped = false;
  const it = event.iterator();
  for (let steps = 0; ; steps++) {
    const next = it.next();
    if (!next) break;
    if (steps >= MAX_RULE_STEPS) {
      capped = true;
      break;
    }
    const details = event.getOccurrenceDetails(next);
    const item = details.item.component;
    const tzid = item === master ? masterTzid : item.getFirstProperty('dtstart')?.getParameter('tzid');
    const start = timeInstant(details.startDate, tzid, tz);
    if (start === null) return { occurrences: [], allDay: true, capped: false };
    if (unbounded && window) {
      if (start > window[1]) {
        capped = true;
        break;
      }
      if (start < window[0]) continue;
    }
    if (occurrences.length >= MAX_OCCURRENCES) {
      capped = true;
      break;
    }
    if (text(item, 'status')?.toUpperCase() === 'CANCELLED') continue;
    const endTzid = item.getFirstProperty('dtend')?.getParameter('tzid') ?? tzid;
    const endAt = timeInstant(details.endDate, endTzid, tz);
    const end = endAt !== null && endAt >= start ? endAt : start;
    const key = details.recurrenceId.toString();
    occurrences.push({ e: item, start, end, key });
  }
  return { occurrences, allDay: false, capped: capped || (unbounded && !window) };
}

export type IcsFacts = { allDaySkipped: number; recurrencesCapped: number };

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
  let recurrencesCapped = 0;
  const place = (item: Loose, start: number, room: string) => {
    const date = localDay(start, tz);
    const rooms = days.get(date) ?? (Object.create(null) as Record<string, Loose[]>);
    (rooms[room] ??= []).push(item);
    days.set(date, rooms);
  };

  // Changed occurrences belong to the repeating entry of their UID; one without it stands alone.
  const masters = new Map<string, ICAL.Component>();
  for (const e of vevents) {
    const uid = text(e, 'uid');
    if (uid && isRecurring(e) && !e.hasProperty('recurrence-id')) masters.set(uid, e);
  }
  const exceptions = new Map<string, ICAL.Component[]>();
  const singles: { e: ICAL.Component; key: string | null }[] = [];
  for (const e of vevents) {
    const uid = text(e, 'uid');
    const rid = e.getFirstProperty('recurrence-id');
    if (uid && rid && masters.has(uid)) {
      const list = exceptions.get(uid) ?? [];
      list.push(e);
      exceptions.set(uid, list);
    } else if (!(uid && masters.get(uid) === e)) {
      singles.push({ e, key: rid ? String(rid.getFirstValue()) : null });
    }
  }

  let lo = Infinity;
  let hi = -Infinity;
  for (const { e, key } of singles) {
    const start = instantOf(e.getFirstProperty('dtstart'), tz);
    if (start === null) {
      allDaySkipped++;
      continue;
    }
    if (text(e, 'status')?.toUpperCase() === 'CANCELLED' && key !== null) continue;
    const end = endOf(e, start, tz);
    lo = Math.min(lo, start);
    hi = Math.max(hi, end);
    place(itemOf(e, start, end, key, noRoom, tz), start, text(e, 'location') ?? noRoom);
  }
  // The other items' span, widened to whole local days, is the conference an endless rule is read in.
  const window: [number, number] | null = hi >= lo ? [dayStartOf(lo, tz), dayStartOf(hi, tz) + 86_400_000] : null;
  for (const [uid, master] of masters) {
    const { occurrences, allDay, capped } = expand(master, exceptions.get(uid) ?? [], tz, window);
    if (allDay) allDaySkipped++;
    if (capped) recurrencesCapped++;
    for (const o of occurrences)
      place(itemOf(o.e, o.start, o.end, o.key, noRoom, tz), o.start, text(o.e, 'location') ?? noRoom);
  }

  const title = text(cal, 'x-wr-calname') ?? text(cal, 'x-wr-caldesc') ?? fileTitle ?? text(cal, 'prodid');
  const dates = [...days.keys()].sort();
  return {
    ok: true,
    allDaySkipped,
    recurrencesCapped,
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
