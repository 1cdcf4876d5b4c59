import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { getDb } from '../../src/store/db';
import { saveNote } from '../../src/store/notes';
import { addPhoto, listAllPhotos } from '../../src/store/photos';
import { makeBackupDownload, makeBackupFile, restoreBackup } from '../../src/state/backup';
import { checkBackupArchive, notesZipFile } from '../../src/state/photo-archives';
import { setConference } from '../../src/state/conference';
import { sessionNoteId } from '../../src/domain/note';
import { BACKUP_ZIP_LIMITS, PHOTO_ENTRY_MAX_BYTES } from '../../src/domain/photo-backup';
import { BACKUP_MAX_BYTES } from '../../src/domain/backup-schema';
import { isSafeEntryName } from '../../src/domain/zip-archive';
import { bundledConference } from '../fixtures';
import { freshIndexedDb } from '../support/fresh-db';
import { bytesOf, JPEG, photoRecord, useNodeBlob } from '../support/photo-records';

useNodeBlob();

const conference = bundledConference();
const workshopB = conference.sessions.find((s) => s.title.startsWith('Workshop B'))!;
const noteB = sessionNoteId(conference.id, workshopB.guid);

/** Every store, every key and value, Blobs as their bytes: two dumps are equal only if nothing changed. */
async function dumpDb(): Promise<unknown> {
  const db = await getDb();
  const out: Record<string, unknown> = {};
  for (const name of [...db.objectStoreNames].sort()) {
    const values = await db.getAll(name);
    const plain = [];
    for (const value of values) {
      const copy: Record<string, unknown> = { ...(value as object) };
      for (const [k, v] of Object.entries(copy))
        if (v instanceof Blob)
          copy[k] = `${v.type} ${createHash('sha256')
            .update(await bytesOf(v))
            .digest('hex')}`;
      plain.push(copy);
    }
    out[name] = { keys: await db.getAllKeys(name), values: plain };
  }
  return out;
}

async function seed(): Promise<void> {
  await saveNote(
    {
      id: noteB,
      conferenceId: conference.id,
      sessionGuid: workshopB.guid,
      text: 'Storyboard der Gruppe 2',
      baseRev: 0,
    },
    1000,
  );
  await addPhoto(
    photoRecord('p-1', noteB, conference.id, 2000),
    { id: noteB, conferenceId: conference.id, sessionGuid: workshopB.guid },
    2000,
  );
  await addPhoto(
    photoRecord('p-2', noteB, conference.id, 3000),
    { id: noteB, conferenceId: conference.id, sessionGuid: workshopB.guid },
    3000,
  );
  // A free note of one photo and no text.
  await addPhoto(
    photoRecord('p-3', 'free-1', conference.id, 4000),
    { id: 'free-1', conferenceId: conference.id, sessionGuid: null },
    4000,
  );
}

/** The backup ZIP's entries as the app writes them, to tamper with. */
async function goodEntries(): Promise<Record<string, Uint8Array>> {
  const file = await makeBackupDownload();
  return unzipSync(await bytesOf(file.blob));
}
const zipOf = (entries: Zippable) => new Blob([zipSync(entries, { level: 0 })]);

beforeEach(async () => {
  await freshIndexedDb();
  setConference(conference);
  await seed();
});

