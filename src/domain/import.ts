import * as v from 'valibot';
import type { RawConference, RawDay, RawEvent, RawSchedule } from './raw';
import { parseIsoInZone } from './time/parse';
import { DEFAULT_TIME_ZONE } from './time/zone';
import { contentHash, uuidFromText } from './stable-id';
import { isKnownTimeZone, isoWithOffset, localClock, localDay } from './time/zone';
import { normalizeConferenceExtras } from './import-conference';
import {
  UUID_RE,
  asPositiveInt,
  asText,
  durationMinutes,
  formatDuration,
  isUri,
  normalizeAcronym,
  normalizeLink,
  normalizePerson,
  normalizeSlug,
} from './import-normalize';

/**
 * Reads a C3VOC schedule.json as pretalx and frab really write it: unknown keys, upper-case
 * slugs, missing optional fields, either person shape. Everything is keyed by guid; a missing,
 * malformed or repeated guid gets a stable derived key, and the summary says how many did.
 * What cannot be a schedule is rejected with every problem found, and nothing is imported.
 */

/** A phone keeps the parsed file and the model in memory at once; 30 MB is 5× the largest real export. */
export const MAX_IMPORT_BYTES = 30 * 1024 * 1024;
/** A longer list helps nobody; the rest is counted. */
const MAX_LISTED_PROBLEMS = 20;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const CLOCK_RE = /^(\d{1,2}):(\d{2})/;

/** Why a file was not imported. The view turns each into a sentence. */
export type ImportProblem =
  | { kind: 'too-large'; bytes: number; limit: number }
  | { kind: 'unreadable'; detail: string }
  | { kind: 'not-json'; detail: string }
  | { kind: 'no-schedule' }
  | { kind: 'no-conference' }
  | { kind: 'no-days' }
  | { kind: 'no-events' }
  | { kind: 'shape'; path: string; expected: string; received: string }
  | { kind: 'event-without-start'; day: string; room: string; title: string }
  | { kind: 'more'; count: number };

/** What the import did, including every repair, so the person can judge the result. */
export interface ImportSummary {
  conferenceId: string;
  title: string;
  days: number;
  rooms: number;
  events: number;
  /** The acronym was not usable as a key and was rewritten. */
  acronymChanged?: { from: string; to: string };
  /** Items that got a derived key because their guid was missing / not a UUID / already used. */
  missingGuids: number;
  invalidGuids: number;
  duplicateGuids: number;
  slugsFixed: number;
  personsDropped: number;
  durationsMissing: number;
  untitled: number;
  /** The file named no (known) time zone; this one is assumed. */
  timeZoneAssumed?: string;
}

export type ImportResult =
  { ok: true; schedule: RawSchedule; summary: ImportSummary } | { ok: false; problems: ImportProblem[] };

/** Words the file may lack that the app shows (passed in: UI text lives in src/i18n). */
export interface ImportOptions {
  untitled: string;
  defaultType: string;
}

const AnyObject = v.looseObject({});
const Shape = v.looseObject({
  schedule: v.looseObject({
    conference: v.looseObject({
      days: v.array(v.looseObject({ rooms: v.optional(v.record(v.string(), v.array(AnyObject))) })),
    }),
  }),
});

/** Parses the text of a file; see `readScheduleDocument`. */
export function readScheduleText(text: string, options: ImportOptions): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return fail([{ kind: 'too-large', bytes: text.length, limit: MAX_IMPORT_BYTES }]);
  let doc: unknown;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return fail([{ kind: 'not-json', detail: error instanceof Error ? error.message : String(error) }]);
  }
  return readScheduleDocument(doc, options);
}

/** Checks the skeleton strictly and everything else leniently; returns a clean schedule or the problems. */
export function readScheduleDocument(doc: unknown, options: ImportOptions): ImportResult {
  const shape = v.safeParse(Shape, doc, { abortEarly: false });
  if (!shape.success) return fail(shape.issues.map(toProblem));
  return normalize(doc as ShapeOf, options);
}

type Loose = Record<string, unknown>;
type ShapeOf = { schedule: Loose & { conference: Loose & { days: (Loose & { rooms?: Record<string, Loose[]> })[] } } };

function toProblem(issue: v.GenericIssue): ImportProblem {
  const path = v.getDotPath(issue) ?? '';
  const missing = issue.received === 'undefined' || issue.input === null;
  if (path === '' || (path === 'schedule' && missing)) return { kind: 'no-schedule' };
  if (path === 'schedule.conference' && missing) return { kind: 'no-conference' };
  if (path === 'schedule.conference.days' && missing) return { kind: 'no-days' };
  return { kind: 'shape', path, expected: issue.expected ?? '?', received: issue.received };
}

