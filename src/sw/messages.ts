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
