import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';

// The floor app of the benchmark (built by buildFloor() in scripts/bench/lib.mjs): the same build stack as the app, with
// the plugins' defaults and nothing else, so the difference the benchmark prints is the app's.
export default defineConfig({
  root: import.meta.dirname,
  logLevel: 'error',
  build: { target: 'es2022', emptyOutDir: true },
  plugins: [
    preact(),
    VitePWA({
      registerType: 'prompt',
      manifest: {
        name: 'Floor',
        short_name: 'Floor',
        start_url: '/',
        display: 'standalone',
        theme_color: '#0b5563',
        background_color: '#ffffff',
        icons: [],
      },
    }),
  ],
});
