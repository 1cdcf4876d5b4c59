import { buildConference } from '../src/domain/model';
import { rawEvent, rawSchedule } from '../tests/support/raw-builders';

/** The Mein Tag benchmark's programme, shared by the jsdom and the real-browser harness. */
export const ITEMS = 1000;
export const MARKED = 200;
/** 50 rooms × 20 half-hour slots from 08:00 fill one day with 1,000 items, many of them parallel. */
const ROOMS = 50;
const SLOT_MINUTES = 30;
const DAY_START_MINUTES = 8 * 60;

const pad = (n: number) => String(n).padStart(2, '0');

export const mydayConference = buildConference(
  rawSchedule(
    Array.from({ length: ITEMS }, (_, i) => {
      const minutes = DAY_START_MINUTES + Math.floor(i / ROOMS) * SLOT_MINUTES;
      return rawEvent({
        title: `Programmpunkt ${i + 1}: Stadtlabor, Daten und Beteiligung`,
        date: `2023-09-06T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00+02:00`,
        // Every third item runs an hour, so marked items overlap the next slot too.
        duration: i % 3 === 0 ? '01:00' : '00:30',
        room: `Saal ${(i % ROOMS) + 1}`,
      });
    }),
  ),
);

/** Every fifth item: spread over the day, ten in each slot, so most of them clash. */
export const mydayMarked = mydayConference.sessions.filter((_, i) => i % (ITEMS / MARKED) === 0).map((s) => s.guid);