function fail(problems: ImportProblem[]): ImportResult {
  const unique = [...new Map(problems.map((p) => [JSON.stringify(p), p])).values()];
  if (unique.length <= MAX_LISTED_PROBLEMS) return { ok: false, problems: unique };
  return {
    ok: false,
    problems: [...unique.slice(0, MAX_LISTED_PROBLEMS), { kind: 'more', count: unique.length - MAX_LISTED_PROBLEMS }],
  };
}

/** The instant an event starts: its `date`, else the day's date plus its `start` clock time. */
function eventStart(e: Loose, dayDate: string | null, dayStart: Date | null, tz: string): Date | null {
  const dateText = asText(e.date)?.trim();
  const fromDate = dateText ? parseIsoInZone(dateText, tz) : null;
  if (fromDate) return fromDate;
  const clock = CLOCK_RE.exec(asText(e.start)?.trim() ?? '');
  if (!clock || !dayDate) return null;
  const at = parseIsoInZone(`${dayDate}T${clock[1]!.padStart(2, '0')}:${clock[2]}`, tz);
  // After-midnight items of a day (pretalx days run 04:00–03:59) belong to the next date.
  return at && dayStart && at < dayStart
    ? parseIsoInZone(`${localDay(at.getTime() + DAY_MS, tz)}T${localClock(at.getTime(), tz)}`, tz)
    : at;
}

