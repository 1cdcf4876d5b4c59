import { describe, expect, it } from 'vitest';
import { handleImportRequest } from '../../src/workers/import-handler';
import type { ImportSummary } from '../../src/domain/import';
import type { RawEvent, RawSchedule } from '../../src/domain/raw';
import { fixture } from '../support/fixture-files';

/** Repeating VEVENTs (RRULE, EXDATE, RECURRENCE-ID) become their occurrences in the programme. */

const OPTIONS = { untitled: 'Ohne Titel', defaultType: 'Programmpunkt', noRoom: 'Ohne Raumangabe' };

async function imported(text: string, fileName: string): Promise<{ schedule: RawSchedule; summary: ImportSummary }> {
  const response = await handleImportRequest({ type: 'import', file: new Blob([text]), fileName, options: OPTIONS });
  if (response.type !== 'imported') throw new Error(`${fileName}: ${JSON.stringify(response)}`);
  return response;
}

const eventsOf = (schedule: RawSchedule): RawEvent[] =>
  schedule.schedule.conference.days.flatMap((d) => Object.values(d.rooms).flat());
const startsOf = (schedule: RawSchedule, title: string) =>
  eventsOf(schedule)
    .filter((e) => e.title === title)
    .map((e) => [e.date, e.room, e.duration])
    .sort();

describe('iCalendar recurrence', () => {
  it.each([
    // COUNT=4 less the EXDATE of 3 August; 2 August replaced by its RECURRENCE-ID entry.
    [
      'Morgenlauf',
      [
        ['2024-08-01T07:30:00+02:00', 'Wiese', '00:30'],
        ['2024-08-04T07:30:00+02:00', 'Wiese', '00:30'],
      ],
    ],
    ['Morgenlauf (später)', [['2024-08-02T08:00:00+02:00', 'Park', '00:45']]],
    // No end: read only on the conference's days (1–4 August), the cancelled 2 August left out.
    [
      'Abendrunde',
      [
        ['2024-08-01T20:00:00+02:00', 'Feuerstelle', '01:00'],
        ['2024-08-03T20:00:00+02:00', 'Feuerstelle', '01:00'],
        ['2024-08-04T20:00:00+02:00', 'Feuerstelle', '01:00'],
      ],
    ],
    // A changed occurrence whose repeating entry is not in the file stands alone.
    ['Verschobene Führung', [['2024-08-03T15:00:00+02:00', 'Gipfel', '01:00']]],
    ['Auftakt', [['2024-08-01T09:00:00+02:00', 'Hütte', '01:00']]],
  ])('%s: its occurrences at their own times and places', async (title, expected) => {
    const { schedule } = await imported(fixture('recurring.ics'), 'recurring.ics');
    expect(startsOf(schedule, title)).toEqual(expected);
  });

  it('gives every occurrence its own lasting id and reports the endless rule as cut short', async () => {
    const first = await imported(fixture('recurring.ics'), 'recurring.ics');
    const again = await imported(fixture('recurring.ics'), 'recurring.ics');
    const guids = eventsOf(first.schedule).map((e) => e.guid);
    expect(new Set(guids).size).toBe(guids.length);
    expect(guids).toEqual(eventsOf(again.schedule).map((e) => e.guid));
    expect(first.summary.events).toBe(9);
    expect(first.summary.recurrencesCapped).toEqual({ rules: 1, limit: 500 });
    expect(first.schedule.schedule.conference.days.map((d) => d.date)).toEqual([
      '2024-08-01',
      '2024-08-02',
      '2024-08-03',
      '2024-08-04',
    ]);
  });

  it.each([
    // A rule with an end within the limit is taken whole and reported as nothing.
    ['FREQ=WEEKLY;COUNT=3', 3, undefined],
    ['FREQ=DAILY;UNTIL=20240110T235959Z', 10, undefined],
    // More occurrences than the limit: the first 500, and a line in the summary.
    ['FREQ=HOURLY;COUNT=600', 500, { rules: 1, limit: 500 }],
    // No end and no other item to say when the conference is: the first 500.
    ['FREQ=DAILY', 500, { rules: 1, limit: 500 }],
  ])('a calendar with only the rule %s gives %i items', async (rule, count, capped) => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Test//Regel//DE',
      'BEGIN:VEVENT',
      'UID:regel@test.example.org',
      'DTSTAMP:20240101T000000Z',
      'DTSTART:20240101T100000Z',
      'DURATION:PT30M',
      `RRULE:${rule}`,
      'SUMMARY:Wiederholt',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    const { schedule, summary } = await imported(ics, 'regel.ics');
    expect(eventsOf(schedule)).toHaveLength(count);
    expect(summary.recurrencesCapped).toEqual(capped);
  });
});
