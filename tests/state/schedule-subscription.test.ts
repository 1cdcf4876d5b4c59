import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { readBundled } from '../fixtures';
import { freshIndexedDb } from '../support/fresh-db';
import { fixture } from '../support/fixture-files';
import { conference, setConference } from '../../src/state/conference';
import { conferenceList } from '../../src/state/conference-list';
import { scheduleChanges } from '../../src/state/changes';
import {
  followSubscription,
  recheckIfDue,
  recheckSchedule,
  recheckStatus,
  subscribeToSchedule,
} from '../../src/state/schedule-subscription';
import { readStoredConference } from '../../src/store/conferences';
import { listStoredConferences } from '../../src/store/conference-catalog';
import { RECHECK_INTERVAL_MS } from '../../src/domain/schedule-source';

/**
 * A schedule loaded from an address and kept current, against a fake server and a fake clock:
 * the first load, the conditional recheck and its 304, the 15-minute rule, offline, a server
 * that refuses cross-origin reading, and a new version shown with its changes.
 */

const bundled = readBundled();
const URL_V = 'https://schedule.example/kiez/schedule.json';
const ID = 'kiezkonf_2024';
const MIN = 60 * 1000;
const DAY = 24 * 60 * MIN;
/** Each test starts a day after the last: what earlier tests attempted is long past. */
let T0 = Date.parse('2024-05-17T08:00:00Z');

/** Taken before the clock is faked: polling must not move the fake clock (vi.waitFor would). */
const realSetTimeout = globalThis.setTimeout;
async function until(check: () => unknown, timeout = 5000): Promise<void> {
  const end = performance.now() + timeout;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (performance.now() > end) throw error;
    }
    await new Promise((resolve) => realSetTimeout(resolve, 20));
  }
}

interface Seen {
  url: string;
  mode: RequestMode;
  credentials: RequestCredentials | undefined;
  cache: RequestCache | undefined;
  ifNoneMatch: string | null;
  ifModifiedSince: string | null;
}

/** One schedule at one address, as a server with CORS (or without) serves it. */
class FakeServer {
  body = fixture('pretalx-schedule.json');
  etag = '"v1"';
  lastModified = 'Thu, 16 May 2024 10:00:00 GMT';
  cors = true;
  /** Answers simple requests but refuses the preflight that conditional headers need. */
  refusesPreflight = false;
  reachable = true;
  status = 200;
  seen: Seen[] = [];

  publish(name: string, etag: string) {
    this.body = fixture(name);
    this.etag = etag;
    this.lastModified = 'Fri, 17 May 2024 07:00:00 GMT';
  }

  fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = String(input);
    if (!url.startsWith('https://schedule.example/')) return new Response(JSON.stringify(bundled), { status: 200 });
    const headers = new Headers(init.headers);
    const mode = init.mode ?? 'cors';
    this.seen.push({
      url,
      mode,
      credentials: init.credentials,
      cache: init.cache,
      ifNoneMatch: headers.get('If-None-Match'),
      ifModifiedSince: headers.get('If-Modified-Since'),
    });
    if (!this.reachable) throw new TypeError('Failed to fetch');
    // An opaque answer: the server is there, the page may not read it.
    if (mode === 'no-cors') return new Response(null, { status: 200 });
    if (!this.cors) throw new TypeError('Failed to fetch');
    if (this.refusesPreflight && (headers.has('If-None-Match') || headers.has('If-Modified-Since')))
      throw new TypeError('Failed to fetch');
    if (this.status !== 200) return new Response('nope', { status: this.status });
    if (headers.get('If-None-Match') === this.etag) return new Response(null, { status: 304 });
    return new Response(this.body, {
      status: 200,
      headers: { 'Content-Type': 'application/json', ETag: this.etag, 'Last-Modified': this.lastModified },
    });
  };

  /** Requests for the schedule (the page's own files not counted). */
  get schedule() {
    return this.seen.filter((r) => r.mode !== 'no-cors');
  }
}

let server: FakeServer;
let online: ReturnType<typeof vi.spyOn>;

beforeAll(() => {
  // setImmediate stays real: fake-indexeddb schedules its work with it.
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
});
afterAll(() => vi.useRealTimers());
beforeEach(async () => {
  await freshIndexedDb();
  localStorage.clear();
  T0 += DAY;
  vi.setSystemTime(T0);
  server = new FakeServer();
  vi.stubGlobal('fetch', server.fetch);
  online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
});
afterEach(async () => {
  // A check the timer started must end in this test's database, not in the next one's.
  await until(() => expect(Object.values(recheckStatus.value).filter((st) => st.kind === 'checking')).toEqual([]));
  online.mockRestore();
  vi.unstubAllGlobals();
});

/** Subscribes and puts the conference on screen, as "Laden" does; returns its stored subscription. */
async function subscribe() {
  const outcome = await subscribeToSchedule(URL_V);
  expect(outcome.ok).toBe(true);
  const record = await readStoredConference(ID);
  followSubscription(ID, record!.subscription!);
  server.seen = [];
  return record!.subscription!;
}

