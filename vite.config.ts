/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { bundledConference, firstScreenChunk, inlineCssAndCsp, prerenderStartPage } from './scripts/vite-plugins.ts';

const firstScreen = firstScreenChunk();

export default defineConfig({
  build: {
    target: 'es2022',
    // Data files must stay files: the CSP allows no data: URLs for fetch, and the SW caches them by name.
    assetsInlineLimit: 0,
    // Every supported browser has modulepreload; the polyfill would cost bytes on the first load.
    modulePreload: { polyfill: false },
    // One style sheet, inlined into index.html by inlineCssAndCsp (which deletes the .css file).
    // Split CSS would make lazy chunks "preload" that deleted file, and their dynamic import fail.
    cssCodeSplit: false,
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'app', test: firstScreen.test, priority: 10 }] } },
    },
  },
  plugins: [
    preact(),
    firstScreen,
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
      },
      devOptions: { enabled: false },
    }),
  ],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**'],
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
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
