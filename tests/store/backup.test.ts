import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '../../src/store/db';
import { saveNote, getNote } from '../../src/store/notes';
import { deleteAllPersonalData, readPersonalData, rewritePersonalData } from '../../src/store/backup';
import { checkBackupFile, makeBackupFile, restoreBackup } from '../../src/state/backup';
import { setConference } from '../../src/state/conference';
import { onTabMessage } from '../../src/state/tab-sync';
import { BACKUP_MAX_BYTES } from '../../src/domain/backup-schema';
import { sessionNoteId } from '../../src/domain/note';
import type { TabMessage } from '../../src/sw/messages';
import { bundledConference } from '../fixtures';
import { freshIndexedDb } from '../support/fresh-db';

const conference = bundledConference();
const [s1, s2] = conference.sessions;

/** Every store, every key and value, serialised: two dumps are equal only if nothing changed. */
async function dumpDb(): Promise<string> {
  const db = await getDb();
  const out: Record<string, unknown> = {};
  for (const name of [...db.objectStoreNames].sort()) {
    const tx = db.transaction(name, 'readonly');
    out[name] = { keys: await tx.store.getAllKeys(), values: await tx.store.getAll() };
    await tx.done;
  }
  return JSON.stringify(out);
}

async function seed(): Promise<void> {
  await saveNote(
    {
      id: sessionNoteId(conference.id, s1!.guid),
      conferenceId: conference.id,
      sessionGuid: s1!.guid,
      text: 'Notiz eins 🙂\u0000',
      baseRev: 0,
    },
    1000,
  );
  await saveNote(
    { id: 'free-1', conferenceId: conference.id, sessionGuid: null, text: '<script>alert(1)</script>', baseRev: 0 },
    2000,
  );
  const db = await getDb();
  await db.put('marks', { conferenceId: conference.id, guid: s2!.guid, markedAt: 3000 });
  await db.put('settings', { key: 'theme', value: 'dark' });
}

const file = (text: string) => new File([text], 'sicherung.json', { type: 'application/json' });

/** What the settings screen does: check, and only if the file is good, write it (replace: the most destructive). */
async function restoreLikeTheScreen(text: string) {
  const result = await checkBackupFile(file(text));
  if (result.ok) await restoreBackup(result.backup, 'replace');
  return result;
}

beforeEach(async () => {
  await freshIndexedDb();
  setConference(conference);
  await seed();
});

describe('backup file', () => {
  it('holds marks, notes and settings, versioned, and restores into an empty database', async () => {
    const backup = await makeBackupFile(new Date('2023-09-06T16:00:00Z'));
    expect(backup.name).toBe('tagesbegleiter-sicherung-2023-09-06.json');
    const json = JSON.parse(backup.text);
    expect(json).toMatchObject({ format: 'tagesbegleiter-backup', version: 1 });
    expect(json.notes).toHaveLength(2);
    expect(json.marks).toHaveLength(1);
    expect(json.settings).toEqual([{ key: 'theme', value: 'dark' }]);
    const before = await readPersonalData();

    await freshIndexedDb();
    const result = await restoreLikeTheScreen(backup.text);
    expect(result.ok).toBe(true);
    expect(await readPersonalData()).toEqual(before);
  });
});

