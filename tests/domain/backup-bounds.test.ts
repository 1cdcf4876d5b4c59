import { describe, expect, it } from 'vitest';
import { backupToJson, buildBackup, parseBackup, type PersonalData } from '../../src/domain/backup';
import { MAX_TIME_MS } from '../../src/domain/backup-schema';

/** Each bound of the backup schema, just inside and just outside. */

const CONF = 'conf';
const knownSessions = (id: string) => (id === CONF ? new Set(['g1']) : undefined);
const data: PersonalData = {
  marks: [{ conferenceId: CONF, guid: 'g1', markedAt: 1 }],
  notes: [{ id: 'n1', conferenceId: CONF, sessionGuid: 'g1', text: 'eins', createdAt: 1, updatedAt: 2, rev: 2 }],
  settings: [{ key: 'theme', value: 'dark' }],
};
const base = () => JSON.parse(backupToJson(buildBackup(data, () => 'Eins', new Date('2023-09-06T10:00:00Z'), 'T')));
const withNote = (patch: Record<string, unknown>) => {
  const b = base();
  b.notes[0] = { ...b.notes[0], ...patch };
  return b;
};
const withMark = (patch: Record<string, unknown>) => {
  const b = base();
  b.marks[0] = { ...b.marks[0], ...patch };
  return b;
};
const withSettings = (settings: unknown[]) => ({ ...base(), settings });
const parse = (file: unknown) => parseBackup(JSON.stringify(file), knownSessions);

describe('backup schema bounds', () => {
  it.each<[string, unknown, string]>([
    ['a note updatedAt beyond the Date range (9e15)', withNote({ updatedAt: 9e15 }), 'notes.0.updatedAt'],
    ['a note updatedAt one past the Date range', withNote({ updatedAt: MAX_TIME_MS + 1 }), 'notes.0.updatedAt'],
    ['a note createdAt beyond the Date range', withNote({ createdAt: MAX_TIME_MS + 1 }), 'notes.0.createdAt'],
    ['a negative note createdAt', withNote({ createdAt: -1 }), 'notes.0.createdAt'],
    ['a mark markedAt beyond the Date range', withMark({ markedAt: MAX_TIME_MS + 1 }), 'marks.0.markedAt'],
  ])('refuses %s as a bad time', (_name, file, path) => {
    expect(parse(file)).toMatchObject({ ok: false, problem: { kind: 'wrongShape', path, check: 'bad-time' } });
  });

  it('accepts times at both ends of the Date range', () => {
    expect(parse(withNote({ createdAt: 0, updatedAt: MAX_TIME_MS })).ok).toBe(true);
    expect(parse(withMark({ markedAt: MAX_TIME_MS })).ok).toBe(true);
  });

  it.each<[string, number]>([
    ['one past MAX_SAFE_INTEGER', Number.MAX_SAFE_INTEGER + 1],
    ['far beyond it', 1e300],
    ['a fraction', 1.5],
    ['zero', 0],
  ])('refuses a rev %s', (_name, rev) => {
    expect(parse(withNote({ rev }))).toMatchObject({ ok: false, problem: { kind: 'wrongShape', path: 'notes.0.rev', check: 'bad-rev' } });
  });

  it('accepts rev 1 and MAX_SAFE_INTEGER', () => {
    expect(parse(withNote({ rev: 1 })).ok).toBe(true);
    expect(parse(withNote({ rev: Number.MAX_SAFE_INTEGER })).ok).toBe(true);
  });

  it.each<[string, unknown[], string, string]>([
    ['a journal key', [{ key: 'note-journal:abc', value: { id: 'x' } }], 'settings.0.key', 'journal-key'],
    ['an unknown key', [{ key: 'lang', value: 'de' }], 'settings.0.key', 'unknown-setting'],
    ['a key named like an Object method', [{ key: 'toString', value: 'x' }], 'settings.0.key', 'unknown-setting'],
    ['a theme that does not exist', [{ key: 'theme', value: 'pink' }], 'settings.0.value', 'bad-setting'],
    ['a language that does not exist', [{ key: 'language', value: 'fr' }], 'settings.0.value', 'bad-setting'],
    ['a reminder lead over 30 minutes', [{ key: 'reminderLead', value: 31 }], 'settings.0.value', 'bad-setting'],
    ['a reminder lead as text', [{ key: 'reminderLead', value: '10' }], 'settings.0.value', 'bad-setting'],
    ['reminder notifications as a string', [{ key: 'reminderNotify', value: 'yes' }], 'settings.0.value', 'bad-setting'],
    ['an empty active conference', [{ key: 'activeConference', value: '' }], 'settings.0.value', 'bad-setting'],
    ['a good setting, then a bad one', [{ key: 'theme', value: 'dark' }, { key: 'x', value: 1 }], 'settings.1.key', 'unknown-setting'],
  ])('refuses %s in the settings', (_name, settings, path, check) => {
    expect(parse(withSettings(settings))).toMatchObject({ ok: false, problem: { kind: 'wrongShape', path, check } });
  });

  it('accepts every known setting with a value the app writes', () => {
    const settings = [
      { key: 'theme', value: 'system' },
      { key: 'language', value: 'en' },
      { key: 'reminderLead', value: null },
      { key: 'reminderNotify', value: true },
      { key: 'activeConference', value: 'conf' },
    ];
    const result = parse(withSettings(settings));
    expect(result.ok && result.backup.settings).toEqual(settings);
    expect(parse(withSettings([{ key: 'reminderLead', value: 30 }])).ok).toBe(true);
  });
});
