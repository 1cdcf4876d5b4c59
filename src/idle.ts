import { startServiceWorker } from './sw/bridge';
import { startFollowing } from './state/conference-show';
import { LateBanners } from './views/App/LateBanners';

/**
 * What the app starts once the first screen is usable, in one chunk and one request (idleChunk
 * and dropFacades in scripts/vite-plugins.ts): the service worker (registration, offline,
 * updates), following other tabs and the shipped data's changes, and the frame's banners that
 * speak only later (./views/App/LateBanners.tsx, which the frame takes from here).
 */
export function startIdle(): void {
  void startServiceWorker();
  void startFollowing();
}

export { LateBanners };
