import * as v from 'valibot';
import { ACRONYM_RE, SLUG_RE, UUID_RE } from './import-normalize';
import { C3VOC_DATE, C3VOC_DATE_TIME, C3VOC_DURATION, C3VOC_START, C3VOC_TIME_ZONE } from './time/parse';

/**
 * The C3VOC schedule.json rules (https://c3voc.de/schedule/schema.json) as a strict valibot
 * schema: what the bundled data and every export must pass. Imports are checked leniently elsewhere.
 */

/**
 * RFC 3986 URI, as the official schema's `"format": "uri"` checks it (ajv-formats): ASCII only,
 * "[ ]" only around an IPv6 host, one "#", "%" only before two hex digits.
 */
const URI =
  /^[a-z][a-z0-9+.-]*:(?:\/\/(?:[A-Za-z0-9\-._~!$&'()*+,;=:%]*@)?(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9\-._~!$&'()*+,;=%]*)(?::\d*)?)?[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*(?:\?[A-Za-z0-9\-._~!$&'()*+,;=:@%/?]*)?(?:#[A-Za-z0-9\-._~!$&'()*+,;=:@%/?]*)?$/;
const BAD_PERCENT = /%(?![0-9A-Fa-f]{2})/;

const nullableString = v.nullable(v.string());
const uri = v.pipe(
  v.string(),
  v.regex(URI, 'must be a URI (RFC 3986)'),
  v.check((text) => !BAD_PERCENT.test(text), 'must be a URI (RFC 3986)'),
);
const slug = v.pipe(v.string(), v.regex(SLUG_RE, 'must be a lower-case slug'));
const uuid = v.pipe(v.string(), v.regex(UUID_RE, 'must be a UUID'));
const dateTime = v.pipe(v.string(), v.regex(C3VOC_DATE_TIME, 'must be a date-time with an offset'));

const Reference = v.strictObject({
  type: v.optional(v.picklist(['slides', 'paper', 'web', 'blog', 'article', 'media', 'related', 'activitypub'])),
  url: uri,
  title: v.optional(v.string()),
});

const PretalxPerson = v.looseObject({
  name: v.string(),
  guid: v.optional(uuid),
  code: v.optional(v.pipe(v.string(), v.regex(/^[A-Z0-9]+$/))),
  avatar: v.optional(v.nullable(v.string())),
  biography: v.optional(nullableString),
  url: v.optional(uri),
  links: v.optional(v.array(Reference)),
});
const FrabPerson = v.looseObject({ id: v.number(), public_name: v.string() });

/** oneOf in the schema: a person matching both shapes is invalid. */
const Person = v.pipe(
  v.union([PretalxPerson, FrabPerson]),
  v.check(
    (p) => !(v.is(PretalxPerson, p) && v.is(FrabPerson, p)),
    'a person must be either pretalx-shaped (name) or frab-shaped (id + public_name), not both',
  ),
);

export const C3vocEvent = v.strictObject({
  guid: uuid,
  code: v.optional(v.pipe(v.string(), v.regex(/^[A-Z0-9]+$/))),
  id: v.pipe(v.number(), v.integer(), v.minValue(1)),
  logo: v.optional(v.nullable(v.string())),
  date: dateTime,
  start: v.pipe(v.string(), v.regex(C3VOC_START, 'must be HH:MM')),
  end: v.optional(dateTime),
  duration: v.pipe(v.string(), v.regex(C3VOC_DURATION, 'must be H:MM')),
  room: v.string(),
  slug,
  url: uri,
  title: v.string(),
  subtitle: nullableString,
  track: nullableString,
  type: v.string(),
  language: nullableString,
  abstract: nullableString,
  description: v.optional(nullableString),
  recording_license: v.optional(v.string()),
  do_not_record: v.optional(v.nullable(v.boolean())),
  do_not_stream: v.optional(v.nullable(v.union([v.boolean(), v.string()]))),
  persons: v.array(Person),
  links: v.array(Reference),
  feedback_url: v.optional(uri),
  origin_url: v.optional(uri),
  attachments: v.optional(v.array(Reference)),
});

const Day = v.strictObject({
  index: v.pipe(v.number(), v.integer()),
  date: v.pipe(v.string(), v.regex(C3VOC_DATE, 'must be YYYY-MM-DD')),
  day_start: dateTime,
  day_end: dateTime,
  rooms: v.record(v.string(), v.array(C3vocEvent)),
});

const Room = v.looseObject({ name: v.string(), guid: uuid, slug: v.optional(slug) });

const Conference = v.strictObject({
  acronym: v.pipe(v.string(), v.regex(ACRONYM_RE, 'acronym does not match the C3VOC pattern')),
  title: v.string(),
  description: v.optional(v.string()),
  start: v.string(),
  end: v.string(),
  daysCount: v.pipe(v.number(), v.integer()),
  timeslot_duration: v.string(),
  time_zone_name: v.optional(v.pipe(v.string(), v.regex(C3VOC_TIME_ZONE))),
  logo: v.optional(uri),
  colors: v.optional(v.looseObject({})),
  keywords: v.optional(v.array(v.string())),
  url: v.optional(uri),
  tracks: v.optional(
    v.array(v.looseObject({ name: v.optional(v.string()), slug: v.optional(slug), color: v.optional(v.string()) })),
  ),
  rooms: v.optional(v.array(Room)),
  meta: v.optional(v.looseObject({})),
  days: v.array(Day),
});

export const C3vocSchedule = v.strictObject({
  $schema: v.optional(v.string()),
  generator: v.optional(
    v.looseObject({ name: v.optional(v.string()), version: v.optional(v.string()), url: v.optional(uri) }),
  ),
  schedule: v.looseObject({
    version: v.string(),
    base_url: v.optional(uri),
    conference: Conference,
    rooms: v.optional(v.never()),
  }),
});

/** Every rule a document breaks, as "path: message" lines; empty when it is a valid schedule. */
export function c3vocProblems(doc: unknown): string[] {
  const result = v.safeParse(C3vocSchedule, doc, { abortEarly: false });
  if (result.success) return [];
  return result.issues.map((issue) => {
    const path = v.getDotPath(issue) ?? '(root)';
    return `${path}: ${issue.message}`;
  });
}
