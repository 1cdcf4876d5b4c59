import { afterEach, describe, expect, it } from 'vitest';
import { formatClock, formatLongDate, formatTimeRange, toLocalIso } from '../../src/domain/time/format';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

const start = new Date('2023-09-06T11:15:00+02:00');
const end = new Date('2023-09-06T13:00:00+02:00');

describe('formatting in Europe/Berlin whatever the device zone', () => {
  for (const zone of ['UTC', 'America/New_York', 'Asia/Tokyo', 'Pacific/Kiritimati', 'Europe/Berlin']) {
    it(`shows Berlin wall-clock time on a device in ${zone}`, () => {
      process.env.TZ = zone;
      expect(formatClock(start)).toBe('11:15');
      expect(formatTimeRange(start, end, true, 'ca.')).toBe('ca. 11:15–13:00');
      expect(formatTimeRange(start, end, false, 'ca.')).toBe('11:15–13:00');
      expect(toLocalIso(start)).toBe('2023-09-06T11:15');
      expect(formatLongDate(start, 'de-DE')).toBe('Mittwoch, 6. September 2023');
    });
  }

  it('uses the conference zone it is given', () => {
    expect(formatClock(start, 'UTC')).toBe('09:15');
  });

  it('handles the winter offset too', () => {
    expect(formatClock(new Date('2023-12-06T09:00:00Z'))).toBe('10:00');
  });
});
