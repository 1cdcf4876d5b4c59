import { describe, expect, it } from 'vitest';
import {
  backupToJson,
  buildBackup,
  parseBackup,
  planRestore,
  scheduleSessionTitles,
  type PersonalData,
} from '../../src/domain/backup';
import { BACKUP_MAX_BYTES, type Backup } from '../../src/domain/backup-schema';
import { readBundled } from '../fixtures';

const CONF = 'conf';
const known = new Map([[CONF, new Set(['g1', 'g2'])]]);
const knownSessions = (id: string) => known.get(id);

const data: PersonalData = {
  marks: [{ conferenceId: CONF, guid: 'g1', markedAt: 1 }],
  notes: [
    { id: 'n1', conferenceId: CONF, sessionGuid: 'g1', text: 'eins', createdAt: 1, updatedAt: 2, rev: 2 },
    { id: 'n2', conferenceId: CONF, sessionGuid: null, text: 'frei', createdAt: 3, updatedAt: 3, rev: 1 },
  ],
  settings: [{ key: 'theme', value: 'dark' }],
};
const titles = (cid: string, guid: string) =>
  cid === CONF ? (({ g1: 'Eins', g2: 'Zwei' } as Record<string, string>)[guid] ?? null) : undefined;
const valid = (): Backup => buildBackup(data, titles, new Date('2023-09-06T10:00:00Z'), 'Tagesbegleiter');
const text = (value: unknown) => JSON.stringify(value);

describe('parseBackup', () => {
  it('accepts what buildBackup writes, annotated with session titles', () => {
    const result = parseBackup(backupToJson(valid()), knownSessions);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.backup.notes[0]).toMatchObject({ id: 'n1', sessionTitle: 'Eins' });
      expect(result.backup.version).toBe(1);
    }
  });

  it.each<[string, string, Record<string, unknown>]>([
    ['not JSON', 'das ist kein JSON {', { kind: 'notJson' }],
    ['an empty file', '', { kind: 'notJson' }],
    ['JSON that is not a backup', text({ hello: 'world' }), { kind: 'notBackup' }],
    ['a JSON array', text([1, 2]), { kind: 'notBackup' }],
    ['an unknown version', text({ ...valid(), version: 2 }), { kind: 'unknownVersion', version: '2' }],
    ['a version of the wrong type', text({ ...valid(), version: '1' }), { kind: 'unknownVersion', version: '"1"' }],
    [
      'a note with a number as text',
      text({ ...valid(), notes: [{ ...valid().notes[0], text: 5 }] }),
      { kind: 'wrongShape', path: 'notes.0.text', expected: 'string', received: '5' },
    ],
    ['missing notes', text({ ...valid(), notes: undefined }), { kind: 'wrongShape', path: 'notes' }],
    [
      'a mark without guid',
      text({ ...valid(), marks: [{ conferenceId: CONF, markedAt: 1 }] }),
      { kind: 'wrongShape', path: 'marks.0.guid' },
    ],
    [
      'a rev of 0',
      text({ ...valid(), notes: [{ ...valid().notes[0], rev: 0 }] }),
      { kind: 'wrongShape', path: 'notes.0.rev', check: 'bad-rev' },
    ],
    [
      'two notes with one id',
      text({ ...valid(), notes: [valid().notes[0], valid().notes[0]] }),
      { kind: 'wrongShape', path: 'notes', check: 'duplicate-note-id' },
    ],
    [
      'a note for an unknown session',
      text({ ...valid(), notes: [{ ...valid().notes[0], sessionGuid: 'nope' }] }),
      { kind: 'unknownSessions', conferenceId: CONF, guids: ['nope'] },
    ],
    [
      'a mark for an unknown session',
      text({ ...valid(), marks: [{ conferenceId: CONF, guid: 'nope', markedAt: 1 }] }),
      { kind: 'unknownSessions', conferenceId: CONF, guids: ['nope'] },
    ],
    [
      'a mark for an unknown conference',
      text({ ...valid(), marks: [{ conferenceId: 'elsewhere', guid: 'g1', markedAt: 1 }] }),
      { kind: 'unknownConference', conferenceIds: ['elsewhere'] },
    ],
  ])('refuses %s, naming the problem', (_name, file, problem) => {
    const result = parseBackup(file, knownSessions);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatchObject(problem);
  });

  it('refuses a file over 10 MB before parsing it', () => {
    const big = `{"x":"${'a'.repeat(BACKUP_MAX_BYTES)}"}`;
    const result = parseBackup(big, knownSessions);
    expect(result).toMatchObject({ ok: false, problem: { kind: 'tooLarge' } });
  });

  it('accepts a reference flagged as already missing when the backup was made', () => {
    const orphaned = buildBackup(
      {
        ...data,
        notes: [{ ...data.notes[0]!, sessionGuid: 'vanished' }],
        marks: [{ conferenceId: CONF, guid: 'vanished', markedAt: 1 }],
      },
      titles,
      new Date(),
      'Tagesbegleiter',
    );
    expect(orphaned.notes[0]!.sessionMissing).toBe(true);
    expect(orphaned.marks[0]!.sessionMissing).toBe(true);
    expect(parseBackup(backupToJson(orphaned), knownSessions).ok).toBe(true);
  });

  it('keeps hostile text verbatim through the JSON round trip', () => {
    const hostile = '<script>alert(1)</script>\u0000\u202E🙂 "quoted" \\ back';
    const backup = buildBackup({ ...data, notes: [{ ...data.notes[1]!, text: hostile }] }, titles, new Date(), 'T');
    const result = parseBackup(backupToJson(backup), knownSessions);
    expect(result.ok && result.backup.notes[0]!.text).toBe(hostile);
  });
});