describe('the backup with photos', () => {
  it('is one ZIP of the unchanged backup JSON, the list of photos and the images; restored into an empty database it gives back every photo byte for byte', async () => {
    const file = await makeBackupDownload(new Date('2023-09-06T16:00:00Z'));
    expect(file.name).toBe('tagesbegleiter-sicherung-2023-09-06.zip');
    const entries = unzipSync(await bytesOf(file.blob));
    expect(Object.keys(entries).sort()).toEqual(
      [
        'backup.json',
        'photos.json',
        ...['p-1', 'p-2', 'p-3'].flatMap((id) => [`photos/${id}.jpg`, `photos/${id}-thumb.jpg`]),
      ].sort(),
    );
    expect(JSON.parse(strFromU8(entries['backup.json']!))).toEqual(
      JSON.parse((await makeBackupFile(new Date('2023-09-06T16:00:00Z'))).text),
    );
    const before = await dumpDb();

    await freshIndexedDb();
    const checked = await checkBackupArchive(file.blob);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.photos.map((p) => p.id).sort()).toEqual(['p-1', 'p-2', 'p-3']);
    await restoreBackup(checked.backup, 'replace', checked.photos);
    expect(await dumpDb()).toEqual(before);
  });

  it('merging adds the backup’s photos that are missing and doubles none', async () => {
    const file = await makeBackupDownload();
    const checked = await checkBackupArchive(file.blob);
    if (!checked.ok) throw new Error('refused');
    const db = await getDb();
    await db.delete('photos', 'p-2');
    await restoreBackup(checked.backup, 'merge', checked.photos);
    expect((await listAllPhotos()).map((p) => p.id).sort()).toEqual(['p-1', 'p-2', 'p-3']);
    await restoreBackup(checked.backup, 'merge', checked.photos);
    expect(await listAllPhotos()).toHaveLength(3);
  });

  it('without photos the backup stays the .json file it always was', async () => {
    await freshIndexedDb();
    await saveNote({ id: 'free-2', conferenceId: conference.id, sessionGuid: null, text: 'nur Text', baseRev: 0 });
    const file = await makeBackupDownload(new Date('2023-09-06T16:00:00Z'));
    expect(file.name).toBe('tagesbegleiter-sicherung-2023-09-06.json');
    expect(JSON.parse(await new Response(file.blob).text())).toMatchObject({
      format: 'tagesbegleiter-backup',
      version: 1,
    });
  });
});

describe('a bad backup ZIP is refused and changes nothing', () => {
  const bigJson = () => strToU8(' '.repeat(BACKUP_MAX_BYTES + 1));
  const cases: [string, (good: Record<string, Uint8Array>) => Blob | Uint8Array, RegExp][] = [
    ['an entry no backup has', (g) => zipOf({ ...g, 'evil.exe': strToU8('MZ') }), /zipEntries/],
    ['a path out of the archive (..)', (g) => zipOf({ ...g, '../backup.json': g['backup.json']! }), /zipEntries/],
    ['a path inside photos/ climbing out', (g) => zipOf({ ...g, 'photos/../../x.jpg': JPEG }), /zipEntries/],
    ['an absolute path', (g) => zipOf({ ...g, '/etc/passwd': strToU8('x') }), /zipEntries/],
    ['a backslash path', (g) => zipOf({ ...g, 'photos\\p-9.jpg': JPEG }), /zipEntries/],
    ['an image nobody lists', (g) => zipOf({ ...g, 'photos/p-9.jpg': JPEG }), /zipEntries/],
    [
      'a backup JSON over the size limit',
      (g) => new Blob([zipSync({ ...g, 'backup.json': bigJson() })]),
      /zipTooLarge/,
    ],
    [
      'an image that unpacks past its limit (a ZIP bomb)',
      (g) => new Blob([zipSync({ ...g, 'photos/p-1.jpg': new Uint8Array(PHOTO_ENTRY_MAX_BYTES + 1) })]),
      /zipTooLarge/,
    ],
    [
      'more entries than a backup can have',
      (g) =>
        zipOf({
          ...g,
          ...Object.fromEntries(
            Array.from({ length: BACKUP_ZIP_LIMITS.maxEntries }, (_, i) => [`photos/x-${i}.jpg`, JPEG]),
          ),
        }),
      /zipTooLarge/,
    ],
    [
      'a listed photo without its file',
      (g) => zipOf(Object.fromEntries(Object.entries(g).filter(([n]) => n !== 'photos/p-2-thumb.jpg'))),
      /zipMissing/,
    ],
    [
      'no list of photos',
      (g) => zipOf(Object.fromEntries(Object.entries(g).filter(([n]) => n !== 'photos.json'))),
      /zipMissing/,
    ],
    [
      'no backup JSON',
      (g) => zipOf(Object.fromEntries(Object.entries(g).filter(([n]) => n !== 'backup.json'))),
      /zipMissing/,
    ],
    [
      'an image that is no JPEG',
      (g) => zipOf({ ...g, 'photos/p-1.jpg': strToU8('<svg onload=alert(1)>') }),
      /zipPhotos/,
    ],
    [
      'a photo of a note the backup lacks',
      (g) => {
        const list = JSON.parse(strFromU8(g['photos.json']!));
        list.photos[0].noteId = 'nirgends';
        return zipOf({ ...g, 'photos.json': strToU8(JSON.stringify(list)) });
      },
      /zipPhotos/,
    ],
    [
      'a photo larger than 2048 px',
      (g) => {
        const list = JSON.parse(strFromU8(g['photos.json']!));
        list.photos[0].width = 99999;
        return zipOf({ ...g, 'photos.json': strToU8(JSON.stringify(list)) });
      },
      /zipPhotos/,
    ],
    ['a broken backup JSON', (g) => zipOf({ ...g, 'backup.json': strToU8('{kaputt') }), /notJson/],
    ['not a ZIP at all', () => new Blob([strToU8('PK\u0003\u0004 nur der Anfang')]), /zipBroken/],
    ['a ZIP cut in half', () => new Blob([new Uint8Array(0)]), /zipBroken/],
  ];

  it.each(cases)('%s', async (_name, make, kind) => {
    const good = await goodEntries();
    const before = await dumpDb();
    const made = make(good);
    const blob = made instanceof Blob ? made : new Blob([made as Uint8Array<ArrayBuffer>]);
    const result = await checkBackupArchive(blob);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.kind).toMatch(kind);
    expect(await dumpDb()).toEqual(before);
  });

  it('lying sizes in the directory inflate no more than declared, and the file is refused', async () => {
    const good = await goodEntries();
    // A ZIP whose image claims 100 bytes but inflates to 8 MB.
    const zip = zipSync({ ...good, 'photos/p-1.jpg': new Uint8Array(8 * 1024 * 1024) });
    const name = strToU8('photos/p-1.jpg');
    const view = new DataView(zip.buffer);
    for (let at = 0; at + 4 < zip.length; at++) {
      const sig = view.getUint32(at, true);
      const central = sig === 0x02014b50;
      const local = sig === 0x04034b50;
      if (!central && !local) continue;
      const nameAt = at + (central ? 46 : 30);
      if (name.every((b, i) => zip[nameAt + i] === b)) view.setUint32(at + (central ? 24 : 22), 100, true);
    }
    const before = await dumpDb();
    const result = await checkBackupArchive(new Blob([zip as Uint8Array<ArrayBuffer>]));
    expect(result.ok).toBe(false);
    expect(await dumpDb()).toEqual(before);
  });
});

