import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/domain/model';
import { nowAndNext } from '../../src/domain/schedule';
import { rawEvent, rawSchedule } from '../fixtures';

const at = (hhmm: string, date = '2023-09-06') => new Date(`${date}T${hhmm}:00+02:00`);

describe('nowAndNext with marked items first', () => {
  const conf = buildConference(
    rawSchedule([
      rawEvent({ title: 'Opening', date: '2023-09-06T10:00:00+02:00', duration: '00:30' }),
      rawEvent({ title: 'Workshop A', date: '2023-09-06T10:30:00+02:00', duration: '01:00', room: 'A' }),
      rawEvent({ title: 'Workshop B', date: '2023-09-06T10:30:00+02:00', duration: '01:00', room: 'B' }),
      rawEvent({ title: 'Workshop C', date: '2023-09-06T10:30:00+02:00', duration: '01:00', room: 'C' }),
      rawEvent({ title: 'Tour X', date: '2023-09-06T15:00:00+02:00', duration: '02:00', room: 'X' }),
      rawEvent({ title: 'Tour Y', date: '2023-09-06T15:00:00+02:00', duration: '02:00', room: 'Y' }),
      rawEvent({ title: 'Closing', date: '2023-09-06T17:00:00+02:00', duration: '01:00' }),
    ]),
  );
  const guid = (title: string) => conf.sessions.find((s) => s.title === title)!.guid;
  const titles = (list: { title: string }[]) => list.map((s) => s.title);

  const table: { when: Date; label: string; marked: string[]; phase: string; current: string[]; next: string[] }[] = [
    {
      label: 'the day before',
      when: at('12:00', '2023-09-05'),
      marked: ['Opening'],
      phase: 'before',
      current: [],
      next: ['Opening'],
    },
    {
      label: 'an hour before the start',
      when: at('09:00'),
      marked: [],
      phase: 'before',
      current: [],
      next: ['Opening'],
    },
    {
      label: 'at the start',
      when: at('10:00'),
      marked: ['Workshop C'],
      phase: 'during',
      current: ['Opening'],
      next: ['Workshop C', 'Workshop A', 'Workshop B'],
    },
    {
      label: 'workshops, C marked',
      when: at('10:30'),
      marked: ['Workshop C'],
      phase: 'during',
      current: ['Workshop C', 'Workshop A', 'Workshop B'],
      next: ['Tour X', 'Tour Y'],
    },
    {
      label: 'workshops, B and C marked',
      when: at('11:00'),
      marked: ['Workshop C', 'Workshop B'],
      phase: 'during',
      current: ['Workshop B', 'Workshop C', 'Workshop A'],
      next: ['Tour X', 'Tour Y'],
    },
    {
      label: 'workshops end exactly now',
      when: at('11:30'),
      marked: ['Workshop A', 'Tour Y'],
      phase: 'during',
      current: [],
      next: ['Tour Y', 'Tour X'],
    },
    {
      label: 'tours, Y marked',
      when: at('16:59'),
      marked: ['Tour Y'],
      phase: 'during',
      current: ['Tour Y', 'Tour X'],
      next: ['Closing'],
    },
    {
      label: 'tours end as closing starts',
      when: at('17:00'),
      marked: ['Tour Y'],
      phase: 'during',
      current: ['Closing'],
      next: [],
    },
    { label: 'at the end', when: at('18:00'), marked: ['Closing'], phase: 'after', current: [], next: [] },
    {
      label: 'the day after',
      when: at('09:00', '2023-09-07'),
      marked: ['Closing'],
      phase: 'after',
      current: [],
      next: [],
    },
  ];
  for (const row of table) {
    it(`${row.label}: ${row.phase}, now ${row.current.join('+') || '–'}, next ${row.next.join('+') || '–'}`, () => {
      const result = nowAndNext(conf, row.when, new Set(row.marked.map(guid)));
      expect(result.phase).toBe(row.phase);
      expect(titles(result.current)).toEqual(row.current);
      expect(titles(result.next)).toEqual(row.next);
    });
  }

  it('ignores marks of other conferences or unknown guids', () => {
    const result = nowAndNext(conf, at('10:45'), new Set(['not-a-guid']));
    expect(titles(result.current)).toEqual(['Workshop A', 'Workshop B', 'Workshop C']);
  });
});
