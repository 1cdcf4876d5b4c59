import ICAL from 'ical.js';
import { buildCalendar, type IcsOptions } from '../../src/domain/ics';
import type { Conference, Session } from '../../src/domain/types';
import { de } from '../../src/i18n/de';
import { deScreens } from '../../src/i18n/de-screens';

/** The labels the app passes in, so tests see the same German text. */
export const LABELS: IcsOptions['labels'] = {
  estimated: deScreens.calendar.estimated,
  people: deScreens.calendar.people,
  link: deScreens.calendar.link,
  alarm: deScreens.calendar.alarm,
  roomUnknown: de.roomUnknown,
  placeUnknown: de.placeUnknown,
  titleDerived: deScreens.calendar.titleDerived,
};

/** The export as the app makes it, for `sessions` of `conference`. */
export function exportIcs(conference: Conference, sessions: readonly Session[], extra: Partial<IcsOptions> = {}): string {
  return buildCalendar({
    conference,
    sessions,
    stamp: new Date('2023-09-01T08:00:00Z'),
    sessionUrl: (s) => `https://tagesbegleiter.example/sitzung/${encodeURIComponent(s.guid)}`,
    labels: LABELS,
    ...extra,
  });
}

export interface ParsedEvent {
  uid: string;
  start: number;
  end: number | undefined;
  stamp: number;
  summary: string;
  location: string;
  description: string;
  url: string;
  alarms: { action: string; triggerSeconds: number; description: string }[];
}

/** Parses an .ics text back with ical.js: the calendar component and its events as plain values. */
export function parseIcs(text: string): { calendar: InstanceType<typeof ICAL.Component>; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const time = (name: string) => (vevent.getFirstPropertyValue(name) as InstanceType<typeof ICAL.Time> | null)?.toJSDate().getTime();
    return {
      uid: String(vevent.getFirstPropertyValue('uid')),
      start: time('dtstart')!,
      end: time('dtend'),
      stamp: time('dtstamp')!,
      summary: String(vevent.getFirstPropertyValue('summary')),
      location: String(vevent.getFirstPropertyValue('location')),
      description: String(vevent.getFirstPropertyValue('description')),
      url: String(vevent.getFirstPropertyValue('url')),
      alarms: vevent.getAllSubcomponents('valarm').map((alarm) => ({
        action: String(alarm.getFirstPropertyValue('action')),
        triggerSeconds: (alarm.getFirstPropertyValue('trigger') as InstanceType<typeof ICAL.Duration>).toSeconds(),
        description: String(alarm.getFirstPropertyValue('description')),
      })),
    };
  });
  return { calendar, events };
}
