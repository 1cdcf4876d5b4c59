import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/domain/model';
import { normalizeLead } from '../../src/domain/reminders';
import { dueReminders, nextReminderAt } from '../../src/domain/reminders-due';
import { parseDemoNow } from '../../src/domain/time/parse';
import { rawEvent, rawSchedule } from '../fixtures';

const at = (hhmm: string) => new Date(`2023-09-06T${hhmm}:00+02:00`);
const conf = buildConference(
  rawSchedule([
    rawEvent({ title: 'Workshop', date: '2023-09-06T11:15:00+02:00', duration: '01:45' }),
    rawEvent({ title: 'Podium', date: '2023-09-06T13:45:00+02:00', duration: '01:15' }),
  ]),
);
const titles = (list: { title: string }[]) => list.map((s) => s.title);

describe('dueReminders with an injected clock', () => {
  const table: [string, number, string[]][] = [
    ['11:00', 10, []],
    ['11:04', 10, []],
    ['11:05', 10, ['Workshop']],
    ['11:14', 10, ['Workshop']],
    ['11:15', 10, []],
    ['11:15', 0, []],
    ['11:14', 0, []],
    ['13:15', 30, ['Podium']],
    ['13:14', 30, []],
    ['18:00', 30, []],
  ];
  for (const [time, lead, expected] of table) {
    it(`at ${time} with ${lead} min lead: ${expected.join(', ') || 'none'}`, () => {
      expect(titles(dueReminders(conf.sessions, at(time), lead, new Set()))).toEqual(expected);
    });
  }

  it('does not repeat a reminder already shown', () => {
    const workshop = conf.sessions[0]!;
    expect(dueReminders(conf.sessions, at('11:10'), 10, new Set([workshop.guid]))).toEqual([]);
  });

  it('follows the ?now= demo clock (Berlin wall time, whatever the device zone)', () => {
    const demo = parseDemoNow('?now=2023-09-06T11:06');
    expect(demo.kind).toBe('valid');
    if (demo.kind === 'valid')
      expect(titles(dueReminders(conf.sessions, demo.instant, 10, new Set()))).toEqual(['Workshop']);
  });
});

describe('nextReminderAt', () => {
  it('finds the next due time, or none after the last', () => {
    expect(nextReminderAt(conf.sessions, at('09:00'), 10)).toEqual(at('11:05'));
    expect(nextReminderAt(conf.sessions, at('11:05'), 10)).toEqual(at('13:35'));
    expect(nextReminderAt(conf.sessions, at('13:35'), 10)).toBeNull();
  });
});

describe('normalizeLead', () => {
  const cases: [unknown, number | null][] = [
    [null, null],
    ['off', null],
    ['', null],
    [0, 0],
    ['15', 15],
    [45, 30],
    [-5, 0],
    [7.6, 8],
    ['x', null],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${expected}`, () => expect(normalizeLead(input)).toBe(expected));
  }
});
