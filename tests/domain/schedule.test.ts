import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/domain/model';
import { locationGap, nowAndNext, overlaps, parallelGroups } from '../../src/domain/schedule';
import { placeAppearances } from '../../src/domain/lookup';
import type { Place, Session } from '../../src/domain/types';
import { bundledConference, rawEvent, rawSchedule } from '../fixtures';

const at = (hhmm: string) => new Date(`2023-09-06T${hhmm}:00+02:00`);

describe('overlaps', () => {
  const table: [string, string, string, string, boolean][] = [
    ['10:00', '11:00', '10:30', '11:30', true],
    ['10:00', '11:00', '11:00', '12:00', false],
    ['10:00', '12:00', '10:30', '11:00', true],
    ['10:00', '11:00', '09:00', '10:00', false],
    ['10:00', '11:00', '10:00', '11:00', true],
  ];
  for (const [s1, e1, s2, e2, expected] of table) {
    it(`${s1}–${e1} vs ${s2}–${e2}: ${expected}`, () => {
      expect(overlaps({ start: at(s1), end: at(e1) }, { start: at(s2), end: at(e2) })).toBe(expected);
      expect(overlaps({ start: at(s2), end: at(e2) }, { start: at(s1), end: at(e1) })).toBe(expected);
    });
  }
});

describe('parallelGroups', () => {
  it('groups the bundled workshops A–D and the three excursions', () => {
    const groups = parallelGroups(bundledConference().sessions);
    const sizes = groups.map((g) => g.sessions.length);
    expect(sizes).toContain(4);
    expect(sizes).toContain(3);
    const workshops = groups.find((g) => g.sessions.length === 4)!;
    expect(workshops.sessions.map((s) => s.title.slice(0, 10)).sort()).toEqual([
      'Workshop A',
      'Workshop B',
      'Workshop C',
      'Workshop D',
    ]);
  });

  it('keeps back-to-back sessions apart', () => {
    const conf = buildConference(
      rawSchedule([
        rawEvent({ date: '2023-09-06T10:00:00+02:00', duration: '01:00' }),
        rawEvent({ date: '2023-09-06T11:00:00+02:00', duration: '01:00' }),
      ]),
    );
    expect(parallelGroups(conf.sessions).map((g) => g.sessions.length)).toEqual([1, 1]);
  });
});

describe('nowAndNext', () => {
  const conf = buildConference(
    rawSchedule([
      rawEvent({ title: 'Opening', date: '2023-09-06T10:00:00+02:00', duration: '00:30' }),
      rawEvent({ title: 'Talk A', date: '2023-09-06T10:30:00+02:00', duration: '01:00', room: 'A' }),
      rawEvent({ title: 'Talk B', date: '2023-09-06T10:30:00+02:00', duration: '01:00', room: 'B' }),
      rawEvent({ title: 'Closing', date: '2023-09-06T17:00:00+02:00', duration: '01:00' }),
    ]),
  );
  const titles = (list: { title: string }[]) => list.map((s) => s.title);
  const table: [string, 'before' | 'during' | 'after', string[], string[]][] = [
    ['09:00', 'before', [], ['Opening']],
    ['10:00', 'during', ['Opening'], ['Talk A', 'Talk B']],
    ['10:29', 'during', ['Opening'], ['Talk A', 'Talk B']],
    ['10:30', 'during', ['Talk A', 'Talk B'], ['Closing']],
    ['12:00', 'during', [], ['Closing']],
    ['17:59', 'during', ['Closing'], []],
    ['18:00', 'after', [], []],
    ['23:00', 'after', [], []],
  ];
  for (const [time, phase, current, next] of table) {
    it(`at ${time}: ${phase}, now ${current.join('+') || '–'}, next ${next.join('+') || '–'}`, () => {
      const result = nowAndNext(conf, at(time));
      expect(result.phase).toBe(phase);
      expect(titles(result.current)).toEqual(current);
      expect(titles(result.next)).toEqual(next);
    });
  }

  it('puts marked sessions first', () => {
    const talkB = conf.sessions.find((s) => s.title === 'Talk B')!;
    expect(titles(nowAndNext(conf, at('10:45'), new Set([talkB.guid])).current)).toEqual(['Talk B', 'Talk A']);
  });
});

describe('placeAppearances', () => {
  const conf = bundledConference();
  const titles = (list: Session[]) => list.map((s) => s.title.split(':')[0]);

  it('splits what was held at a Stadtlabor from the workshop it ran a station in', () => {
    const { held, presented } = placeAppearances(conf, 'waldstadtlabor-iserlohn');
    expect(titles(held)).toEqual(['Exkursion']);
    expect(presented.map(({ session, station }) => [session.title.split(':')[0], station.title])).toEqual([
      ['Workshop A', 'Waldstadtlabor Iserlohn – Wie fange ich an?'],
    ]);
  });

  it('a Stadtlabor that was no excursion stop was only presented in Workshop A', () => {
    const { held, presented } = placeAppearances(conf, 'stadtlabor-soest');
    expect(held).toEqual([]);
    expect(presented.map(({ session }) => titles([session])[0])).toEqual(['Workshop A']);
  });

  it('an item held at a place that also has a station there counts once, as held', () => {
    const workshopA = conf.sessions.find((s) => s.title.startsWith('Workshop A'))!;
    const moved = { ...conf, sessions: [{ ...workshopA, placeId: 'zws-menden' }] };
    expect(placeAppearances(moved, 'zws-menden')).toEqual({ held: [moved.sessions[0]], presented: [] });
  });
});

describe('locationGap', () => {
  const place = (kind: Place['kind']) => ({ kind }) as Place;
  const table: [string, boolean, Place | undefined, ReturnType<typeof locationGap>][] = [
    ['room documented', true, place('venue'), undefined],
    ['room in the venue unknown', false, place('venue'), 'room'],
    ['no place record, room unknown', false, undefined, 'room'],
    ['a mobile place, not documented', false, place('mobile'), 'place'],
    ['a mobile place with a known room', true, place('mobile'), undefined],
  ];
  it.each(table)('%s', (_label, roomKnown, p, expected) => {
    expect(locationGap({ roomKnown } as Session, p)).toBe(expected);
  });
});
