import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/domain/model';
import { findConflicts } from '../../src/domain/conflicts';
import { bundledConference, rawEvent, rawSchedule } from '../fixtures';
import { sessionTitled } from '../support/sessions';

/** A one-day conference with items named by letter; times are Berlin wall-clock. */
function day(items: [title: string, start: string, end: string][]) {
  return buildConference(
    rawSchedule(
      items.map(([title, start, end]) =>
        rawEvent({
          title,
          date: `2023-09-06T${start}:00+02:00`,
          end: `2023-09-06T${end}:00+02:00`,
          duration: '00:00',
          room: title,
        }),
      ),
    ),
  );
}

/** "A:B,C" lines, one per item with clashes, sorted: easy to read in a table. */
function describeConflicts(conflicts: Map<string, { title: string }[]>, titleOf: Map<string, string>): string[] {
  return [...conflicts.entries()]
    .map(([guid, others]) => `${titleOf.get(guid)}:${others.map((o) => o.title).join(',')}`)
    .sort();
}

describe('findConflicts', () => {
  const table: { name: string; items: [string, string, string][]; expected: string[] }[] = [
    { name: 'nothing marked', items: [], expected: [] },
    { name: 'one item', items: [['A', '10:00', '11:00']], expected: [] },
    {
      name: 'partial overlap',
      items: [
        ['A', '10:00', '11:00'],
        ['B', '10:30', '11:30'],
      ],
      expected: ['A:B', 'B:A'],
    },
    {
      name: 'touching: one ends when the next starts',
      items: [
        ['A', '10:00', '11:00'],
        ['B', '11:00', '12:00'],
      ],
      expected: [],
    },
    {
      name: 'one minute of overlap',
      items: [
        ['A', '10:00', '11:01'],
        ['B', '11:00', '12:00'],
      ],
      expected: ['A:B', 'B:A'],
    },
    {
      name: 'same slot',
      items: [
        ['A', '11:15', '13:00'],
        ['B', '11:15', '13:00'],
      ],
      expected: ['A:B', 'B:A'],
    },
    {
      name: 'one inside another',
      items: [
        ['A', '10:00', '13:00'],
        ['B', '11:00', '12:00'],
      ],
      expected: ['A:B', 'B:A'],
    },
    {
      name: 'a long item spans two back-to-back ones that do not clash with each other',
      items: [
        ['A', '10:00', '12:00'],
        ['B', '10:00', '11:00'],
        ['C', '11:00', '12:00'],
      ],
      expected: ['A:B,C', 'B:A', 'C:A'],
    },
    {
      name: 'a later item clashes with the long one even after a short one ended',
      items: [
        ['A', '10:00', '14:00'],
        ['B', '10:00', '10:30'],
        ['C', '13:00', '15:00'],
      ],
      expected: ['A:B,C', 'B:A', 'C:A'],
    },
    {
      name: 'apart',
      items: [
        ['A', '10:00', '11:00'],
        ['B', '15:00', '16:00'],
      ],
      expected: [],
    },
    {
      name: 'zero-length item at the start of another',
      items: [
        ['A', '10:00', '10:00'],
        ['B', '10:00', '11:00'],
      ],
      expected: [],
    },
  ];
  for (const { name, items, expected } of table) {
    it(name, () => {
      const conf = day(items);
      const titleOf = new Map(conf.sessions.map((s) => [s.guid, s.title]));
      expect(describeConflicts(findConflicts(conf.sessions), titleOf)).toEqual(expected);
      // Input order must not matter.
      expect(describeConflicts(findConflicts([...conf.sessions].reverse()), titleOf)).toEqual(expected);
    });
  }

  it('flags the bundled parallel workshops and excursions, and not the item after them', () => {
    const conf = bundledConference();
    const pick = (prefix: string) => sessionTitled(conf.sessions, prefix);
    const marked = [
      pick('Workshop A'),
      pick('Workshop C'),
      pick('Speed-Networking'),
      pick('Exkursion: WaldStadtLabor'),
      pick('Exkursion: Zukunfts'),
    ];
    const conflicts = findConflicts(marked);
    expect(conflicts.get(pick('Workshop A').guid)!.map((s) => s.guid)).toEqual([pick('Workshop C').guid]);
    // Speed-Networking starts when the workshops end: touching, so no clash.
    expect(conflicts.has(pick('Speed-Networking').guid)).toBe(false);
    expect(conflicts.get(pick('Exkursion: WaldStadtLabor').guid)!.map((s) => s.guid)).toEqual([
      pick('Exkursion: Zukunfts').guid,
    ]);
  });
});
