import type { RawSchedule } from './raw';
import type { ScheduleSubscription } from './schedule-source';

/** One conference on this device, as the Konferenzen screen lists it (no programme in it). */
export interface ConferenceInfo {
  id: string;
  title: string;
  /** First and last day, YYYY-MM-DD. */
  firstDay: string;
  lastDay: string;
  days: number;
  events: number;
  /** 'bundled': came with the app; 'import': read from a file on this device. */
  source: 'bundled' | 'import';
  fileName?: string;
  /** When it was imported (ms since epoch); absent for the bundled data as shipped. */
  importedAt?: number;
  /** Loaded from an address that is rechecked: the address and the last successful fetch. */
  subscription?: Pick<ScheduleSubscription, 'url' | 'fetchedAt'>;
}

/** The list entry for a schedule. */
export function conferenceInfo(
  raw: RawSchedule,
  source: ConferenceInfo['source'],
  extra: { fileName?: string; importedAt?: number; subscription?: ScheduleSubscription } = {},
): ConferenceInfo {
  const conf = raw.schedule.conference;
  let events = 0;
  for (const day of conf.days) for (const list of Object.values(day.rooms)) events += list.length;
  return {
    id: conf.acronym,
    title: conf.title,
    firstDay: conf.days[0]?.date ?? conf.start.slice(0, 10),
    lastDay: conf.days.at(-1)?.date ?? conf.end.slice(0, 10),
    days: conf.days.length,
    events,
    source,
    ...(extra.fileName ? { fileName: extra.fileName } : {}),
    ...(extra.importedAt ? { importedAt: extra.importedAt } : {}),
    ...(extra.subscription
      ? { subscription: { url: extra.subscription.url, fetchedAt: extra.subscription.fetchedAt } }
      : {}),
  };
}
