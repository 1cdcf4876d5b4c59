import * as v from 'valibot';
import type { RawConference, RawDay, RawEvent, RawSchedule } from './raw';
import { C3VOC_DATE, C3VOC_DURATION, parseIsoInZone } from './time/parse';
import { DEFAULT_TIME_ZONE } from './time/zone';
import { contentHash, uuidFromText } from './stable-id';
import { isKnownTimeZone, isoWithOffset, localClock, localDay } from './time/zone';
import { normalizeConferenceExtras } from './import-conference';
import { UUID_RE, asPositiveInt, asText, normalizeAcronym, normalizePerson, normalizeSlug } from './import-normalize';
import {
  clockMinutes,
  readEventLinks,
  readEventTimes,
  readEventUrl,
  timeFields,
  withoutEstimateNote,
  type DayFrame,
  type EventTally,
} from './import-event';
import { judgeUrl } from './safe-url';

/**
 * Reads a C3VOC schedule.json as pretalx and frab really write it: unknown keys, upper-case
 * slugs, missing optional fields, either person shape. Everything is keyed by guid; a missing,
 * malformed or repeated guid gets a stable derived key, and the summary says how many did.
 * What cannot be a schedule is rejected with every problem found, and nothing is imported.
 */

/**
 * The worker keeps the text and the parsed file in memory at once. 80 MB holds the scale case of
 * 200,000 items with only the required fields (57 MB); the largest real export is 2.6 MB. A
 * device that runs out of memory on the way ends the worker: a message, and nothing stored.
 */
export const MAX_IMPORT_BYTES = 80 * 1024 * 1024;
/** A longer list helps nobody; the rest is counted. */
const MAX_LISTED_PROBLEMS = 20;
/** Nesting deeper than this is no schedule (real files nest about 8 deep); it is refused with a word. */
export const MAX_NESTING = 64;
/** Without `day_start` or `day_change`, a clock time before 06:00 on a day that also has later items is after midnight. */
const DEFAULT_WRAP_MINUTES = 6 * 60;

/** Why a file was not imported. The view turns each into a sentence. */
export type ImportProblem =
  | { kind: 'too-large'; bytes: number; limit: number }
  | { kind: 'unreadable'; detail: string }
  | { kind: 'not-json'; detail: string }
  | { kind: 'not-xml'; detail: string }
  | { kind: 'not-ics'; detail: string }
  | { kind: 'unknown-format' }
  | { kind: 'too-deep'; limit: number }
  | { kind: 'no-schedule' }
  | { kind: 'no-conference' }
  | { kind: 'no-days' }
  | { kind: 'no-events' }
  | { kind: 'shape'; path: string; expected: string; received: string }
  | { kind: 'event-without-start'; day: string; room: string; title: string }
  | { kind: 'more'; count: number };

/** What the import did, including every repair, so the person can judge the result. */
/** The formats one import path reads; each ends in the same schedule and the same summary. */
export type ScheduleFormat = 'json' | 'frab-xml' | 'pentabarf-xml' | 'wafer-xml' | 'ics';

export interface ImportSummary {
  /** What the file was. */
  format?: ScheduleFormat;
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
  /** Impossible dates ("2022-02-30") read from the day and the clock time instead. */
  datesInvalid?: number;
  /** Impossible durations ("99:99"): taken from the end, else 0 minutes. */
  durationsInvalid?: number;
  /** URLs with a scheme other than http, https, mailto: dropped. */
  urlsDropped?: number;
  /** Links written as plain strings, without a scheme, or with characters a URI may not hold: rewritten. */
  linksRepaired?: number;
  /** iCalendar: all-day entries (no time of day) left out of the programme. */
  allDaySkipped?: number;
  /** iCalendar: repeating entries cut short (a rule without an end, or more than the most occurrences taken). */
  recurrencesCapped?: { rules: number; limit: number };
}

export type ImportResult =
  { ok: true; schedule: RawSchedule; summary: ImportSummary } | { ok: false; problems: ImportProblem[] };

/** Words the file may lack that the app shows (passed in: UI text lives in src/i18n). */
export interface ImportOptions {
  untitled: string;
  defaultType: string;
  /** iCalendar items without a LOCATION are listed under this room. */
  noRoom?: string;
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
  if (nestingDepth(text, MAX_NESTING) > MAX_NESTING) return fail([{ kind: 'too-deep', limit: MAX_NESTING }]);
  let doc: unknown;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return fail([{ kind: 'not-json', detail: error instanceof Error ? error.message : String(error) }]);
  }
  return readScheduleDocument(doc, options, 'json');
}