describe('names inside the app’s ZIP files', () => {
  it.each([
    ['backup.json', true],
    ['photos/p-1.jpg', true],
    ['fotos/foto-001.jpg', true],
    ['../x', false],
    ['a/../../x', false],
    ['/abs', false],
    ['a\\b', false],
    ['a//b', false],
    ['./x', false],
    ['', false],
    ['ä.jpg', false],
  ])('%s is safe: %s', (name, safe) => expect(isSafeEntryName(name)).toBe(safe));
});

describe('"Notizen mit Fotos (ZIP)"', () => {
  it('holds the Markdown of all notes, each photo linked by a relative path, and those files', async () => {
    const file = await notesZipFile(new Date('2023-09-06T16:00:00Z'));
    expect(file!.name).toBe('tagesbegleiter-notizen-2023-09-06.zip');
    const entries = unzipSync(await bytesOf(file!.blob));
    expect(Object.keys(entries).sort()).toEqual([
      'fotos/foto-001.jpg',
      'fotos/foto-002.jpg',
      'fotos/foto-003.jpg',
      'notizen.md',
    ]);
    const md = strFromU8(entries['notizen.md']!);
    expect(md).toContain('Storyboard der Gruppe 2');
    const links = [...md.matchAll(/!\[([^\]]*)\]\(([^)]+)\)/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual([
      [`Foto 1 zu ${workshopB.title.replace(/[\\`*_[\]<>#|~]/g, '\\$&')}`, 'fotos/foto-001.jpg'],
      [`Foto 2 zu ${workshopB.title.replace(/[\\`*_[\]<>#|~]/g, '\\$&')}`, 'fotos/foto-002.jpg'],
      ['Foto 1 der freien Notiz', 'fotos/foto-003.jpg'],
    ]);
    // The free note of a photo alone is in the file, under the free notes.
    expect(md.indexOf('## Freie Notizen')).toBeLessThan(md.indexOf('fotos/foto-003.jpg'));
    for (const [, path] of links) expect(entries[path!]).toEqual(JPEG);
  });
});
