import type { RawConference, RawDay, RawEvent, RawSchedule } from './raw';
import {
  ACRONYM_RE,
  SLUG_RE,
  UUID_RE,
  normalizeAcronym,
  normalizeLink,
  normalizePerson,
  normalizeSlug,
} from './import-normalize';
import { judgeUrl } from './safe-url';
import { C3VOC_DATE_TIME, C3VOC_DURATION, C3VOC_START, C3VOC_TIME_ZONE } from './time/parse';
import { uuidFromText } from './stable-id';

/**
 * Writes a stored conference as a C3VOC schedule.json that passes the official schema with zero
 * errors (checked by c3vocProblems in the tests and before each download), so EventFahrplan,
 * Giggity and pretalx-based tools read it. Only keys the schema allows are written; what the app
 * keeps for itself stays under `conference.meta`, the one free-form place.
 */

export const C3VOC_SCHEMA_URL = 'https://c3voc.de/schedule/schema.json';
const GENERATOR = { name: 'Tagesbegleiter', url: 'https://c3voc.de/wiki/schedule' };

/** What the export adds in words; the app's own metadata says the rest. */
export interface ExportOptions {
  /** "Uhrzeit geschätzt": starts the paragraph that tells other apps a time is an estimate. */
  estimateNote?: string;
}

/** A URL the schema's "uri" format accepts (and a link may be), or undefined. */
function exportUrl(url: string | undefined | null): string | undefined {
  const verdict = judgeUrl(url);
  return verdict.kind === 'ok' ? verdict.url : undefined;
}

/**
 * The description other apps show, with our estimate said in it: EventFahrplan and Giggity
 * have no field for "ca.", so a plain start time would claim a precision the data does not have.
 */
function honestDescription(
  description: string | null | undefined,
  basis: string | undefined,
  note: string | undefined,
): string | null | undefined {
  if (!basis || !note) return description;
  const paragraph = `${note}: ${basis}`;
  return description ? `${description}\n\n${paragraph}` : paragraph;
}

function exportEvent(e: RawEvent, fallbackId: number, estimate: string | undefined, options: ExportOptions): RawEvent {
  const guid = UUID_RE.test(e.guid) ? e.guid : uuidFromText(`guid:${e.guid}`);
  const out: RawEvent = {
    guid,
    id: Number.isInteger(e.id) && e.id >= 1 ? e.id : fallbackId,
    date: e.date,
    start: C3VOC_START.test(e.start) ? e.start : e.date.slice(11, 16),
    duration: C3VOC_DURATION.test(e.duration) ? e.duration : '00:00',
    room: e.room,
    slug: SLUG_RE.test(e.slug) ? e.slug : normalizeSlug(e.slug, `event-${fallbackId}`),
    // The schema requires a URI; an item without a web page is named by its guid, which the
    // importer reads back as "no web page", so a re-import of this file is unchanged.
    url: exportUrl(e.url) ?? `urn:uuid:${guid}`,
    title: e.title,
    subtitle: e.subtitle ?? null,
    track: e.track ?? null,
    type: e.type,
    language: e.language ?? null,
    abstract: e.abstract ?? null,
    persons: e.persons.map(normalizePerson).filter((p) => p !== null),
    links: e.links.map(normalizeLink).filter((l) => l !== null),
  };
  if (e.end && C3VOC_DATE_TIME.test(e.end)) out.end = e.end;
  const description = honestDescription(e.description, estimate, options.estimateNote);
  if (description !== undefined) out.description = description;
  return out;
}

function exportConference(c: RawConference, options: ExportOptions): RawConference {
  const estimates = new Map<string, string>();
  for (const [guid, m] of Object.entries(c.meta?.tagesbegleiter?.events ?? {}))
    if (m.time.estimated) estimates.set(guid, m.time.basis);
  let nextId = 1;
  const days: RawDay[] = c.days.map((d, i) => ({
    index: Number.isInteger(d.index) ? d.index : i + 1,
    date: d.date,
    day_start: d.day_start,
    day_end: d.day_end,
    rooms: Object.fromEntries(
      Object.entries(d.rooms).map(([room, events]) => [
        room,
        events.map((e) => exportEvent(e, nextId++, estimates.get(e.guid), options)),
      ]),
    ),
  }));
  const out: RawConference = {
    acronym: ACRONYM_RE.test(c.acronym) ? c.acronym : normalizeAcronym(c.acronym, c.title, 'export'),
    title: c.title,
    start: c.start,
    end: c.end,
    daysCount: days.length,
    timeslot_duration: c.timeslot_duration,
    days,
  };
  if (c.time_zone_name && C3VOC_TIME_ZONE.test(c.time_zone_name)) out.time_zone_name = c.time_zone_name;
  const url = exportUrl(c.url);
  if (url) out.url = url;
  if (c.description) out.description = c.description;
  if (c.rooms?.length) {
    out.rooms = c.rooms.map((r) => ({
      name: r.name,
      guid: UUID_RE.test(r.guid) ? r.guid : uuidFromText(`room:${out.acronym}:${r.name}`),
    }));
  }
  if (c.tracks?.length) {
    out.tracks = c.tracks.map((t) => ({
      name: t.name,
      slug: normalizeSlug(t.slug ?? null, t.name),
      ...(t.color ? { color: t.color } : {}),
    }));
  }
  if (c.meta) out.meta = c.meta;
  return out;
}

/** The schedule as a strict C3VOC document, keys in the order the schema lists them. */
export function toC3vocDocument(raw: RawSchedule, options: ExportOptions = {}): RawSchedule {
  const s = raw.schedule;
  const baseUrl = exportUrl(s.base_url);
  return {
    $schema: C3VOC_SCHEMA_URL,
    generator: GENERATOR,
    schedule: {
      version: s.version,
      ...(baseUrl ? { base_url: baseUrl } : {}),
      conference: exportConference(s.conference, options),
    },
  };
}

/** The name the format goes by; apps that read it look for exactly this file name. */
export const EXPORT_FILE_NAME = 'schedule.json';
