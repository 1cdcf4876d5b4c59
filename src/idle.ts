import type { ComponentType } from 'preact';
import { startServiceWorker } from './sw/bridge';
import { startFollowing } from './state/conference-show';
import { screenStringsReady } from './i18n/screens';
import { LateBanners } from './views/App/LateBanners';

/**
 * What the app starts once the first screen is usable, in one chunk (one request at idle, see
 * idleChunk in scripts/vite-plugins.ts): the service worker (registration, offline, updates),
 * following other tabs and the shipped data's changes, and the frame's banners that speak only
 * later (./views/App/LateBanners.tsx, which the frame takes from here).
 */
export function startIdle(): void {
  void startServiceWorker();
  void startFollowing();
}

/** The late banners, once their strings (the screens' strings) are those of the language in force. */
export async function lateBanners(): Promise<ComponentType> {
  await screenStringsReady();
  return LateBanners;
}
