/**
 * Every message that crosses between page, service worker and other tabs, in one place.
 * SKIP_WAITING is the de facto standard that workbox-window's messageSkipWaiting() sends.
 */
export type SwMessage = { type: 'SKIP_WAITING' };

export function isSkipWaiting(data: unknown): data is SwMessage {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'SKIP_WAITING';
}
