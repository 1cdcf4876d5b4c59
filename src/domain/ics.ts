import ICAL from 'ical.js';
import type { Conference, Session } from './types';
import { findPlace, locationGap } from './schedule';

/**
 * The calendar export (RFC 5545). Loaded only when the person exports (a dynamic import of this
 * module), so ical.js costs nothing on the first screen; the service worker still precaches it.
 * Times are written as UTC instants: every calendar app converts them right, whatever the
 * device's zone, and no VTIMEZONE has to be kept in step with German daylight-saving rules.
 */

/** The text the export writes, in the UI's language (from src/i18n). */
export interface IcsLabels {
  /** First line of the description when the time is an estimate; `basis` says what it rests on. */
  estimated: (basis: string | undefined) => string;
  /** "Mit: …" line naming the people. */
  people: (names: string) => string;
  /** "Im Tagesbegleiter: <url>" line. */
  link: (url: string) => string;
  /** Said by a reminder. */
  alarm: (title: string) => string;
  /** Added to the place when the room is not documented. */
  roomUnknown: string;
  /** Added when the place itself is not known (as on screen). */
  placeUnknown: string;
  /** Line saying the title is derived, not the source's; `basis` says from what. */
  titleDerived: (basis: string) => string;
}

export interface IcsOptions {
  conference: Conference;
  /** The items to export, one VEVENT each. */
  sessions: readonly Session[];
  /** When the file is made (DTSTAMP). */
  stamp: Date;
  /** The app's own page of an item, e.g. https://host/sitzung/<guid>. */
  sessionUrl: (session: Session) => string;
  labels: IcsLabels;
  /** A reminder this many minutes before each start (VALARM); none when undefined. */
  alarmMinutesBefore?: number;
}

/** Identifies the program that wrote the file (RFC 5545 §3.7.3). */
export const ICS_PRODID = '-//Tagesbegleiter//Mein Tag 1.0//DE';
/** UID domain part: the guid is unique per item, so the same item keeps its UID across exports. */
const UID_DOMAIN = 'tagesbegleiter';
/**
 * ical.js folds a line after `foldLength` octets and puts one space before each continuation,
 * so 74 keeps every physical line within RFC 5545's 75 octets.
 */
const FOLD_OCTETS = 74;
const SECONDS_PER_MINUTE = 60;

/** The stable UID of an item: re-importing the file updates the event instead of duplicating it. */
export function icsUid(session: Session): string {
  return `${session.guid}@${UID_DOMAIN}`;
}

/** Room, place and address as one line, for LOCATION; what is not known is said as on screen. */
export function locationText(session: Session, conference: Conference, labels: Pick<IcsLabels, 'roomUnknown' | 'placeUnknown'>): string {
  const place = session.placeId ? findPlace(conference, session.placeId) : undefined;
  const placeName = place?.name ?? session.room;
  const parts: string[] = [];
  if (session.roomKnown && place && session.room && session.room !== place.name) parts.push(session.room);
  parts.push(placeName);
  const gap = locationGap(session, place);
  if (gap) parts.push(gap === 'place' ? labels.placeUnknown : labels.roomUnknown);
  if (place?.address) parts.push(place.address);
  return parts.join(', ');
}

function description(session: Session, url: string, labels: IcsLabels): string {
  const lines: string[] = [];
  if (session.timeEstimated) lines.push(labels.estimated(session.timeBasis));
  if (session.titleDerived) lines.push(labels.titleDerived(session.titleDerived.basis));
  if (session.subtitle) lines.push(session.subtitle);
  const names = session.people.map((p) => p.name).join(', ');
  if (names) lines.push(labels.people(names));
  if (session.abstract) lines.push(session.abstract);
  lines.push(labels.link(url));
  return lines.join('\n\n');
}

const utc = (instant: Date) => ICAL.Time.fromJSDate(instant, true);

function vevent(session: Session, options: IcsOptions): InstanceType<typeof ICAL.Component> {
  const { conference, stamp, labels, alarmMinutesBefore } = options;
  const url = options.sessionUrl(session);
  const event = new ICAL.Component('vevent');
  event.addPropertyWithValue('uid', icsUid(session));
  event.addPropertyWithValue('dtstamp', utc(stamp));
  event.addPropertyWithValue('dtstart', utc(session.start));
  // RFC 5545 wants DTEND after DTSTART; an item without a length simply has none.
  if (session.end.getTime() > session.start.getTime()) event.addPropertyWithValue('dtend', utc(session.end));
  event.addPropertyWithValue('summary', session.title);
  event.addPropertyWithValue('location', locationText(session, conference, labels));
  event.addPropertyWithValue('description', description(session, url, labels));
  event.addPropertyWithValue('url', url);
  if (session.track ?? session.type) event.addPropertyWithValue('categories', session.track ?? session.type);
  if (alarmMinutesBefore !== undefined && Number.isFinite(alarmMinutesBefore) && alarmMinutesBefore >= 0) {
    const alarm = new ICAL.Component('valarm');
    alarm.addPropertyWithValue('action', 'DISPLAY');
    alarm.addPropertyWithValue('trigger', ICAL.Duration.fromSeconds(-Math.round(alarmMinutesBefore) * SECONDS_PER_MINUTE));
    alarm.addPropertyWithValue('description', labels.alarm(session.title));
    event.addSubcomponent(alarm);
  }
  return event;
}

/** An RFC 5545 calendar with one VEVENT per item, CRLF line ends, escaped and folded. */
export function buildCalendar(options: IcsOptions): string {
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('prodid', ICS_PRODID);
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('method', 'PUBLISH');
  calendar.addPropertyWithValue('x-wr-calname', options.conference.title);
  for (const session of options.sessions) calendar.addSubcomponent(vevent(session, options));
  const before = ICAL.foldLength;
  ICAL.foldLength = FOLD_OCTETS;
  try {
    // A file ends with a line break (RFC 5545 §3.1: every content line ends with CRLF).
    return `${calendar.toString()}\r\n`;
  } finally {
    ICAL.foldLength = before;
  }
}
