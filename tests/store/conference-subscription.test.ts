import { beforeEach, describe, expect, it } from 'vitest';
import { freshIndexedDb } from '../support/fresh-db';
import { importFixture } from '../support/fixture-files';
import { contentHash } from '../../src/domain/stable-id';
import { readStoredConference, storeConferenceVersion, touchSubscription } from '../../src/store/conferences';

/** What a conference loaded from an address keeps with its record, across versions and files. */

beforeEach(freshIndexedDb);

const URL_V = 'https://schedule.example/kiez/schedule.json';
const version = (name: string) => {
  const { schedule, summary } = importFixture(name);
  return { id: summary.conferenceId, schedule, source: 'import' as const, hash: contentHash(JSON.stringify(schedule)) };
};

describe('a subscription stored with its conference', () => {
  it('the same version fetched again moves only the subscription on', async () => {
    const v1 = version('pretalx-schedule.json');
    await storeConferenceVersion({ ...v1, subscription: { url: URL_V, etag: '"a"', fetchedAt: 1000 } });
    const again = await storeConferenceVersion({ ...v1, subscription: { url: URL_V, etag: '"b"', fetchedAt: 2000 } });
    expect(again).toMatchObject({ unchanged: true, replaced: false });
    const record = await readStoredConference(v1.id);
    expect(record?.subscription).toEqual({ url: URL_V, etag: '"b"', fetchedAt: 2000 });
    expect(record?.previous).toBeUndefined();
  });

  it('a new version from the address keeps the old one as `previous`', async () => {
    const v1 = version('pretalx-schedule.json');
    const v2 = version('pretalx-schedule-v2.json');
    await storeConferenceVersion({ ...v1, subscription: { url: URL_V, fetchedAt: 1000 } });
    const outcome = await storeConferenceVersion({ ...v2, subscription: { url: URL_V, fetchedAt: 2000 } });
    expect(outcome).toMatchObject({ replaced: true, unchanged: false });
    const record = await readStoredConference(v1.id);
    expect(record?.previous).toEqual(v1.schedule);
    expect(record?.subscription).toEqual({ url: URL_V, fetchedAt: 2000 });
  });

  it('a different version from a file ends the subscription: the next check must not replace the person’s file', async () => {
    const v1 = version('pretalx-schedule.json');
    const v2 = version('pretalx-schedule-v2.json');
    await storeConferenceVersion({ ...v1, subscription: { url: URL_V, fetchedAt: 1000 } });
    await storeConferenceVersion({ ...v2, fileName: 'schedule.json' });
    const record = await readStoredConference(v1.id);
    expect(record?.subscription).toBeUndefined();
    expect(record?.fileName).toBe('schedule.json');
  });

  it('touchSubscription moves "Stand:" on, only for the address the record still follows', async () => {
    const v1 = version('pretalx-schedule.json');
    await storeConferenceVersion({ ...v1, subscription: { url: URL_V, etag: '"a"', fetchedAt: 1000 } });
    expect(await touchSubscription(v1.id, URL_V, 5000)).toBe(true);
    expect((await readStoredConference(v1.id))?.subscription).toEqual({ url: URL_V, etag: '"a"', fetchedAt: 5000 });
    expect(await touchSubscription(v1.id, 'https://other.example/s.json', 9000)).toBe(false);
    expect(await touchSubscription('gone', URL_V, 9000)).toBe(false);
    expect((await readStoredConference(v1.id))?.subscription?.fetchedAt).toBe(5000);
  });
});