describe('"Laden": a schedule from an address', () => {
  it('stores the conference with its address and the server’s validators, and shows it', async () => {
    const outcome = await subscribeToSchedule(`  ${URL_V}  `);
    expect(outcome).toMatchObject({ ok: true, replaced: false, summary: { conferenceId: ID, events: 8 } });
    // Revalidated with the server, never a copy from the browser's cache.
    expect(server.schedule).toEqual([
      { url: URL_V, mode: 'cors', credentials: 'omit', cache: 'no-cache', ifNoneMatch: null, ifModifiedSince: null },
    ]);
    const record = await readStoredConference(ID);
    expect(record?.subscription).toEqual({
      url: URL_V,
      etag: '"v1"',
      lastModified: 'Thu, 16 May 2024 10:00:00 GMT',
      fetchedAt: T0,
    });
    expect(conference.value?.id).toBe(ID);
    expect(conferenceList.value.find((c) => c.id === ID)?.subscription).toEqual({ url: URL_V, fetchedAt: T0 });
  });

  it('a server without CORS: says so, stores nothing', async () => {
    server.cors = false;
    const before = conference.value?.id;
    expect(await subscribeToSchedule(URL_V)).toEqual({ ok: false, fetch: { kind: 'cors' } });
    // The opaque probe told a refusal from an unreachable server.
    expect(server.seen.map((r) => r.mode)).toEqual(['cors', 'no-cors']);
    expect(await listStoredConferences()).toEqual([]);
    expect(conference.value?.id).toBe(before);
  });

  it.each([
    ['an unreachable server', (s: FakeServer): void => void (s.reachable = false), { kind: 'unreachable' }],
    ['a 404', (s: FakeServer): void => void (s.status = 404), { kind: 'http', status: 404 }],
  ] as const)('%s: says so, stores nothing', async (_, setUp, problem) => {
    setUp(server);
    expect(await subscribeToSchedule(URL_V)).toEqual({ ok: false, fetch: problem });
    expect(await readStoredConference(ID)).toBeUndefined();
  });

  it('offline: no request at all would help, and nothing is stored', async () => {
    server.reachable = false;
    online.mockReturnValue(false);
    expect(await subscribeToSchedule(URL_V)).toEqual({ ok: false, fetch: { kind: 'offline' } });
    expect(await readStoredConference(ID)).toBeUndefined();
  });

  it('a bad address is refused before any request, and nothing is stored', async () => {
    expect(await subscribeToSchedule('javascript:alert(1)')).toEqual({
      ok: false,
      invalid: { ok: false, reason: 'scheme', scheme: 'javascript:' },
    });
    expect(await subscribeToSchedule('http://schedule.example/kiez/schedule.json')).toEqual({
      ok: false,
      invalid: { ok: false, reason: 'insecure' },
    });
    expect(server.seen).toEqual([]);
    expect(await listStoredConferences()).toEqual([]);
  });

  it('a file that is no schedule is rejected, and nothing is stored', async () => {
    server.body = fixture('broken-no-start.json');
    const outcome = await subscribeToSchedule(URL_V);
    expect(outcome.ok).toBe(false);
    expect('problems' in outcome && outcome.problems.length).toBeGreaterThan(0);
    expect(await listStoredConferences()).toEqual([]);
  });
});

describe('rechecking the address', () => {
  it('asks with If-None-Match and If-Modified-Since; a 304 only moves "Stand:" on', async () => {
    const subscription = await subscribe();
    const before = await readStoredConference(ID);
    vi.setSystemTime(T0 + 5 * MIN);
    const status = await recheckSchedule(ID, subscription);
    expect(status).toEqual({ kind: 'unchanged', at: T0 + 5 * MIN });
    expect(server.schedule).toEqual([
      // 'no-store': the 304 reaches the app instead of the browser's cache answering it.
      {
        url: URL_V,
        mode: 'cors',
        credentials: 'omit',
        cache: 'no-store',
        ifNoneMatch: '"v1"',
        ifModifiedSince: 'Thu, 16 May 2024 10:00:00 GMT',
      },
    ]);
    const after = await readStoredConference(ID);
    expect(after?.subscription?.fetchedAt).toBe(T0 + 5 * MIN);
    expect(after?.hash).toBe(before?.hash);
    expect(after?.previous).toBeUndefined();
    expect(conferenceList.value.find((c) => c.id === ID)?.subscription?.fetchedAt).toBe(T0 + 5 * MIN);
  });

  it('a new version on the server: imported through the replace path, with neu / geändert / entfällt', async () => {
    const subscription = await subscribe();
    server.publish('pretalx-schedule-v2.json', '"v2"');
    vi.setSystemTime(T0 + 2 * MIN);
    const status = await recheckSchedule(ID, subscription);
    expect(status).toMatchObject({
      kind: 'imported',
      outcome: { ok: true, replaced: true, unchanged: false, changes: { new: 1, changed: 2, cancelled: 1 } },
    });
    expect(scheduleChanges.value.counts).toEqual({ new: 1, changed: 2, cancelled: 1 });
    const record = await readStoredConference(ID);
    expect(record?.previous).toBeDefined();
    expect(record?.subscription).toEqual({
      url: URL_V,
      etag: '"v2"',
      lastModified: 'Fri, 17 May 2024 07:00:00 GMT',
      fetchedAt: T0 + 2 * MIN,
    });
  });

  it('a server that refuses the conditional request’s preflight is asked plainly; the same file is "unchanged"', async () => {
    const subscription = await subscribe();
    server.refusesPreflight = true;
    const status = await recheckSchedule(ID, subscription);
    expect(status.kind).toBe('unchanged');
    expect(server.schedule.map((r) => r.ifNoneMatch)).toEqual(['"v1"', null]);
    expect((await readStoredConference(ID))?.previous).toBeUndefined();
  });

  it('a failed recheck keeps the copy on the device', async () => {
    const subscription = await subscribe();
    server.reachable = false;
    expect(await recheckSchedule(ID, subscription)).toEqual({ kind: 'failed', problem: { kind: 'unreachable' } });
    expect((await readStoredConference(ID))?.subscription).toEqual(subscription);
    expect(conference.value?.sessions).toHaveLength(8);
  });
});

