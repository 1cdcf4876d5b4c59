import { render } from 'preact';
import { registerSW } from 'virtual:pwa-register';

/**
 * The floor of the benchmark: what the same stack (Vite, Preact, vite-plugin-pwa with
 * workbox-window) costs with nothing of the app in it. A heading and a line render on the client,
 * the service worker precaches the build and registers on load.
 */
function Floor() {
  return (
    <main>
      <h1>Programm</h1>
      <p>10. Regionalkonferenz der Modellprojekte Smart Cities, Iserlohn, 6. September 2023</p>
    </main>
  );
}

render(<Floor />, document.getElementById('app')!);
void registerSW({ immediate: false });
