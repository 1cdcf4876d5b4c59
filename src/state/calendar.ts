import type { Conference, Session } from '../domain/types';
import { strings } from '../i18n/screens';
import { sessionUrl } from './share';
import { reminderLead } from './preferences';

/** Long enough for the browser to start reading the file; then the object URL is let go. */
const REVOKE_AFTER_MS = 60_000;
/** RFC 5545 §8.1: the media type of an iCalendar file. */
const ICS_TYPE = 'text/calendar;charset=utf-8';

/**
 * Downloads `sessions` as an .ics file, with a VALARM at the reminder lead time chosen in the
 * settings (so the phone's calendar reminds even when the app is closed). ical.js comes in with the dynamic import, so it is a
 * separate chunk that the first screen never loads (the service worker precaches it for offline).
 * Rejects if the file cannot be made.
 */
export async function downloadCalendar(
  conference: Conference,
  sessions: readonly Session[],
  fileName: string,
  options: { alarmMinutesBefore?: number } = {},
): Promise<void> {
  const { buildCalendar } = await import('../domain/ics');
  const s = strings.value;
  const text = buildCalendar({
    conference,
    sessions,
    stamp: new Date(),
    sessionUrl: (session) => sessionUrl(session.guid),
    labels: {
      estimated: s.calendar.estimated,
      people: s.calendar.people,
      link: s.calendar.link,
      alarm: s.calendar.alarm,
      roomUnknown: s.roomUnknown,
      placeUnknown: s.placeUnknown,
      titleDerived: s.calendar.titleDerived,
    },
    alarmMinutesBefore: options.alarmMinutesBefore ?? reminderLead.value ?? undefined,
  });
  const url = URL.createObjectURL(new Blob([text], { type: ICS_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** A file name made of the item's slug (or guid), safe on every file system. */
export function sessionFileName(session: Session): string {
  const base = (session.slug || session.guid).replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  return `${base || 'termin'}.ics`;
}
