import { describe, expect, it } from 'vitest';
import { parseDemoNow, parseIsoInZone } from '../../src/domain/time/parse';
import { formatClock } from '../../src/domain/time/format';
import { instantOfLocal } from '../../src/domain/time/zone';

describe('parseDemoNow', () => {
  const cases: [string, string | 'absent' | 'invalid'][] = [
    ['', 'absent'],
    ['?other=1', 'absent'],
    ['?now=', 'absent'],
    ['?now=2023-09-06T11:30', '2023-09-06T09:30:00.000Z'],
    ['?now=2023-09-06T11:30:15', '2023-09-06T09:30:15.000Z'],
    ['?now=2023-09-06T11:30Z', '2023-09-06T11:30:00.000Z'],
    ['?now=2023-09-06T11:30%2B01:00', '2023-09-06T10:30:00.000Z'],
    ['?now=2023-12-06T11:30', '2023-12-06T10:30:00.000Z'],
    ['?now=2023-09-06', '2023-09-05T22:00:00.000Z'],
    ['?now=gestern', 'invalid'],
    ['?now=2023-13-06T11:30', 'invalid'],
    ['?now=2023-02-30T11:30', 'invalid'],
    ['?now=2023-09-06T25:30', 'invalid'],
  ];
  for (const [search, expected] of cases) {
    it(`${search || '(empty)'} → ${expected}`, () => {
      const result = parseDemoNow(search);
      if (expected === 'absent') expect(result.kind).toBe('absent');
      else if (expected === 'invalid') expect(result.kind).toBe('invalid');
      else {
        expect(result.kind).toBe('valid');
        if (result.kind === 'valid') expect(result.instant.toISOString()).toBe(expected);
      }
    });
  }

  it('reads wall-clock time in another zone when told', () => {
    expect(parseIsoInZone('2023-09-06T11:30', 'Asia/Tokyo')!.toISOString()).toBe('2023-09-06T02:30:00.000Z');
  });
});

describe('local times at a clock change (the offset from before the change wins)', () => {
  // [local time, zone, instant, the clock there]
  const cases: [string, string, string, string][] = [
    // Clocks skip an hour: a skipped time is read as that much later.
    ['2024-03-31T02:30', 'Europe/Berlin', '2024-03-31T01:30:00.000Z', '03:30'],
    ['2024-03-10T02:30', 'America/New_York', '2024-03-10T07:30:00.000Z', '03:30'],
    ['2024-10-06T02:30', 'Australia/Sydney', '2024-10-05T16:30:00.000Z', '03:30'],
    // Lord Howe Island moves by half an hour.
    ['2024-10-06T02:15', 'Australia/Lord_Howe', '2024-10-05T15:45:00.000Z', '02:45'],
    // Clocks go back: a time shown twice is the first of the two.
    ['2024-10-27T02:30', 'Europe/Berlin', '2024-10-27T00:30:00.000Z', '02:30'],
    ['2024-11-03T01:30', 'America/New_York', '2024-11-03T05:30:00.000Z', '01:30'],
    ['2024-04-07T02:30', 'Australia/Sydney', '2024-04-06T15:30:00.000Z', '02:30'],
    // Either side of a change, and a zone off the hour.
    ['2024-03-31T01:59', 'Europe/Berlin', '2024-03-31T00:59:00.000Z', '01:59'],
    ['2024-03-31T04:00', 'Europe/Berlin', '2024-03-31T02:00:00.000Z', '04:00'],
    ['2024-10-27T03:00', 'Europe/Berlin', '2024-10-27T02:00:00.000Z', '03:00'],
    ['2023-09-06T11:30', 'Asia/Kolkata', '2023-09-06T06:00:00.000Z', '11:30'],
  ];
  for (const [local, zone, instant, clock] of cases) {
    it(`${local} in ${zone} → ${instant}, shown as ${clock}`, () => {
      const parsed = parseIsoInZone(local, zone);
      expect(parsed?.toISOString()).toBe(instant);
      expect(formatClock(parsed!, zone)).toBe(clock);
      const [date, time] = local.split('T') as [string, string];
      const minutes = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
      expect(new Date(instantOfLocal(date, minutes, zone)).toISOString()).toBe(instant);
    });
  }
});