describe('the automatic check (at most every 15 minutes, online, page visible)', () => {
  it('runs 15 minutes after the last fetch, not before, and not again for the next 15', async () => {
    await subscribe();
    await vi.advanceTimersByTimeAsync(14 * MIN);
    expect(server.schedule).toEqual([]);
    await vi.advanceTimersByTimeAsync(1 * MIN);
    await until(() => expect(server.schedule).toHaveLength(1));
    expect(server.schedule[0]?.ifNoneMatch).toBe('"v1"');
    await until(async () => expect((await readStoredConference(ID))?.subscription?.fetchedAt).toBe(T0 + 15 * MIN));
    await vi.advanceTimersByTimeAsync(10 * MIN);
    expect(server.schedule).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(5 * MIN);
    await until(() => expect(server.schedule).toHaveLength(2));
  });

  it('also for a conference first imported from the same file: subscribing starts the checks', async () => {
    const { importScheduleFile } = await import('../../src/state/conference-files');
    await importScheduleFile(
      new File([fixture('pretalx-schedule.json')], 'schedule.json', { type: 'application/json' }),
    );
    expect(await subscribeToSchedule(URL_V)).toMatchObject({ ok: true, unchanged: true });
    expect((await readStoredConference(ID))?.subscription?.url).toBe(URL_V);
    server.seen = [];
    await vi.advanceTimersByTimeAsync(15 * MIN);
    await until(() => expect(server.schedule).toHaveLength(1));
  });

  it('a failed attempt also waits 15 minutes before the next', async () => {
    await subscribe();
    server.reachable = false;
    vi.setSystemTime(T0 + RECHECK_INTERVAL_MS);
    expect(await recheckIfDue()).toEqual({ kind: 'failed', problem: { kind: 'unreachable' } });
    server.reachable = true;
    vi.setSystemTime(T0 + RECHECK_INTERVAL_MS + 14 * MIN);
    expect(await recheckIfDue()).toBeUndefined();
    vi.setSystemTime(T0 + 2 * RECHECK_INTERVAL_MS);
    expect(await recheckIfDue()).toEqual({ kind: 'unchanged', at: T0 + 2 * RECHECK_INTERVAL_MS });
  });

  it('offline: no request, the copy stays; back online, the check runs', async () => {
    await subscribe();
    online.mockReturnValue(false);
    vi.setSystemTime(T0 + 20 * MIN);
    expect(await recheckIfDue()).toBeUndefined();
    expect(await recheckSchedule(ID, (await readStoredConference(ID))!.subscription!)).toEqual({
      kind: 'failed',
      problem: { kind: 'offline' },
    });
    expect(server.seen).toEqual([]);
    expect((await readStoredConference(ID))?.subscription?.fetchedAt).toBe(T0);
    // Being offline is no attempt: the check runs as soon as the network is back.
    online.mockReturnValue(true);
    window.dispatchEvent(new Event('online'));
    await until(() => expect(server.schedule).toHaveLength(1));
  });

  it('not while the page is hidden, and not for a conference that is not on screen', async () => {
    await subscribe();
    vi.setSystemTime(T0 + 20 * MIN);
    const hidden = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    expect(await recheckIfDue()).toBeUndefined();
    hidden.mockRestore();
    const shown = conference.value!;
    setConference({ ...shown, id: 'another' });
    expect(await recheckIfDue()).toBeUndefined();
    setConference(shown);
    expect(server.seen).toEqual([]);
  });
});
