import { describe, expect, it } from 'vitest';
import { changesTouching, type ChangeKind, type Comparable } from '../../src/domain/changes';
import { compareProgrammes } from '../../src/domain/compare-programmes';
import { buildConference } from '../../src/domain/model';
import { importFixture } from '../support/fixture-files';

const at = (hhmm: string) => new Date(`2024-05-17T${hhmm}:00+02:00`);
const item = (guid: string, start: string, end: string, room = 'Saal 1', title = guid): Comparable => ({
  guid,
  title,
  start: at(start),
  end: at(end),
  room,
});

describe('compareProgrammes: one item before and after', () => {
  // [case, before (or null: not there), after (or null: gone), expected kind (or null: no change)]
  const table: [string, Comparable | null, Comparable | null, ChangeKind | null][] = [
    ['unchanged', item('a', '10:00', '11:00'), item('a', '10:00', '11:00'), null],
    [
      'new title only: not a change',
      item('a', '10:00', '11:00'),
      item('a', '10:00', '11:00', 'Saal 1', 'Neuer Titel'),
      null,
    ],
    ['moved later', item('a', '10:00', '11:00'), item('a', '10:30', '11:30'), 'changed'],
    ['longer (end moved)', item('a', '10:00', '11:00'), item('a', '10:00', '11:15'), 'changed'],
    ['re-roomed', item('a', '10:00', '11:00', 'Saal 1'), item('a', '10:00', '11:00', 'Saal 2'), 'changed'],
    ['moved and re-roomed', item('a', '10:00', '11:00', 'Saal 1'), item('a', '12:00', '13:00', 'Saal 2'), 'changed'],
    ['cancelled', item('a', '10:00', '11:00'), null, 'cancelled'],
    ['new', null, item('a', '10:00', '11:00'), 'new'],
  ];
  for (const [name, before, after, expected] of table) {
    it(name, () => {
      const changes = compareProgrammes(before ? [before] : [], after ? [after] : []);
      expect(changes.byGuid.get('a')?.kind ?? null).toBe(expected);
      expect(changes.counts).toEqual({
        new: expected === 'new' ? 1 : 0,
        changed: expected === 'changed' ? 1 : 0,
        cancelled: expected === 'cancelled' ? 1 : 0,
      });
      expect(changes.cancelled).toEqual(expected === 'cancelled' ? [before] : []);
    });
  }

  it('says what moved: the old and new time, the old and new room', () => {
    const changes = compareProgrammes([item('a', '10:00', '11:00', 'Saal 1')], [item('a', '12:00', '13:00', 'Saal 2')]);
    expect(changes.byGuid.get('a')).toEqual({
      kind: 'changed',
      guid: 'a',
      title: 'a',
      start: at('12:00'),
      time: { from: { start: at('10:00'), end: at('11:00') }, to: { start: at('12:00'), end: at('13:00') } },
      room: { from: 'Saal 1', to: 'Saal 2' },
    });
    const rehoused = compareProgrammes(
      [item('b', '10:00', '11:00', 'Saal 1')],
      [item('b', '10:00', '11:00', 'Saal 3')],
    );
    expect(rehoused.byGuid.get('b')!.time).toBeUndefined();
  });
});

describe('compareProgrammes: two versions of the pretalx fixture', () => {
  const v1 = buildConference(importFixture('pretalx-schedule.json').schedule);
  const v2 = buildConference(importFixture('pretalx-schedule-v2.json').schedule);
  const changes = compareProgrammes(v1.sessions, v2.sessions);
  const kindOf = (title: string) => {
    const guid = [...v1.sessions, ...v2.sessions].find((s) => s.title === title)!.guid;
    return changes.byGuid.get(guid)?.kind ?? 'unchanged';
  };

  it('finds the moved, re-roomed, cancelled and new items and nothing else', () => {
    expect(changes.counts).toEqual({ new: 1, changed: 2, cancelled: 1 });
    expect(kindOf('Offene Daten für die Straßenbahn')).toBe('changed');
    expect(kindOf('Lötworkshop für Einsteiger*innen')).toBe('changed');
    expect(kindOf('Bürgerhaushalt digital')).toBe('cancelled');
    expect(kindOf('Repair-Café')).toBe('new');
    // A new abstract is not a change a person has to act on.
    expect(kindOf('Wärmeplanung im Quartier')).toBe('unchanged');
    expect(kindOf('Eröffnung')).toBe('unchanged');
    expect(changes.cancelled.map((s) => s.title)).toEqual(['Bürgerhaushalt digital']);
  });

  it('lists only the changes that touch marked items, in time order', () => {
    const guid = (title: string) => [...v1.sessions, ...v2.sessions].find((s) => s.title === title)!.guid;
    const marked = new Set([
      guid('Bürgerhaushalt digital'),
      guid('Eröffnung'),
      guid('Offene Daten für die Straßenbahn'),
    ]);
    expect(changesTouching(changes, marked).map((c) => [c.title, c.kind])).toEqual([
      ['Offene Daten für die Straßenbahn', 'changed'],
      ['Bürgerhaushalt digital', 'cancelled'],
    ]);
  });
});
