import { DEFAULT_TIME_ZONE, instantOfWall, localDay } from './zone';

/** `2023-09-06T11:30`, optional seconds and fraction, optional `Z` or `±hh:mm` offset. */
const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
/** A bare date means that day's midnight. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/*
 * The C3VOC schema's own time patterns (https://c3voc.de/schedule/schema.json), written once:
 * the strict schema, the export and the import's repairs all test against these.
 */
/** A day: `2023-09-06`. */
export const C3VOC_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A date-time that carries an explicit offset (or Z). */
export const C3VOC_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
/** An event's start, `HH:MM` on a 24-hour clock. */
export const C3VOC_START = /^(0[0-9]|1[0-9]|2[0-3]):[0-5][0-9]$/;
/** A duration (and `timeslot_duration`): hours, then two digits of minutes. */
export const C3VOC_DURATION = /^[0-9]+:[0-9]{2}$/;
/** The schema's time-zone pattern (stricter than IANA: "Etc/GMT+1" fails it). */
export const C3VOC_TIME_ZONE = /^([A-Z][a-z]+\/[A-Z][a-z]+)|UTC$/;

/** What files really write for a duration: `1:30`, `01:30:00` (the seconds ignored), or minutes alone. */
const DURATION_TEXT = /^(\d+):(\d{2})(?::(\d{2}))?$/;
const MINUTES_ONLY = /^\d+$/;

export type DemoClockParam = { kind: 'absent' } | { kind: 'valid'; instant: Date } | { kind: 'invalid'; raw: string };

/**
 * Reads the `now` query parameter. Without an offset it is wall-clock time in `timeZone`
 * (Berlin for the bundled conference), so a demo of the day reads the same on any device.
 */
export function parseDemoNow(search: string, timeZone = DEFAULT_TIME_ZONE): DemoClockParam {
  const raw = new URLSearchParams(search).get('now');
  if (raw === null || raw.trim() === '') return { kind: 'absent' };
  const instant = parseIsoInZone(raw.trim(), timeZone);
  return instant ? { kind: 'valid', instant } : { kind: 'invalid', raw };
}

/** Parses ISO 8601 date-time; a missing offset means local time in `timeZone`. Null if invalid. */
export function parseIsoInZone(text: string, timeZone: string): Date | null {
  const dateOnly = ISO_DATE.exec(text);
  const m = ISO_LOCAL.exec(text) ?? (dateOnly ? [...dateOnly, '00', '00', undefined, undefined] : null);
  if (!m) return null;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const second = m[6] ? Number(m[6]) : 0;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  // 30 February is not a day, with or without an offset (Date would roll it into March).
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  const offset = m[7];
  let instant: Date;
  if (offset) {
    const normalized = offset === 'Z' ? 'Z' : `${offset.slice(0, 3)}:${offset.slice(-2)}`;
    const pad = (n: number) => String(n).padStart(2, '0');
    instant = new Date(`${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${normalized}`);
  } else {
    instant = new Date(instantOfWall(Date.UTC(year, month - 1, day, hour, minute, second), timeZone));
  }
  if (Number.isNaN(instant.getTime())) return null;
  // With an offset the instant is final (as before); skipping the zone lookup for it keeps a
  // 10,000-event import fast. Local times that roll over (31 February) are rejected, not moved.
  if (offset) return instant;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (localDay(instant.getTime(), timeZone) !== `${year}-${pad(month)}-${pad(day)}`) return null;
  return instant;
}

/**
 * A duration in minutes: "01:30", "1:30" or "01:30:00" (hours:minutes[:seconds]), or "90"
 * (minutes). Null when unreadable, which includes minutes or seconds past 59 ("1:75").
 */
export function parseDuration(text: string): number | null {
  const trimmed = text.trim();
  const m = DURATION_TEXT.exec(trimmed);
  if (m) return Number(m[2]) > 59 || Number(m[3] ?? 0) > 59 ? null : Number(m[1]) * 60 + Number(m[2]);
  return MINUTES_ONLY.test(trimmed) ? Number(trimmed) : null;
}
