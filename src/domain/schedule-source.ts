/**
 * A schedule the person loads from an address and keeps current: checking the address they
 * typed, the conditional request that asks the server only for a newer version, and when the
 * next check is due. Pure: the fetching lives in src/state/schedule-subscription.ts.
 */

/** What a conference loaded from an address keeps of it (stored with the conference record). */
export interface ScheduleSubscription {
  /** The address as the person entered it (after the checks below), not a redirect's target. */
  url: string;
  /** The validators of the version on this device, sent back so an unchanged file costs a 304. */
  etag?: string;
  lastModified?: string;
  /** The last successful fetch (a 200 or a 304), ms since epoch: "Stand:" on the Konferenzen screen. */
  fetchedAt: number;
}

/** At most one check in this time, however often the app is opened or comes back online. */
export const RECHECK_INTERVAL_MS = 15 * 60 * 1000;

export type ScheduleUrlCheck =
  | { ok: true; url: string }
  | { ok: false; reason: 'empty' | 'not-url' | 'insecure' }
  | { ok: false; reason: 'scheme'; scheme: string };

/**
 * Checks an address typed into "Adresse des Zeitplans". Only http: and https: can be fetched;
 * the page's Content-Security-Policy opens `connect-src` to https: alone (and its own origin),
 * so a plain http: address of another server would fail in the browser with a misleading
 * network error: it is refused here with its own message instead. `webcal:` (how calendar
 * subscriptions are often published) is the same file over https.
 */
export function checkScheduleUrl(input: string, pageOrigin: string): ScheduleUrlCheck {
  const text = input.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: 'not-url' };
  }
  if (url.protocol === 'webcal:') url = new URL(`https:${text.slice(text.indexOf(':') + 1)}`);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, reason: 'scheme', scheme: url.protocol };
  if (url.hostname === '') return { ok: false, reason: 'not-url' };
  if (url.protocol === 'http:' && url.origin !== pageOrigin) return { ok: false, reason: 'insecure' };
  // Credentials in the address would be sent to the server and stored on the device in plain text.
  if (url.username !== '' || url.password !== '') return { ok: false, reason: 'not-url' };
  url.hash = '';
  return { ok: true, url: url.href };
}

/** The request headers that ask for the file only if it changed since the version on this device. */
export function conditionalHeaders(
  subscription: Pick<ScheduleSubscription, 'etag' | 'lastModified'>,
): Record<string, string> {
  const headers: Record<string, string> = {};
  if (subscription.etag) headers['If-None-Match'] = subscription.etag;
  if (subscription.lastModified) headers['If-Modified-Since'] = subscription.lastModified;
  return headers;
}

/**
 * Whether the automatic check may run at `now`: 15 minutes after the last successful fetch and
 * after the last attempt (a server that is down is not asked again every minute). A time "in the
 * future" (the device clock was set back) is ignored, or the schedule would freeze until then.
 */
export function isRecheckDue(now: number, fetchedAt: number, lastAttemptAt?: number): boolean {
  const fetched = fetchedAt > now ? 0 : fetchedAt;
  const attempted = lastAttemptAt !== undefined && lastAttemptAt <= now ? lastAttemptAt : 0;
  return now - Math.max(fetched, attempted) >= RECHECK_INTERVAL_MS;
}

/** A file name for what an address serves (the import reads the format from it, among others). */
export function fileNameOfUrl(url: string): string {
  try {
    const segment = new URL(url).pathname.split('/').filter(Boolean).at(-1);
    return segment ? decodeURIComponent(segment) : 'schedule';
  } catch {
    return 'schedule';
  }
}
