/// <reference lib="webworker" />
import {
  addRoute,
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precache,
  type PrecacheEntry,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { languageFor, START_PAGE } from '../i18n/browser-language';
import { clientsClaim } from 'workbox-core';
import { CONFERENCES_PATH, isSkipWaiting, SHARE_TARGET } from './messages';

declare let self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

// The app shell, the data, the icons: everything the app needs, cached at install.
precache(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// The start page "/" is the page with the programme already in it, in the browser's language
// (the app's default; a person who chose the other one sees it swapped in place, src/main.tsx).
const startPage = START_PAGE[languageFor(self.navigator.languages ?? [self.navigator.language])];
registerRoute(
  ({ request, url }) =>
    request.mode === 'navigate' && url.origin === self.location.origin && url.pathname === '/' && url.search === '',
  createHandlerBoundToURL(startPage),
);
addRoute();

// Every other in-app URL (a shared session link, a reload on /personen/x, "/?now=")
// is the same page without it, so nothing but the right screen ever shows.
registerRoute(new NavigationRoute(createHandlerBoundToURL('shell.html')));

// A schedule shared to the installed app (manifest `share_target`): kept for the page, which
// imports it on the Konferenzen screen. A shared link fills the address field there instead.
registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname === SHARE_TARGET.path,
  async ({ request }) => {
    const target = new URL(CONFERENCES_PATH, self.location.origin);
    try {
      const form = await request.formData();
      const file = form
        .getAll(SHARE_TARGET.fileField)
        .find((entry): entry is File => typeof entry !== 'string' && entry.size > 0);
      if (file) {
        const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
        const headers = {
          'Content-Type': file.type || 'application/octet-stream',
          [SHARE_TARGET.nameHeader]: encodeURIComponent(file.name),
        };
        const cache = await caches.open(SHARE_TARGET.cache);
        await cache.put(SHARE_TARGET.keyPrefix + id, new Response(file, { headers }));
        target.searchParams.set(SHARE_TARGET.fileParam, id);
      } else {
        const shared = ['url', 'text', 'title']
          .map((key) => form.get(key))
          .filter((v): v is string => typeof v === 'string');
        const link = shared.map((text) => /(?:https?|webcal):\/\/\S+/i.exec(text)?.[0]).find(Boolean);
        if (link) target.searchParams.set(SHARE_TARGET.urlParam, link);
      }
    } catch (error) {
      // An unreadable share opens the screen without it; the person can choose the file there.
      console.error(error);
    }
    return Response.redirect(target.href, 303);
  },
  'POST',
);

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
