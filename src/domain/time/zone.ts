// The subpath: the package root also brings TZDate (3 KB, kept as a side effect by the bundler).
import { tzOffset } from '@date-fns/tz/tzOffset';

/** The bundled conference's zone, and any imported file's that names none. */
export const DEFAULT_TIME_ZONE = 'Europe/Berlin';

/**
 * Time zones: a zone's offset at an instant, and an instant's wall-clock day and time there.
 * Writing instants as C3VOC wants them: local wall-clock time of the conference's zone with an
 * explicit offset ("2024-06-10T09:00:00+02:00"). Offsets are cached per quarter hour because an
 * import formats two instants per event and Intl is the slow part.
 */

const MINUTE_MS = 60_000;
/** Farther than any zone's offset changes twice: the offsets a day apart are the ones around a change. */
const DAY_MS = 24 * 60 * MINUTE_MS;
/** Every real zone changes its offset on a quarter-hour boundary, so a bucket never straddles one. */
const BUCKET_MS = 15 * MINUTE_MS;
const offsetCache = new Map<string, number>();

/** The zone's UTC offset in minutes at `ms` (e.g. 120 for Berlin in summer). */
export function offsetMinutes(ms: number, timeZone: string): number {
  const key = `${timeZone}|${Math.floor(ms / BUCKET_MS)}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    offset = tzOffset(timeZone, new Date(ms));
    offsetCache.set(key, offset);
  }
  return offset;
}

/** True when the runtime knows the IANA zone `name`. */
export function isKnownTimeZone(name: string): boolean {
  // Asked once per item of a calendar file; a DateTimeFormat per question is the slow part.
  let known = knownZones.get(name);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: name });
      known = true;
    } catch {
      known = false;
    }
    knownZones.set(name, known);
  }
  return known;
}
const knownZones = new Map<string, boolean>();

const pad = (n: number) => String(n).padStart(2, '0');

/** Wall-clock parts of `ms` in `timeZone`, read from a shifted UTC date (no Intl per call). */
function localParts(ms: number, timeZone: string) {
  const offset = offsetMinutes(ms, timeZone);
  const d = new Date(ms + offset * MINUTE_MS);
  return {
    offset,
    date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
    seconds: pad(d.getUTCSeconds()),
  };
}

/** "2024-06-10T09:00:00+02:00": the instant as local time of `timeZone` with its offset. */
export function isoWithOffset(ms: number, timeZone: string): string {
  const { offset, date, time, seconds } = localParts(ms, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${date}T${time}:${seconds}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** "09:00": the local clock time of the instant in `timeZone`. */
export function localClock(ms: number, timeZone: string): string {
  return localParts(ms, timeZone).time;
}

/** "2024-06-10": the local calendar date of the instant in `timeZone`. */
export function localDay(ms: number, timeZone: string): string {
  return localParts(ms, timeZone).date;
}

/**
 * The instant whose wall clock in `timeZone` reads `wall` (that wall-clock time written as if it
 * were UTC, in ms), from the cached offsets: an import places thousands of items by clock time.
 * Where a clock change makes the reading ambiguous, the offset from before the change wins, as
 * in RFC 5545 and Temporal's "compatible": a time the clock skips (02:30 when clocks go from 02:00
 * to 03:00) is read as 03:30, a time it shows twice (02:30 when it goes back) is the first one.
 */
export function instantOfWall(wall: number, timeZone: string): number {
  const before = offsetMinutes(wall - DAY_MS, timeZone);
  const after = offsetMinutes(wall + DAY_MS, timeZone);
  const early = wall - before * MINUTE_MS;
  if (before === after || offsetMinutes(early, timeZone) === before) return early;
  const late = wall - after * MINUTE_MS;
  return offsetMinutes(late, timeZone) === after ? late : early;
}

/**
 * The instant of wall-clock time `minutes` after midnight of `date` (YYYY-MM-DD, a real date) in
 * `timeZone` (see instantOfWall for the hours a clock change skips or repeats).
 */
export function instantOfLocal(date: string, minutes: number, timeZone: string): number {
  const wall =
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + minutes * MINUTE_MS;
  return instantOfWall(wall, timeZone);
}