describe('planRestore', () => {
  const backup = (): Backup => {
    const b = valid();
    b.notes[0] = { ...b.notes[0]!, text: 'eins aus der Sicherung' };
    b.marks.push({ conferenceId: CONF, guid: 'g2', markedAt: 9 });
    b.settings = [
      { key: 'theme', value: 'light' },
      { key: 'lang', value: 'de' },
    ];
    return b;
  };
  let n = 0;
  const newId = () => `copy${++n}`;

  it('replace: exactly the backup, without the file-only annotations', () => {
    const result = planRestore(data, backup(), 'replace', newId);
    expect(result.notes.map((x) => x.text)).toEqual(['eins aus der Sicherung', 'frei']);
    expect(result.notes[0]).not.toHaveProperty('sessionTitle');
    expect(result.marks.map((m) => m.guid)).toEqual(['g1', 'g2']);
    expect(result.settings).toEqual([
      { key: 'theme', value: 'light' },
      { key: 'lang', value: 'de' },
    ]);
  });

  it('merge: keeps what is here, adds what is missing, keeps both versions of a differing note', () => {
    n = 0;
    const result = planRestore(data, backup(), 'merge', newId);
    expect(result.notes.map((x) => [x.id, x.text, x.conflictOf])).toEqual([
      ['n1', 'eins', undefined],
      ['n2', 'frei', undefined],
      ['copy1', 'eins aus der Sicherung', 'n1'],
    ]);
    expect(result.marks.map((m) => m.guid)).toEqual(['g1', 'g2']);
    expect(result.settings).toEqual([
      { key: 'theme', value: 'dark' },
      { key: 'lang', value: 'de' },
    ]);
  });

  it('merge twice adds nothing the second time', () => {
    const once = planRestore(data, backup(), 'merge', newId);
    const twice = planRestore(once, backup(), 'merge', newId);
    expect(twice.notes).toEqual(once.notes);
    expect(twice.marks).toEqual(once.marks);
  });
});

describe('scheduleSessionTitles', () => {
  it('reads every event of a stored C3VOC schedule', () => {
    const { schedule } = readBundled();
    const titles = scheduleSessionTitles(schedule);
    const events = schedule.schedule.conference.days.flatMap((d) => Object.values(d.rooms).flat());
    expect(titles.size).toBe(events.length);
    expect(titles.get(events[0]!.guid)).toBe(events[0]!.title);
  });
});
