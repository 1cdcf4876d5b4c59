import { useRef } from 'preact/hooks';

/** Scroll positions by URL, so "back" returns to where the person was in the programme. */
const positions = new Map<string, number>();
const currentUrl = () => `${location.pathname}${location.search}`;
/** The URL on screen: at popstate, location already shows the next one. */
let shownUrl = '';
/** Where to return to, read when back/forward is pressed, before the new screen renders. */
let restoreTo: number | null = null;

const remember = () => positions.set(shownUrl, window.scrollY);

let installed = false;
/**
 * Listeners go in before the router's own: its popstate handler renders the next screen in a
 * microtask that runs before later listeners, so ours must see the event first.
 */
function install(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  shownUrl = currentUrl();
  history.scrollRestoration = 'manual';
  window.addEventListener('scroll', remember, { passive: true });
  // Capture phase: runs before the router handles a link and changes the URL.
  document.addEventListener('click', remember, true);
  window.addEventListener('popstate', () => {
    remember();
    restoreTo = positions.get(currentUrl()) ?? 0;
  });
}
install();

/**
 * Returns the route-change handler for preact-iso's Router: a new screen starts at the top with
 * focus on its heading (announced by screen readers); back and forward restore the position.
 */
export function useScrollMemory(main: { current: HTMLElement | null }): () => void {
  const first = useRef(true);
  return () => {
    shownUrl = currentUrl();
    if (first.current) {
      first.current = false;
      return;
    }
    const y = restoreTo;
    restoreTo = null;
    const heading = main.current?.querySelector('h1');
    const target = heading instanceof HTMLElement ? heading : main.current;
    target?.setAttribute('tabindex', '-1');
    target?.focus({ preventScroll: true });
    // After the new screen has laid out; a pushed screen was already scrolled to the top.
    if (y !== null) requestAnimationFrame(() => window.scrollTo(0, y));
  };
}
