import { signal, type ReadonlySignal } from '@preact/signals';
import {
  checkScheduleUrl,
  conditionalHeaders,
  fileNameOfUrl,
  isRecheckDue,
  type ScheduleSubscription,
  type ScheduleUrlCheck,
} from '../domain/schedule-source';
import { readStoredConference, touchSubscription } from '../store/conferences';
import { conference } from './conference';
import { noteSubscriptionFetched } from './conference-list';
import type { ImportOutcome } from './conference-files';

/**
 * A schedule loaded from an address and kept current: the first load ("Laden"), the recheck
 * (the "Zeitplan aktualisieren" button, and by itself at most every 15 minutes while the app is
 * open, visible and online), and what either found. A new version goes through the same import
 * and replace path as a re-imported file, so "neu / geändert / entfällt" work as they do there.
 * Loaded only for the Konferenzen screen or once a conference with an address is on screen.
 */

/** Why an address gave no schedule. Nothing is stored in any of these cases. */
export type FetchProblem =
  /** The browser reports no network. */
  | { kind: 'offline' }
  /** The server answered, but does not allow a page of another origin to read the answer (CORS). */
  | { kind: 'cors' }
  /** No answer at all: wrong address, server down, or no working network. */
  | { kind: 'unreachable' }
  | { kind: 'http'; status: number }
  /** Anything else that went wrong on this device while checking (e.g. storage), with the browser's words. */
  | { kind: 'error'; detail: string };

export type SubscribeOutcome =
  { ok: false; invalid: Exclude<ScheduleUrlCheck, { ok: true }> } | { ok: false; fetch: FetchProblem } | ImportOutcome;

/** What the last check of a conference's address found, by conference id. */
export type RecheckStatus =
  | { kind: 'checking' }
  | { kind: 'unchanged'; at: number }
  | { kind: 'imported'; outcome: ImportOutcome }
  | { kind: 'failed'; problem: FetchProblem };

const statusSignal = signal<Readonly<Record<string, RecheckStatus>>>({});
/** What the last recheck of each subscribed conference found, by conference id. */
export const recheckStatus: ReadonlySignal<Readonly<Record<string, RecheckStatus>>> = statusSignal;

function setStatus(id: string, status: RecheckStatus): void {
  statusSignal.value = { ...statusSignal.value, [id]: status };
}

type Fetched =
  | { kind: 'not-modified' }
  | { kind: 'file'; file: File; etag?: string; lastModified?: string }
  | { kind: 'problem'; problem: FetchProblem };

/** No cookies to a stranger's server, and it need not learn where the app runs. */
const PRIVATE: RequestInit = { credentials: 'omit', referrerPolicy: 'no-referrer' };

/**
 * Why a fetch threw. A `no-cors` request cannot be read, but it succeeds when the server
 * answers at all: then the failure was the server's refusal to share the answer (CORS).
 */
async function diagnose(url: string): Promise<FetchProblem> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return { kind: 'offline' };
  try {
    await fetch(url, { ...PRIVATE, mode: 'no-cors', cache: 'no-store' });
    return { kind: 'cors' };
  } catch {
    return { kind: 'unreachable' };
  }
}

/**
 * Fetches the schedule at `url`; with `known`, only if it changed since that version. The
 * conditional headers make the browser ask the server first (a CORS preflight): a server that
 * answers plain requests but not that one is asked again without them, and the content hash
 * then tells an unchanged file.
 */
async function fetchSchedule(url: string, known?: ScheduleSubscription): Promise<Fetched> {
  // 'no-cache': a copy in the browser's cache is revalidated, never taken as the server's word.
  const plain: RequestInit = { ...PRIVATE, cache: 'no-cache' };
  const headers = known ? conditionalHeaders(known) : {};
  const conditional = Object.keys(headers).length > 0;
  let response: Response;
  try {
    // 'no-store' with our own validators: the server's 304 must reach this code, not be
    // answered from (or turned into a 200 by) the browser's cache.
    response = await fetch(url, conditional ? { ...PRIVATE, cache: 'no-store', headers } : plain);
  } catch {
    try {
      if (!conditional) throw new Error('no retry');
      response = await fetch(url, plain);
    } catch {
      return { kind: 'problem', problem: await diagnose(url) };
    }
  }
  if (response.status === 304 && known) return { kind: 'not-modified' };
  if (!response.ok) return { kind: 'problem', problem: { kind: 'http', status: response.status } };
  let body: ArrayBuffer;
  try {
    body = await response.arrayBuffer();
  } catch {
    return { kind: 'problem', problem: { kind: 'unreachable' } };
  }
  const type = (response.headers.get('Content-Type') ?? '').split(';')[0]!.trim();
  const etag = response.headers.get('ETag') ?? undefined;
  const lastModified = response.headers.get('Last-Modified') ?? undefined;
  return {
    kind: 'file',
    file: new File([body], fileNameOfUrl(url), { type }),
    ...(etag ? { etag } : {}),
    ...(lastModified ? { lastModified } : {}),
  };
}

const importFile = async (file: File, subscription: ScheduleSubscription) =>
  (await import('./conference-files')).importScheduleFile(file, subscription);

/**
 * "Laden": checks the address, fetches the schedule and imports it with the address kept; it
 * is then rechecked. A bad address, a refused or failed fetch, or a file that is no schedule
 * changes nothing stored.
 */
