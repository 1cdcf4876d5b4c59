import { describe, expect, it } from 'vitest';
import { parseDemoNow, parseIsoInZone } from '../../src/domain/time/parse';

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
