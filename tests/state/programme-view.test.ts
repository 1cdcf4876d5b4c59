import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/domain/model';
import { NO_FILTER, buildSearchIndex, filterProgramme } from '../../src/domain/programme-filter';
import { setConference } from '../../src/state/conference';
import {
  chooseDay,
  programmeDayCounts,
  programmeSessions,
  setProgrammeQuery,
  setProgrammeRoom,
} from '../../src/state/programme-view';
import { syntheticSchedule } from '../../bench/synthetic-schedule.mjs';
import { compareProgrammes } from '../../src/domain/compare-programmes';
import { setScheduleChanges } from '../../src/state/changes';
import { setNotes } from '../../src/state/note-list';

/** The programme state narrows search results as the person types on, and stays correct when they delete. */

const conf = buildConference(syntheticSchedule(2000, { days: 2 }));
const index = buildSearchIndex(conf.sessions);
const fresh = (query: string, room = '') =>
  filterProgramme(conf.sessions, { ...NO_FILTER, query, room }, index).map((s) => s.guid);

describe('programme search state', () => {
  it('typing, deleting and changing menus always gives what a full search gives', () => {
    setConference(conf);
    chooseDay('all');
    const steps: [string, string][] = [
      ['e', ''],
      ['en', ''],
      ['ener', ''],
      ['energie', ''],
      ['energie m', ''],
      ['energie mü', ''],
      ['energie m', ''],
      ['ener', 'Saal 02'],
      ['energie', 'Saal 02'],
      ['energie', ''],
      ['', 'Saal 03'],
      ['', ''],
    ];
    for (const [query, room] of steps) {
      setProgrammeQuery(query);
      setProgrammeRoom(room);
      expect(
        programmeSessions.value.map((s) => s.guid),
        `${query} / ${room}`,
      ).toEqual(fresh(query, room));
    }
  });

  it('counts matches per day, and one day shows only its own', () => {
    setConference(conf);
    setProgrammeQuery('energie');
    const all = fresh('energie');
    const counts = programmeDayCounts.value!;
    expect((counts.get(1) ?? 0) + (counts.get(2) ?? 0)).toBe(all.length);
    chooseDay(2);
    expect(programmeSessions.value.every((s) => s.dayIndex === 2)).toBe(true);
    expect(programmeSessions.value).toHaveLength(counts.get(2)!);
    setProgrammeQuery('');
    chooseDay('all');
  });
});

describe('cancelled items', () => {
  it('stay in the programme when they have a note (or a mark), and only then', () => {
    const small = buildConference(syntheticSchedule(100, { acronym: 'notedconf' }));
    const [gone, alsoGone, ...rest] = small.sessions;
    const current = { ...small, sessions: rest };
    setConference(current);
    setScheduleChanges(current.id, compareProgrammes(small.sessions, rest));
    expect(programmeSessions.value.map((s) => s.guid)).not.toContain(gone!.guid);
    const now = Date.now();
    setNotes([
      {
        id: 'n1',
        conferenceId: current.id,
        sessionGuid: gone!.guid,
        text: 'Raum tauschen?',
        createdAt: now,
        updatedAt: now,
        rev: 1,
      },
      {
        id: 'n2',
        conferenceId: 'other',
        sessionGuid: alsoGone!.guid,
        text: 'andere Konferenz',
        createdAt: now,
        updatedAt: now,
        rev: 1,
      },
    ]);
    const listed = programmeSessions.value.map((s) => s.guid);
    expect(listed).toContain(gone!.guid);
    expect(listed).not.toContain(alsoGone!.guid);
    expect(listed).toHaveLength(rest.length + 1);
    setNotes([]);
  });
});
