/**
 * Every message that crosses between page, service worker and other tabs, in one place.
 * SKIP_WAITING is the de facto standard that workbox-window's messageSkipWaiting() sends.
 */
export type SwMessage = { type: 'SKIP_WAITING' };

/** Messages between open tabs of the app (BroadcastChannel `TAB_CHANNEL`). */
export type TabMessage =
  | { type: 'marks-changed'; conferenceId: string }
  | { type: 'notes-changed'; conferenceId: string; noteIds: string[] }
  | { type: 'settings-changed'; keys: string[] }
  | { type: 'conferences-changed'; conferenceIds: string[] }
  /** "Delete all my data" or a replacing restore: everything stored before is gone. */
  | { type: 'data-wiped'; reason: 'deleteAll' | 'replace' };

export const TAB_CHANNEL = 'tagesbegleiter-tabs';

export function isSkipWaiting(data: unknown): data is SwMessage {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'SKIP_WAITING';
}

/**
 * The installed app as a share target (manifest `share_target`, vite.config.ts): the system
 * POSTs a shared schedule file (multipart) to `path`; the service worker keeps the file in the
 * cache `cache` under `keyPrefix + id` and sends the page to the Konferenzen screen with
 * `?fileParam=id`, which imports it and drops it from the cache. A shared link instead of a
 * file arrives as `?urlParam=` and fills the address field.
 */
export const SHARE_TARGET = {
  path: '/teilen',
  fileField: 'schedule',
  cache: 'tagesbegleiter-shared-files',
  keyPrefix: '/geteilt/',
  /** The shared file's name (Cache Storage keeps headers, not names), URI-encoded. */
  nameHeader: 'X-File-Name',
  fileParam: 'geteilt',
  urlParam: 'adresse',
} as const;

/** Where a shared or opened schedule file lands: the Konferenzen screen (also the `file_handlers` action). */
export const CONFERENCES_PATH = '/konferenzen';

/** The schedule files the app reads, by media type (manifest `share_target` and `file_handlers`). */
export const SCHEDULE_FILE_TYPES: Record<string, string[]> = {
  'application/json': ['.json'],
  'application/xml': ['.xml'],
  'text/xml': ['.xml'],
  'text/calendar': ['.ics'],
};
