/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import {
  bundledConference,
  dropFacades,
  firstScreenChunk,
  idleChunk,
  inlineCssAndCsp,
  prerenderStartPage,
} from './scripts/vite-plugins.ts';
import { CONFERENCES_PATH, SCHEDULE_FILE_TYPES, SHARE_TARGET } from './src/sw/messages.ts';

const firstScreen = firstScreenChunk();
// What src/main.tsx and the frame load at idle (src/idle.ts), in one chunk.
const idle = idleChunk(['src/idle.ts'], firstScreen);

export default defineConfig({
  build: {
    target: 'es2022',
    // Data files must stay files: the CSP allows no data: URLs for fetch, and the SW caches them by name.
    assetsInlineLimit: 0,
    // No preload helper and dependency lists in the first download (about 0.7 KB gzip): a lazy
    // chunk's imports are fetched when it is parsed, from the service worker's precache once it
    // is installed; the idle chunk holds most of what the screens share.
    modulePreload: false,
    // One style sheet, inlined into index.html by inlineCssAndCsp (which deletes the .css file).
    // Split CSS would make lazy chunks "preload" that deleted file, and their dynamic import fail.
    cssCodeSplit: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'app', test: firstScreen.test, priority: 10 },
            { name: 'idle', test: idle.test, priority: 5 },
          ],
        },
      },
    },
  },
  plugins: [
    preact(),
    firstScreen,
    idle,
    dropFacades(['idle']),
    inlineCssAndCsp(),
    bundledConference(),
    prerenderStartPage(() => [preact(), bundledConference()]),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      registerType: 'prompt',
      // src/sw/bridge.ts registers the worker itself through workbox-window.
      injectRegister: false,
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,json,png,svg,ico,webmanifest,woff2}'],
      },
      manifest: {
        id: '/',
        name: 'Tagesbegleiter – Regionalkonferenz Iserlohn 2023',
        short_name: 'Tagesbegleiter',
        description:
          'Programm, Personen, Orte und eigene Notizen für die 10. Regionalkonferenz der Modellprojekte Smart Cities – auch ohne Netz.',
        lang: 'de',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#0b5563',
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        // A schedule file shared to or opened with the installed app lands on the Konferenzen
        // screen and is imported there (src/sw/sw.ts keeps a shared file for the page).
        share_target: {
          action: SHARE_TARGET.path,
          method: 'POST',
          enctype: 'multipart/form-data',
          params: {
            title: 'title',
            text: 'text',
            url: 'url',
            files: [
              {
                name: SHARE_TARGET.fileField,
                accept: [...Object.keys(SCHEDULE_FILE_TYPES), ...new Set(Object.values(SCHEDULE_FILE_TYPES).flat())],
              },
            ],
          },
        },
        file_handlers: [{ action: CONFERENCES_PATH, accept: SCHEDULE_FILE_TYPES }],
      },
      devOptions: { enabled: false },
    }),
  ],
  test: {
    projects: [
      {
        extends: true,
        test: {
          // Logic and storage: no DOM, no screens (IndexedDB from fake-indexeddb).
          name: 'unit',
          environment: 'node',
          include: ['tests/{domain,store,data}/**/*.test.ts'],
          setupFiles: ['tests/setup-node.ts'],
        },
      },
      {
        extends: true,
        test: {
          // State, strings and screens in jsdom; the screen tests get every lazily loaded screen preloaded (tests/setup.ts).
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/{state,i18n,views}/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup.ts'],
          benchmark: { include: ['bench/**/*.bench.{ts,tsx}'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          // One clear message instead of a failure per test when Chromium is missing.
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two files at a time: a browser test mostly waits (for a reload, a service worker, a
          // timer), so two share two cores well; each file has its own server port and profiles.
          fileParallelism: true,
          maxWorkers: 2,
          // Vitest runs projects with different worker counts in separate groups: after unit and dom.
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'engines',
          environment: 'node',
          include: ['tests/engines/**/*.test.ts'],
          globalSetup: ['tests/engines/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // After the other projects: one browser at a time on two cores.
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
