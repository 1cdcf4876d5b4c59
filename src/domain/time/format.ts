import { C3VOC_DURATION } from './parse';
import { DEFAULT_TIME_ZONE, localClock, localDay } from './zone';

/** Instants and dates as the UI shows them, always in the conference's zone (never the device's). */

/**
 * Zone conversion is the costly part of formatting (an Intl lookup per date), and a programme
 * shows the same few start times again and again: remember them. Bounded for 10,000-event files.
 */
const MAX_CACHED = 50_000;
const cache = new Map<string, string>();

function cached(key: string, compute: () => string): string {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    value = compute();
    cache.set(key, value);
  }
  return value;
}

/** "11:15" in the conference's zone, whatever zone the device is in. */
export function formatClock(instant: Date, timeZone = DEFAULT_TIME_ZONE): string {
  const t = instant.getTime();
  return cached(`c|${timeZone}|${t}`, () => localClock(t, timeZone));
}

/** "11:15–13:00", or "ca. 11:15–13:00" when the time is an estimate. */
export function formatTimeRange(
  start: Date,
  end: Date,
  estimated: boolean,
  approx: string,
  timeZone = DEFAULT_TIME_ZONE,
): string {
  const range = `${formatClock(start, timeZone)}–${formatClock(end, timeZone)}`;
  return estimated ? `${approx} ${range}` : range;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "Mittwoch, 6. September 2023" in the conference's zone and the UI's locale. */
export function formatLongDate(instant: Date, locale: string, timeZone = DEFAULT_TIME_ZONE): string {
  const key = `${locale}|${timeZone}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone });
    dateFormats.set(key, format);
  }
  return format.format(instant);
}

/** "2023-09-06T11:15" in the conference's zone: the value of a <time datetime> a reader can trust. */
export function toLocalIso(instant: Date, timeZone = DEFAULT_TIME_ZONE): string {
  const t = instant.getTime();
  return cached(`i|${timeZone}|${t}`, () => `${localDay(t, timeZone)}T${localClock(t, timeZone)}`);
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** "Fr., 17.05." in German: the day switcher's and a slot's day, short enough for a phone. */
export function formatShortDay(instant: Date, locale: string, timeZone: string): string {
  const key = `${locale}|${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { weekday: 'short', day: '2-digit', month: '2-digit', timeZone });
    formats.set(key, format);
  }
  return format.format(instant);
}

/**
 * Creates (and caches) the formats the programme uses in `locale` and `timeZone`. The first one
 * of a locale loads its calendar data, tens of milliseconds on a slow phone: the start does this
 * in a task of its own, so taking the page over stays a short one.
 */
export function warmDateFormats(locale: string, timeZone: string): void {
  const instant = new Date(0);
  formatLongDate(instant, locale, timeZone);
  formatShortDay(instant, locale, timeZone);
}

const calendarDays = new Map<string, Intl.DateTimeFormat>();

/** "17. Mai 2024" for a calendar date "2024-05-17" (a date, not an instant: no zone involved). */
export function formatCalendarDay(ymd: string, locale: string): string {
  let format = calendarDays.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    calendarDays.set(locale, format);
  }
  const date = new Date(`${ymd}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? ymd : format.format(date);
}

/** Minutes as the C3VOC schema's "HH:MM" duration; "00:00" for anything that is no whole count. */
export function formatDuration(minutes: number): string {
  const text = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return C3VOC_DURATION.test(text) ? text : '00:00';
}
