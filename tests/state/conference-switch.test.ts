import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { readBundled } from '../fixtures';
import { freshIndexedDb } from '../support/fresh-db';
import { importFixture } from '../support/fixture-files';
import { contentHash } from '../../src/domain/stable-id';
import type { RawSchedule } from '../../src/domain/raw';
import type { Signal } from '@preact/signals';
import type { Conference } from '../../src/domain/types';
import { conference } from '../../src/state/conference';
import { scheduleChanges } from '../../src/state/changes';
import { startConferences } from '../../src/state/conference-switch';
import { startFollowing, switchConference } from '../../src/state/conference-show';
import { conferenceList, openConferenceOfSession, refreshConferenceList } from '../../src/state/conference-list';
import { readStoredConference, recordBundledVersion, storeConferenceVersion } from '../../src/store/conferences';
import { readSetting, writeSetting } from '../../src/store/settings';
import { sessionTitled } from '../support/sessions';

/** Several conferences side by side, and the bundled data tracked across app builds. */

const bundled = readBundled();
const BUNDLED_ID = 'regiokonf_iserlohn_2023';

beforeAll(() => {
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify(bundled), { status: 200 }));
});
beforeEach(async () => {
  await freshIndexedDb();
  localStorage.clear();
});

/** The shipped schedule as an older build had it: one item an hour earlier, one more item. */
function olderBuild(): RawSchedule {
  const older = structuredClone(bundled.schedule);
  const rooms = older.schedule.conference.days[0]!.rooms;
  const first = Object.values(rooms)[0]!;
  const podium = first.find((e) => e.title.startsWith('Erfolgsfaktoren'))!;
  podium.date = podium.date.replace(/T(\d\d)/, (_, h: string) => `T${String(Number(h) - 1).padStart(2, '0')}`);
  delete podium.end;
  first.push({
    ...first[0]!,
    guid: '0d9c8b7a-6f5e-4d3c-8b2a-000000000001',
    id: 999,
    slug: 'gestrichen',
    title: 'Ein gestrichener Punkt',
  });
  return older;
}

/** As after a reload: no conference on screen (the app has no action for that, so the test reaches past the read-only type). */
const forgetConferenceOnScreen = () => void ((conference as Signal<Conference | null>).value = null);

async function storeImport(name: string) {
  const { schedule, summary } = importFixture(name);
  await storeConferenceVersion({
    id: summary.conferenceId,
    schedule,
    source: 'import',
    hash: contentHash(JSON.stringify(schedule)),
  });
  return summary.conferenceId;
}

/** The app's start: the first screen's conference, then (at idle, src/idle.ts) the following. */
async function start(): Promise<void> {
  await startConferences();
  void startFollowing();
}

describe('startConferences', () => {
  it('first start: shows the bundled conference and stores it as "bundled", with no changes', async () => {
    await start();
    expect(conference.value?.id).toBe(BUNDLED_ID);
    // Recording the shipped data waits for an idle moment (at most a second).
    await vi.waitFor(async () => expect((await readStoredConference(BUNDLED_ID))?.source).toBe('bundled'), {
      timeout: 3000,
    });
    expect(scheduleChanges.value.counts).toEqual({ new: 0, changed: 0, cancelled: 0 });
  });

  it('a new build with different bundled data: the stored copy becomes `previous` and the changes show', async () => {
    const older = olderBuild();
    await recordBundledVersion(BUNDLED_ID, older, contentHash(JSON.stringify(older)));
    await start();
    await vi.waitFor(() => expect(scheduleChanges.value.counts).toEqual({ new: 0, changed: 1, cancelled: 1 }), {
      timeout: 3000,
    });
    const podium = sessionTitled(conference.value!.sessions, 'Erfolgsfaktoren');
    expect(scheduleChanges.value.byGuid.get(podium.guid)?.kind).toBe('changed');
    expect(scheduleChanges.value.cancelled.map((s) => s.title)).toEqual(['Ein gestrichener Punkt']);
    const record = await readStoredConference(BUNDLED_ID);
    expect(record?.previous).toEqual(older);
  });

  it('comes back to the conference chosen last', async () => {
    const id = await storeImport('frab-schedule.json');
    await start();
    expect(await switchConference(id)).toBe(true);
    expect(await readSetting('activeConference')).toBe(id);
    forgetConferenceOnScreen();
    await start();
    const shown = (): { id: string; sessions: unknown[] } | null => conference.value;
    expect(shown()?.id).toBe(id);
    expect(shown()?.sessions).toHaveLength(5);
  });
});

describe('startConferences without the localStorage mirror', () => {
  it('still comes back to the conference chosen last: the database has the last word', async () => {
    const id = await storeImport('frab-schedule.json');
    await writeSetting('activeConference', id);
    localStorage.clear();
    forgetConferenceOnScreen();
    await start();
    await vi.waitFor(() => expect((conference.value as { id: string } | null)?.id).toBe(id), { timeout: 3000 });
  });
});

describe('several conferences', () => {
  it('lists the bundled and the imported ones', async () => {
    await storeImport('pretalx-schedule.json');
    await refreshConferenceList();
    expect(conferenceList.value.map((c) => [c.id, c.source, c.events, c.days])).toEqual([
      [BUNDLED_ID, 'bundled', 12, 1],
      ['kiezkonf_2024', 'import', 8, 2],
    ]);
  });

  it('a link to an item of another stored conference switches to that conference', async () => {
    await start();
    await storeImport('pretalx-schedule.json');
    expect(await openConferenceOfSession('5b0e7c1a-1f4e-4c2a-9d31-0a1b2c3d0006')).toBe(true);
    expect(conference.value?.id).toBe('kiezkonf_2024');
    expect(await openConferenceOfSession('00000000-0000-4000-8000-00000000dead')).toBe(false);
    expect(conference.value?.id).toBe('kiezkonf_2024');
  });

  it('re-importing the same file keeps the changes of the last real update', async () => {
    const v1 = importFixture('pretalx-schedule.json');
    const v2 = importFixture('pretalx-schedule-v2.json');
    const store = (s: RawSchedule) =>
      storeConferenceVersion({
        id: 'kiezkonf_2024',
        schedule: s,
        source: 'import',
        hash: contentHash(JSON.stringify(s)),
      });
    await store(v1.schedule);
    expect(await store(v2.schedule)).toMatchObject({ replaced: true, unchanged: false });
    expect(await store(v2.schedule)).toMatchObject({ replaced: false, unchanged: true });
    expect((await readStoredConference('kiezkonf_2024'))?.previous).toEqual(v1.schedule);
    await switchConference('kiezkonf_2024');
    expect(scheduleChanges.value.counts).toEqual({ new: 1, changed: 2, cancelled: 1 });
  });
});
