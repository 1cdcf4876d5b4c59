/// <reference lib="webworker" />
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { clientsClaim } from 'workbox-core';
import { isSkipWaiting } from './messages';

declare let self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

// The app shell, the data, the icons: everything the app needs, cached at install.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// The start page "/" is index.html with the programme already in it (matched by the precache
// route above). Every other in-app URL (a shared session link, a reload on /personen/x, "/?now=")
// is the same page without it, so nothing but the right screen ever shows.
registerRoute(new NavigationRoute(createHandlerBoundToURL('shell.html')));

// A new version waits until the person says so: it never replaces the page under their fingers.
self.addEventListener('message', (event) => {
  if (isSkipWaiting(event.data)) void self.skipWaiting();
});

// The first install takes over the open page at once, so the very first visit already works offline.
clientsClaim();

// A reminder tapped in the system tray opens (or focuses) the app on that item's page.
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = (event.notification.data as { url?: string } | null)?.url ?? '/';
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then(async (windows) => {
      const open = windows[0];
      if (open) {
        await open.navigate(url).catch(() => undefined);
        await open.focus();
      } else {
        await self.clients.openWindow(url);
      }
    }),
  );
});