/** Checks the skeleton strictly and everything else leniently; returns a clean schedule or the problems. */
export function readScheduleDocument(doc: unknown, options: ImportOptions, format?: ScheduleFormat): ImportResult {
  const shape = v.safeParse(Shape, doc, { abortEarly: false });
  if (!shape.success) return fail(shape.issues.map(toProblem));
  try {
    return normalize(doc as ShapeOf, options, format);
  } catch (error) {
    // A document built in code (not from text) can still nest without end; say so, do not throw.
    if (error instanceof RangeError) return fail([{ kind: 'too-deep', limit: MAX_NESTING }]);
    throw error;
  }
}

/** The deepest `[`/`{` nesting of JSON text outside strings, counted up to `limit + 1`. */
export function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max && (max = depth) > limit) return max;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}

type Loose = Record<string, unknown>;
export type ShapeOf = {
  schedule: Loose & { conference: Loose & { days: (Loose & { rooms?: Record<string, Loose[]> })[] } };
};

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

/** The conference-level reading: title, key, zone, and the summary every step adds to. */
interface ImportContext {
  options: ImportOptions;
  acronym: string;
  tz: string;
  /** Conference-wide "after midnight" boundary (pentabarf `day_change`), in minutes. */
  dayChange: number | null;
  summary: ImportSummary;
  tally: EventTally;
  /** Per-event app metadata, when the file is one of our own exports. */
  estimates: Map<string, string>;
  seen: Set<string>;
  roomNames: Set<string>;
  needsId: RawEvent[];
  maxId: number;
  problems: ImportProblem[];
}