export async function subscribeToSchedule(input: string): Promise<SubscribeOutcome> {
  const checked = checkScheduleUrl(input, location.origin);
  if (!checked.ok) return { ok: false, invalid: checked };
  const fetched = await fetchSchedule(checked.url);
  if (fetched.kind === 'problem') return { ok: false, fetch: fetched.problem };
  if (fetched.kind !== 'file') return { ok: false, fetch: { kind: 'http', status: 304 } };
  const { file, kind: _, ...validators } = fetched;
  const subscription: ScheduleSubscription = { url: checked.url, ...validators, fetchedAt: Date.now() };
  const outcome = await importFile(file, subscription);
  // The same version as the one on screen is not shown anew, so the switch does not start the checks.
  if (outcome.ok && conference.value?.id === outcome.summary.conferenceId)
    followSubscription(outcome.summary.conferenceId, subscription);
  return outcome;
}

/** Last attempt per conference (ms), successful or not: the automatic check's throttle. */
const lastAttempt = new Map<string, number>();
const running = new Map<string, Promise<RecheckStatus>>();

/** One check of the address of conference `id`; see `recheckSchedule`. */
async function checkOnce(id: string, subscription: ScheduleSubscription): Promise<RecheckStatus> {
  // No request offline: the check runs as soon as the browser is back online.
  if (typeof navigator !== 'undefined' && navigator.onLine === false)
    return { kind: 'failed', problem: { kind: 'offline' } };
  lastAttempt.set(id, Date.now());
  const fetched = await fetchSchedule(subscription.url, subscription);
  if (fetched.kind === 'problem') return { kind: 'failed', problem: fetched.problem };
  if (fetched.kind === 'not-modified') {
    const kept = { ...subscription, fetchedAt: Date.now() };
    if (await touchSubscription(id, subscription.url, kept.fetchedAt).catch(() => false)) {
      if (followed?.id === id) followed = { id, subscription: kept };
      noteSubscriptionFetched(id, { url: kept.url, fetchedAt: kept.fetchedAt });
    }
    return { kind: 'unchanged', at: kept.fetchedAt };
  }
  const { file, kind: _, ...validators } = fetched;
  const next: ScheduleSubscription = { url: subscription.url, ...validators, fetchedAt: Date.now() };
  const outcome = await importFile(file, next);
  if (outcome.ok && followed?.id === id) followed = { id, subscription: next };
  return outcome.ok && outcome.unchanged ? { kind: 'unchanged', at: next.fetchedAt } : { kind: 'imported', outcome };
}

/**
 * Asks the address of conference `id` for a newer version (the button, or the timer when due).
 * A 304 moves "Stand:" on; a new version is imported and shown with its changes; offline or a
 * failed fetch keep the copy on the device and say so. One check per conference at a time.
 */
/** "Zeitplan aktualisieren": rechecks with the stored validators (ETag, Last-Modified) the list entry leaves out. */
export async function refreshSubscribed(id: string, fallback: ScheduleSubscription): Promise<RecheckStatus> {
  const record = await readStoredConference(id).catch(() => undefined);
  return recheckSchedule(id, (record?.source === 'import' ? record.subscription : undefined) ?? fallback);
}

export function recheckSchedule(id: string, subscription: ScheduleSubscription): Promise<RecheckStatus> {
  const pending = running.get(id);
  if (pending) return pending;
  setStatus(id, { kind: 'checking' });
  const run = checkOnce(id, subscription)
    .catch((error: unknown): RecheckStatus => {
      console.error(error);
      return {
        kind: 'failed',
        problem: { kind: 'error', detail: error instanceof Error ? error.message : String(error) },
      };
    })
    .then((status) => {
      setStatus(id, status);
      return status;
    })
    .finally(() => running.delete(id));
  running.set(id, run);
  return run;
}

/** The conference on screen that has an address, as last stored. */
let followed: { id: string; subscription: ScheduleSubscription } | undefined;
let started = false;

/** Checks every minute whether the 15 minutes are up: cheap, and a sleeping timer cannot skip a turn. */
const TICK_MS = 60 * 1000;
/** The first check waits for the start to settle: the first screen has priority. */
const FIRST_CHECK_MS = 3000;

/**
 * Runs the automatic check if it is due: the conference with the address is on screen, the
 * page is visible, the browser is online and 15 minutes have passed since the last fetch and
 * the last attempt. Resolves to what the check found, or undefined when none ran.
 */
export async function recheckIfDue(): Promise<RecheckStatus | undefined> {
  const current = followed;
  if (!current || conference.value?.id !== current.id) return undefined;
  if (typeof document !== 'undefined' && document.visibilityState === 'hidden') return undefined;
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return undefined;
  if (!isRecheckDue(Date.now(), current.subscription.fetchedAt, lastAttempt.get(current.id))) return undefined;
  return recheckSchedule(current.id, current.subscription);
}

/**
 * Called when conference `id`, loaded from an address, is put on screen (src/state/conference-show.ts):
 * from then on its address is rechecked while it stays on screen.
 */
export function followSubscription(id: string, subscription: ScheduleSubscription): void {
  followed = { id, subscription };
  if (started) {
    void recheckIfDue();
    return;
  }
  started = true;
  const check = () => void recheckIfDue();
  setTimeout(check, FIRST_CHECK_MS);
  setInterval(check, TICK_MS);
  window.addEventListener('online', check);
  document.addEventListener('visibilitychange', check);
}
