import type { RawEvent } from './raw';
import { formatDuration } from './time/format';
import { parseDuration, parseIsoInZone } from './time/parse';
import { instantOfLocal, isoWithOffset, localClock, localDay } from './time/zone';
import { asText, readLink } from './import-normalize';
import { judgeUrl } from './safe-url';

/**
 * The per-item steps of an import: when an item starts and ends, and its links and web page
 * under the URL rule. Each step returns what it read and counts what it had to repair in the
 * `tally` it is given, so the summary names every change.
 */

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** "11:00", "9:30", "11:00:00"; hours and minutes that exist. */
const CLOCK_RE = /^([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?$/;

type Loose = Record<string, unknown>;

/** The repairs counted per item. */
export interface EventTally {
  datesInvalid: number;
  durationsInvalid: number;
  durationsMissing: number;
  urlsDropped: number;
  linksRepaired: number;
}

/** How a day places its items in time: its date, its start if given, and where "after midnight" begins. */
export interface DayFrame {
  date: string | null;
  start: Date | null;
  /** Minutes after midnight: an item without a date whose clock time is earlier belongs to the next date. */
  wrapBefore: number | null;
  timeZone: string;
}

/** Minutes after midnight of a clock time "HH:MM"; null when it is not one. */
export function clockMinutes(text: unknown): number | null {
  const m = CLOCK_RE.exec(asText(text)?.trim() ?? '');
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** The day's date plus a clock time, moved to the next date when the day has wrapped past midnight. */
function fromClock(e: Loose, frame: DayFrame): Date | null {
  const minutes = clockMinutes(e.start);
  if (minutes === null || !frame.date) return null;
  const at = instantOfLocal(frame.date, minutes, frame.timeZone);
  // pretalx days run 04:00–03:59, frab's 30C3 lists 00:30 after 23:00: both mean the next date.
  const wraps = frame.start ? at < frame.start.getTime() : frame.wrapBefore !== null && minutes < frame.wrapBefore;
  if (!wraps) return new Date(at);
  return new Date(instantOfLocal(localDay(at + DAY_MS, frame.timeZone), minutes, frame.timeZone));
}

/** Start and end of an item: `date` (with its own offset) first, else day and clock; end from `end` or `duration`. */
export function readEventTimes(
  e: Loose,
  frame: DayFrame,
  tally: EventTally,
): { start: Date; endMs: number; minutes: number } | null {
  const dateText = asText(e.date)?.trim();
  let start = dateText ? parseIsoInZone(dateText, frame.timeZone) : null;
  if (dateText && !start) {
    // "2022-02-30T10:00" is no instant; the day and the clock time may still say when.
    start = fromClock(e, frame);
    if (start) tally.datesInvalid++;
  }
  start ??= fromClock(e, frame);
  if (!start) return null;
  const endText = asText(e.end)?.trim();
  const givenEnd = endText ? parseIsoInZone(endText, frame.timeZone) : null;
  const end = givenEnd && givenEnd >= start ? givenEnd : null;
  const durationText = asText(e.duration)?.trim() ?? '';
  let minutes = durationText === '' ? null : parseDuration(durationText);
  if (durationText !== '' && minutes === null) tally.durationsInvalid++;
  else if (minutes === null && !end) tally.durationsMissing++;
  if (minutes === null) minutes = end ? Math.round((end.getTime() - start.getTime()) / MINUTE_MS) : 0;
  const endMs = end?.getTime() ?? start.getTime() + minutes * MINUTE_MS;
  return { start, endMs, minutes };
}

/** The item's web page under the URL rule; our own export's `urn:uuid:<guid>` stand-in means "none". */
export function readEventUrl(e: Loose, guid: string, tally: EventTally): string {
  const text = asText(e.url)?.trim() ?? '';
  if (text.toLowerCase() === `urn:uuid:${guid}`) return '';
  const verdict = judgeUrl(text);
  if (verdict.kind === 'unsafe') tally.urlsDropped++;
  if (verdict.kind !== 'ok') return '';
  if (verdict.repaired) tally.linksRepaired++;
  return verdict.url;
}

/** The item's links: strings and objects, scheme-less hosts given https, other schemes dropped. */
export function readEventLinks(e: Loose, tally: EventTally): RawEvent['links'] {
  const links: RawEvent['links'] = [];
  for (const value of Array.isArray(e.links) ? (e.links as unknown[]) : []) {
    const reading = readLink(value);
    if (reading.kind === 'unsafe') tally.urlsDropped++;
    if (reading.kind !== 'ok') continue;
    if (reading.repaired) tally.linksRepaired++;
    links.push(reading.link);
  }
  return links;
}

/** The C3VOC time fields of an item from its instants. */
export function timeFields(start: Date, endMs: number, minutes: number, timeZone: string) {
  return {
    date: isoWithOffset(start.getTime(), timeZone),
    start: localClock(start.getTime(), timeZone),
    duration: formatDuration(Math.max(0, minutes)),
    end: isoWithOffset(endMs, timeZone),
  };
}

/**
 * Our export says "Uhrzeit geschätzt: <basis>" at the end of an estimated item's description
 * (other apps show no estimate otherwise). Read back, that paragraph is ours, not the item's.
 */
export function withoutEstimateNote(description: string | null, basis: string | undefined): string | null {
  if (description === null || !basis) return description;
  const suffix = `: ${basis}`;
  if (!description.endsWith(suffix)) return description;
  const paragraphStart = description.lastIndexOf('\n\n', description.length - suffix.length);
  const label = description.slice(paragraphStart < 0 ? 0 : paragraphStart + 2, description.length - suffix.length);
  if (label.length > 40 || label.includes('\n')) return description;
  return paragraphStart < 0 ? null : description.slice(0, paragraphStart);
}