function normalize(doc: ShapeOf, options: ImportOptions): ImportResult {
  const conf = doc.schedule.conference;
  const title = asText(conf.title)?.trim() || null;
  const rawAcronym = asText(conf.acronym);
  const acronym = normalizeAcronym(
    rawAcronym,
    title,
    contentHash(JSON.stringify(conf.days).slice(0, 4096)).slice(0, 8),
  );
  const zoneName = asText(conf.time_zone_name)?.trim();
  const tz = zoneName && isKnownTimeZone(zoneName) ? zoneName : DEFAULT_TIME_ZONE;
  const summary: ImportSummary = {
    conferenceId: acronym,
    title: title ?? acronym,
    days: 0,
    rooms: 0,
    events: 0,
    missingGuids: 0,
    invalidGuids: 0,
    duplicateGuids: 0,
    slugsFixed: 0,
    personsDropped: 0,
    durationsMissing: 0,
    untitled: 0,
  };
  if (rawAcronym !== acronym) summary.acronymChanged = { from: rawAcronym ?? '', to: acronym };
  if (tz !== zoneName) summary.timeZoneAssumed = tz;

  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  const roomNames = new Set<string>();
  const needsId: RawEvent[] = [];
  let maxId = 0;
  const days: RawDay[] = [];

  /** A key for an item without a usable guid: from its stable ids first, else from when/where/what. */
  const derivedGuid = (e: Loose, start: Date, room: string, title: string): string => {
    const code = asText(e.code) ?? asText(e.id);
    const bases = code ? [`${acronym}|id:${code}`] : [];
    bases.push(`${acronym}|${localDay(start.getTime(), tz)}|${room}|${localClock(start.getTime(), tz)}|${title}`);
    for (const base of bases) if (!seen.has(uuidFromText(base))) return uuidFromText(base);
    let n = 2;
    while (seen.has(uuidFromText(`${bases.at(-1)}|${n}`))) n++;
    return uuidFromText(`${bases.at(-1)}|${n}`);
  };

  conf.days.forEach((day, dayPos) => {
    const dayStartAt = parseIsoInZone(asText(day.day_start)?.trim() ?? '', tz);
    const dayEndAt = parseIsoInZone(asText(day.day_end)?.trim() ?? '', tz);
    const givenDate = asText(day.date)?.trim() ?? '';
    const dayDate = DATE_RE.test(givenDate) ? givenDate : dayStartAt ? localDay(dayStartAt.getTime(), tz) : null;
    const rooms: Record<string, RawEvent[]> = {};
    let first = Infinity;
    let last = -Infinity;
    for (const [roomKey, events] of Object.entries(day.rooms ?? {})) {
      const list: RawEvent[] = [];
      for (const e of events) {
        let eventTitle = asText(e.title)?.trim() ?? '';
        if (!eventTitle) {
          eventTitle = options.untitled;
          summary.untitled++;
        }
        const room = asText(e.room)?.trim() || roomKey;
        const start = eventStart(e, dayDate, dayStartAt, tz);
        if (!start) {
          problems.push({ kind: 'event-without-start', day: dayDate ?? String(dayPos + 1), room, title: eventTitle });
          continue;
        }
        const endText = asText(e.end)?.trim();
        const givenEnd = endText ? parseIsoInZone(endText, tz) : null;
        const end = givenEnd && givenEnd >= start ? givenEnd : null;
        let minutes = durationMinutes(asText(e.duration));
        if (minutes === null) {
          if (end) minutes = Math.round((end.getTime() - start.getTime()) / MINUTE_MS);
          else summary.durationsMissing++;
        }
        const endMs = end?.getTime() ?? start.getTime() + (minutes ?? 0) * MINUTE_MS;

        const rawGuid = asText(e.guid)?.trim();
        let guid: string;
        if (rawGuid && UUID_RE.test(rawGuid) && !seen.has(rawGuid.toLowerCase())) guid = rawGuid.toLowerCase();
        else {
          if (!rawGuid) summary.missingGuids++;
          else if (!UUID_RE.test(rawGuid)) summary.invalidGuids++;
          else summary.duplicateGuids++;
          // A malformed but unique guid keeps its identity through a hash of itself.
          const fromItself = rawGuid && !UUID_RE.test(rawGuid) ? uuidFromText(`guid:${rawGuid}`) : null;
          guid = fromItself && !seen.has(fromItself) ? fromItself : derivedGuid(e, start, room, eventTitle);
        }
        seen.add(guid);

        const id = asPositiveInt(e.id);
        if (id !== null) maxId = Math.max(maxId, id);
        const givenSlug = asText(e.slug);
        const slug = normalizeSlug(givenSlug, `${acronym}-${id ?? guid.slice(0, 8)}-${eventTitle}`.slice(0, 80));
        if (givenSlug !== null && givenSlug !== slug) summary.slugsFixed++;
        const personsIn = Array.isArray(e.persons) ? (e.persons as unknown[]) : [];
        const persons = personsIn.map(normalizePerson).filter((p) => p !== null);
        summary.personsDropped += personsIn.length - persons.length;
        const url = asText(e.url)?.trim() ?? null;
        const out: RawEvent = {
          guid,
          id: id ?? 0,
          date: isoWithOffset(start.getTime(), tz),
          start: localClock(start.getTime(), tz),
          duration: formatDuration(minutes ?? Math.round((endMs - start.getTime()) / MINUTE_MS)),
          end: isoWithOffset(endMs, tz),
          room,
          slug,
          url: isUri(url) ? url : '',
          title: eventTitle,
          subtitle: asText(e.subtitle),
          track: asText(e.track)?.trim() || null,
          type: asText(e.type)?.trim() || options.defaultType,
          language: asText(e.language)?.trim() || null,
          abstract: asText(e.abstract),
          description: asText(e.description),
          persons,
          links: (Array.isArray(e.links) ? (e.links as unknown[]) : []).map(normalizeLink).filter((l) => l !== null),
        };
        if (id === null) needsId.push(out);
        list.push(out);
        roomNames.add(room);
        first = Math.min(first, start.getTime());
        last = Math.max(last, endMs);
        summary.events++;
      }
      rooms[roomKey] = list;
    }
    const startMs = dayStartAt?.getTime() ?? first;
    const endMs = dayEndAt?.getTime() ?? last;
    // A day with neither times nor items says nothing; one with items always has both.
    if (!Number.isFinite(startMs) || !Number.isFinite(endMs)) return;
    days.push({
      index: Number.isInteger(day.index) ? (day.index as number) : dayPos + 1,
      date: dayDate ?? localDay(startMs, tz),
      day_start: isoWithOffset(startMs, tz),
      day_end: isoWithOffset(Math.max(endMs, startMs), tz),
      rooms,
    });
  });

  if (problems.length) return fail(problems);
  if (summary.events === 0) return fail([{ kind: 'no-events' }]);
  // Ids are deprecated but required: numbers above every given one keep them unique.
  for (const e of needsId) e.id = ++maxId;
  summary.days = days.length;
  summary.rooms = roomNames.size;

  const conference: RawConference = {
    acronym,
    title: title ?? acronym,
    start: asText(conf.start)?.trim() || days[0]!.date,
    end: asText(conf.end)?.trim() || days.at(-1)!.date,
    daysCount: days.length,
    timeslot_duration: /^\d+:\d{2}$/.test(asText(conf.timeslot_duration) ?? '')
      ? (conf.timeslot_duration as string)
      : '00:15',
    time_zone_name: tz,
    ...normalizeConferenceExtras(conf, acronym),
    days,
  };
  const version = asText(doc.schedule.version)?.trim() || '1';
  const baseUrl = asText(doc.schedule.base_url);
  const schedule: RawSchedule = {
    schedule: { version, ...(isUri(baseUrl) ? { base_url: baseUrl } : {}), conference },
  };
  return { ok: true, schedule, summary };
}
