import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';

/**
 * Windowing for a long list in the page's own scroll: only the rows near the screen exist in
 * the DOM; spacers above and below stand in for the rest. Row heights start as estimates and
 * are replaced by measured ones as rows are drawn. The browser's scroll anchoring keeps the
 * view steady when a measured height differs from its estimate.
 */

/** Rows drawn beyond the screen's edges, so a quick flick does not reveal empty space. */
const OVERSCAN_PX = 1200;
/** Rows of the very first render, before anything could be measured (a phone screen and a bit). */
const INITIAL_ROWS = 24;
/** Sub-pixel differences are rounding, not a different height. */
const HEIGHT_EPSILON_PX = 0.5;

function prefixSums(heights: Float64Array): Float64Array {
  const offsets = new Float64Array(heights.length + 1);
  for (let i = 0; i < heights.length; i++) offsets[i + 1] = offsets[i]! + heights[i]!;
  return offsets;
}

/** The row that covers `y` (the last whose top is at or above it). */
function rowAt(offsets: Float64Array, y: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  if (hi < 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface RowWindow {
  /** Attach to the list element; its rows must carry `data-row={index}`. */
  listRef: { current: HTMLElement | null };
  start: number;
  end: number;
  /** Heights of the spacers standing in for rows [0, start) and [end, count). */
  padTop: number;
  padBottom: number;
}

/**
 * The range of `count` rows to draw. `rowsKey` changes when the rows themselves change (another
 * day, filter or search): then heights go back to estimates.
 */
export function useWindowedRows(count: number, estimate: (index: number) => number, rowsKey: unknown): RowWindow {
  const listRef = useRef<HTMLElement | null>(null);
  const state = useRef<{ key: unknown; heights: Float64Array; offsets: Float64Array } | null>(null);
  if (!state.current || state.current.key !== rowsKey || state.current.heights.length !== count) {
    const heights = new Float64Array(count);
    for (let i = 0; i < count; i++) heights[i] = estimate(i);
    state.current = { key: rowsKey, heights, offsets: prefixSums(heights) };
  }
  const [range, setRange] = useState({ start: 0, end: Math.min(count, INITIAL_ROWS) });

  const update = useCallback(() => {
    const list = listRef.current;
    const current = state.current;
    if (!list || !current) return;
    const top = list.getBoundingClientRect().top;
    const start = rowAt(current.offsets, Math.max(0, -top - OVERSCAN_PX));
    const end = Math.min(count, rowAt(current.offsets, -top + window.innerHeight + OVERSCAN_PX) + 1);
    setRange((r) => (r.start === start && r.end === end ? r : { start, end }));
  }, [count]);

  // After every render: measure the drawn rows, then see whether the range still covers the screen.
  useLayoutEffect(() => {
    const list = listRef.current;
    const current = state.current;
    if (!list || !current) return;
    let changed = false;
    for (const row of list.querySelectorAll<HTMLElement>('[data-row]')) {
      const i = Number(row.dataset.row);
      const h = row.offsetHeight;
      if (h > 0 && i < current.heights.length && Math.abs(h - current.heights[i]!) > HEIGHT_EPSILON_PX) {
        current.heights[i] = h;
        changed = true;
      }
    }
    if (changed) current.offsets = prefixSums(current.heights);
    update();
  });

  useLayoutEffect(() => {
    let frame = 0;
    const onScroll = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        update();
      });
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [update]);

  const offsets = state.current.offsets;
  const start = Math.min(range.start, count);
  const end = Math.min(range.end, count);
  return { listRef, start, end, padTop: offsets[start]!, padBottom: offsets[count]! - offsets[end]! };
}