describe('a bad backup file changes nothing stored', () => {
  const good = async () => JSON.parse((await makeBackupFile()).text);
  const cases: [string, () => Promise<string>, string][] = [
    ['not JSON', async () => '{"format": "tagesbegleiter-backup", ', 'notJson'],
    ['not a backup', async () => JSON.stringify({ notes: [] }), 'notBackup'],
    ['an unknown version', async () => JSON.stringify({ ...(await good()), version: 99 }), 'unknownVersion'],
    ['the wrong shape', async () => JSON.stringify({ ...(await good()), marks: 'alle' }), 'wrongShape'],
    [
      'a note with the wrong shape after good ones',
      async () => {
        const g = await good();
        return JSON.stringify({ ...g, notes: [...g.notes, { id: 'x', text: 'ohne Rest' }] });
      },
      'wrongShape',
    ],
    [
      'a note updatedAt beyond the Date range',
      async () => {
        const g = await good();
        return JSON.stringify({ ...g, notes: g.notes.map((n: object) => ({ ...n, updatedAt: 9e15 })) });
      },
      'wrongShape',
    ],
    [
      'a rev beyond MAX_SAFE_INTEGER',
      async () => {
        const g = await good();
        return JSON.stringify({
          ...g,
          notes: g.notes.map((n: object) => ({ ...n, rev: Number.MAX_SAFE_INTEGER + 1 })),
        });
      },
      'wrongShape',
    ],
    [
      'a journal key among the settings',
      async () => {
        const g = await good();
        return JSON.stringify({
          ...g,
          settings: [
            ...g.settings,
            {
              key: 'note-journal:x',
              value: { id: 'x', conferenceId: 'elsewhere', sessionGuid: null, text: 'Gespenst', baseRev: 0 },
            },
          ],
        });
      },
      'wrongShape',
    ],
    [
      'an unknown setting',
      async () => JSON.stringify({ ...(await good()), settings: [{ key: 'lang', value: 'de' }] }),
      'wrongShape',
    ],
    [
      'over 10 MB',
      async () => JSON.stringify({ ...(await good()), padding: 'x'.repeat(BACKUP_MAX_BYTES) }),
      'tooLarge',
    ],
    [
      'references to unknown sessions',
      async () => {
        const g = await good();
        return JSON.stringify({
          ...g,
          marks: [...g.marks, { conferenceId: conference.id, guid: 'no-such-session', markedAt: 1 }],
        });
      },
      'unknownSessions',
    ],
    [
      'an unknown conference',
      async () => {
        const g = await good();
        const sessionNote = g.notes.find((n: { sessionGuid: string | null }) => n.sessionGuid !== null);
        return JSON.stringify({ ...g, notes: [{ ...sessionNote, conferenceId: 'ganz-woanders-2031' }] });
      },
      'unknownConference',
    ],
  ];

  it.each(cases)('%s', async (_name, make, kind) => {
    const text = await make();
    const before = await dumpDb();
    const result = await restoreLikeTheScreen(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.kind).toBe(kind);
    expect(await dumpDb()).toBe(before);
  });

  it('a write that fails inside the restore transaction leaves everything as it was', async () => {
    const before = await dumpDb();
    // A note without its key: the put fails, and with it the whole transaction (all or nothing).
    await expect(
      rewritePersonalData((current) => ({
        ...current,
        marks: [],
        notes: [...current.notes, { text: 'kein Schlüssel' } as never],
      })),
    ).rejects.toThrow();
    expect(await dumpDb()).toBe(before);
  });
});

describe('restore', () => {
  it('merge keeps both versions of a note that differs and tells every state module to re-read', async () => {
    const backup = JSON.parse((await makeBackupFile()).text);
    const id = sessionNoteId(conference.id, s1!.guid);
    backup.notes = backup.notes.map((n: { id: string }) => (n.id === id ? { ...n, text: 'aus der Sicherung' } : n));
    const heard: TabMessage[] = [];
    const stop = onTabMessage((m) => heard.push(m));
    const result = await checkBackupFile(file(JSON.stringify(backup)));
    expect(result.ok).toBe(true);
    if (result.ok) await restoreBackup(result.backup, 'merge');
    stop();
    expect((await getNote(id))!.text).toBe('Notiz eins 🙂\u0000');
    const texts = (await readPersonalData()).notes.map((n) => n.text).sort();
    expect(texts).toEqual(['<script>alert(1)</script>', 'Notiz eins 🙂\u0000', 'aus der Sicherung'].sort());
    expect(heard.map((m) => m.type)).toEqual(
      expect.arrayContaining(['marks-changed', 'notes-changed', 'settings-changed']),
    );
  });

  it('delete all empties marks, notes and settings', async () => {
    await deleteAllPersonalData();
    expect(await readPersonalData()).toEqual({ marks: [], notes: [], settings: [] });
  });
});