/** Step 1: who the conference is, in which zone, and an empty summary. */
function readHeader(doc: ShapeOf, options: ImportOptions, format: ScheduleFormat | undefined): ImportContext {
  const conf = doc.schedule.conference;
  const title = asText(conf.title)?.trim() || null;
  const rawAcronym = asText(conf.acronym);
  // The seed only matters for a file with neither acronym nor title.
  const seed =
    rawAcronym || title ? 'x' : contentHash(JSON.stringify(conf.days.slice(0, 1)).slice(0, 4096)).slice(0, 8);
  const acronym = normalizeAcronym(rawAcronym, title, seed);
  const zoneName = asText(conf.time_zone_name)?.trim();
  const tz = zoneName && isKnownTimeZone(zoneName) ? zoneName : DEFAULT_TIME_ZONE;
  const summary: ImportSummary = {
    ...(format ? { format } : {}),
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
  const meta = conf.meta as
    { tagesbegleiter?: { events?: Record<string, { time?: { estimated?: unknown; basis?: unknown } }> } } | undefined;
  const estimates = new Map<string, string>();
  for (const [guid, m] of Object.entries(meta?.tagesbegleiter?.events ?? {})) {
    if (m?.time?.estimated === true && typeof m.time.basis === 'string') estimates.set(guid, m.time.basis);
  }
  return {
    options,
    acronym,
    tz,
    dayChange: clockMinutes(conf.day_change),
    summary,
    tally: { datesInvalid: 0, durationsInvalid: 0, durationsMissing: 0, urlsDropped: 0, linksRepaired: 0 },
    estimates,
    seen: new Set(),
    roomNames: new Set(),
    needsId: [],
    maxId: 0,
    problems: [],
  };
}

/** Step 2a: where a day is in time. Its date is checked against its own start: wafer writes the UTC date. */
function readDayFrame(
  day: Loose & { rooms?: Record<string, Loose[]> },
  ctx: ImportContext,
): DayFrame & { end: Date | null } {
  const { tz } = ctx;
  const start = parseIsoInZone(asText(day.day_start)?.trim() ?? '', tz);
  const end = parseIsoInZone(asText(day.day_end)?.trim() ?? '', tz);
  const givenDate = asText(day.date)?.trim() ?? '';
  const localStartDate = start ? localDay(start.getTime(), tz) : null;
  let date = C3VOC_DATE.test(givenDate) && parseIsoInZone(givenDate, tz) ? givenDate : localStartDate;
  // DebConf's "2023-09-09" for a day that starts at 03:00 on the 10th, local time.
  if (date && localStartDate && date !== localStartDate && start && localClock(start.getTime(), tz) < '12:00')
    date = localStartDate;
  let wrapBefore: number | null = null;
  if (!start) {
    const cut = ctx.dayChange ?? DEFAULT_WRAP_MINUTES;
    const clocks = Object.values(day.rooms ?? {}).flatMap((list) =>
      (Array.isArray(list) ? list : []).map((e) => (asText(e.date) ? null : clockMinutes(e.start))),
    );
    // Only a day that also runs past the boundary has wrapped; a day of early items has not.
    if (cut > 0 && clocks.some((m) => m !== null && m >= cut)) wrapBefore = cut;
  }
  return { date, start, end, wrapBefore, timeZone: tz };
}

/** Step 2b: the key of an item. A missing, malformed or repeated guid gets a stable derived one. */
function eventKey(e: Loose, start: Date, room: string, title: string, ctx: ImportContext): string {
  const { summary, seen, acronym, tz } = ctx;
  const rawGuid = asText(e.guid)?.trim();
  if (rawGuid && UUID_RE.test(rawGuid) && !seen.has(rawGuid.toLowerCase())) return rawGuid.toLowerCase();
  if (!rawGuid) summary.missingGuids++;
  else if (!UUID_RE.test(rawGuid)) summary.invalidGuids++;
  else summary.duplicateGuids++;
  // A malformed but unique guid keeps its identity through a hash of itself.
  const fromItself = rawGuid && !UUID_RE.test(rawGuid) ? uuidFromText(`guid:${rawGuid}`) : null;
  if (fromItself && !seen.has(fromItself)) return fromItself;
  const code = asText(e.code) ?? asText(e.id);
  const bases = code ? [`${acronym}|id:${code}`] : [];
  bases.push(`${acronym}|${localDay(start.getTime(), tz)}|${room}|${localClock(start.getTime(), tz)}|${title}`);
  for (const base of bases) if (!seen.has(uuidFromText(base))) return uuidFromText(base);
  let n = 2;
  while (seen.has(uuidFromText(`${bases.at(-1)}|${n}`))) n++;
  return uuidFromText(`${bases.at(-1)}|${n}`);
}

/** Step 2c: one item, cleaned to the C3VOC event shape; null (and a problem) when it has no start. */
function readEvent(
  e: Loose,
  roomKey: string,
  frame: DayFrame,
  dayLabel: string,
  ctx: ImportContext,
): { event: RawEvent; startMs: number; endMs: number } | null {
  const { summary, options, acronym, tally } = ctx;
  let title = asText(e.title)?.trim() ?? '';
  if (!title) {
    title = options.untitled;
    summary.untitled++;
  }
  const room = asText(e.room)?.trim() || roomKey;
  const times = readEventTimes(e, frame, tally);
  if (!times) {
    ctx.problems.push({ kind: 'event-without-start', day: dayLabel, room, title });
    return null;
  }
  const guid = eventKey(e, times.start, room, title, ctx);
  ctx.seen.add(guid);
  const id = asPositiveInt(e.id);
  if (id !== null) ctx.maxId = Math.max(ctx.maxId, id);
  const givenSlug = asText(e.slug);
  const slug = normalizeSlug(givenSlug, `${acronym}-${id ?? guid.slice(0, 8)}-${title}`.slice(0, 80));
  if (givenSlug !== null && givenSlug !== slug) summary.slugsFixed++;
  const personsIn = Array.isArray(e.persons) ? (e.persons as unknown[]) : [];
  const persons = personsIn.map(normalizePerson).filter((p) => p !== null);
  summary.personsDropped += personsIn.length - persons.length;
  const event: RawEvent = {
    guid,
    id: id ?? 0,
    ...timeFields(times.start, times.endMs, times.minutes, ctx.tz),
    room,
    slug,
    url: readEventUrl(e, guid, tally),
    title,
    subtitle: asText(e.subtitle),
    track: asText(e.track)?.trim() || null,
    type: asText(e.type)?.trim() || options.defaultType,
    language: asText(e.language)?.trim() || null,
    abstract: asText(e.abstract),
    description: withoutEstimateNote(asText(e.description), ctx.estimates.get(guid)),
    persons,
    links: readEventLinks(e, tally),
  };
  if (id === null) ctx.needsId.push(event);
  ctx.roomNames.add(room);
  summary.events++;
  return { event, startMs: times.start.getTime(), endMs: times.endMs };
}

/**
 * Step 2: one day. Its start and end cover its items too: the 10:30 opening before a
 * `day_start` of 11:00 and the night items after `day_end` are part of the day ("Jetzt").
 */
function readDay(day: Loose & { rooms?: Record<string, Loose[]> }, dayPos: number, ctx: ImportContext): RawDay | null {
  const frame = readDayFrame(day, ctx);
  // A null prototype: a room called "__proto__" is a room like any other.
  const rooms: Record<string, RawEvent[]> = Object.create(null) as Record<string, RawEvent[]>;
  let first = Infinity;
  let last = -Infinity;
  const given = day.rooms ?? {};
  for (const roomKey of Object.keys(given)) {
    const events = given[roomKey];
    const list: RawEvent[] = [];
    for (const e of Array.isArray(events) ? events : []) {
      if (typeof e !== 'object' || e === null) continue;
      const read = readEvent(e, roomKey, frame, frame.date ?? String(dayPos + 1), ctx);
      if (!read) continue;
      list.push(read.event);
      first = Math.min(first, read.startMs);
      last = Math.max(last, read.endMs);
    }
    rooms[roomKey] = list;
  }
  const startMs = Math.min(frame.start?.getTime() ?? Infinity, first);
  const endMs = Math.max(frame.end?.getTime() ?? -Infinity, last);
  // A day with neither times nor items says nothing; one with items always has both.
  if (!Number.isFinite(startMs) || !Number.isFinite(endMs)) return null;
  return {
    index: Number.isInteger(day.index) ? (day.index as number) : dayPos + 1,
    date: frame.date ?? localDay(startMs, ctx.tz),
    day_start: isoWithOffset(startMs, ctx.tz),
    day_end: isoWithOffset(Math.max(endMs, startMs), ctx.tz),
    rooms,
  };
}

/** Step 3: deprecated but required ids, numbered above every given one so they stay unique. */
function assignIds(ctx: ImportContext): void {
  for (const e of ctx.needsId) e.id = ++ctx.maxId;
}

/** Step 4: the counts of the per-item steps, only where something was repaired. */
function closeSummary(ctx: ImportContext, days: RawDay[]): void {
  const { summary, tally } = ctx;
  summary.days = days.length;
  summary.rooms = ctx.roomNames.size;
  summary.durationsMissing = tally.durationsMissing;
  for (const key of ['datesInvalid', 'durationsInvalid', 'urlsDropped', 'linksRepaired'] as const)
    if (tally[key]) summary[key] = tally[key];
}

/** Step 5: the conference around its days, every optional part only when usable. */
function assembleSchedule(doc: ShapeOf, days: RawDay[], ctx: ImportContext): RawSchedule {
  const conf = doc.schedule.conference;
  const extras = normalizeConferenceExtras(conf, ctx.acronym, ctx.tally);
  const conference: RawConference = {
    acronym: ctx.acronym,
    title: ctx.summary.title,
    start: asText(conf.start)?.trim() || days[0]!.date,
    end: asText(conf.end)?.trim() || days.at(-1)!.date,
    daysCount: days.length,
    timeslot_duration: C3VOC_DURATION.test(asText(conf.timeslot_duration) ?? '')
      ? (conf.timeslot_duration as string)
      : '00:15',
    time_zone_name: ctx.tz,
    ...extras,
    days,
  };
  const version = asText(doc.schedule.version)?.trim() || '1';
  const baseUrl = judgeUrl(doc.schedule.base_url);
  if (baseUrl.kind === 'unsafe') ctx.tally.urlsDropped++;
  return { schedule: { version, ...(baseUrl.kind === 'ok' ? { base_url: baseUrl.url } : {}), conference } };
}

/** The whole reading: header, days, ids, summary, conference. Rejects with every problem found. */
function normalize(doc: ShapeOf, options: ImportOptions, format?: ScheduleFormat): ImportResult {
  const ctx = readHeader(doc, options, format);
  const days: RawDay[] = [];
  doc.schedule.conference.days.forEach((day, dayPos) => {
    const read = readDay(day, dayPos, ctx);
    if (read) days.push(read);
  });
  if (ctx.problems.length) return fail(ctx.problems);
  if (ctx.summary.events === 0) return fail([{ kind: 'no-events' }]);
  assignIds(ctx);
  const schedule = assembleSchedule(doc, days, ctx);
  closeSummary(ctx, days);
  return { ok: true, schedule, summary: ctx.summary };
}
