/** Short day labels for multi-day programmes, in the conference's zone. */

const formats = new Map<string, Intl.DateTimeFormat>();

/** "Fr., 17.05." in German: the day switcher's and a slot's day, short enough for a phone. */
export function formatShortDay(instant: Date, locale: string, timeZone: string): string {
  const key = `${locale}|${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { weekday: 'short', day: '2-digit', month: '2-digit', timeZone });
    formats.set(key, format);
  }
  return format.format(instant);
}

const calendarDays = new Map<string, Intl.DateTimeFormat>();

/** "17. Mai 2024" for a calendar date "2024-05-17" (a date, not an instant: no zone involved). */
export function formatCalendarDay(ymd: string, locale: string): string {
  let format = calendarDays.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    calendarDays.set(locale, format);
  }
  const date = new Date(`${ymd}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? ymd : format.format(date);
}
