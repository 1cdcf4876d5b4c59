import { markedGuids, toggleMark } from '../state/marks';
import { strings } from '../i18n';
import { prerendering } from '../state/start-page';

/**
 * The "Merken" toggle. Its name stays "Merken" in both states (a toggle's name must not flip);
 * aria-pressed says whether the item is marked, `describedBy` names the item for screen readers.
 */
export function MarkButton({
  guid,
  describedBy,
  compact = false,
}: {
  guid: string;
  describedBy?: string;
  compact?: boolean;
}) {
  const s = strings.value;
  const pressed = markedGuids.value.has(guid);
  return (
    <button
      type="button"
      class={compact ? 'mark-toggle mark-toggle-compact' : 'mark-toggle'}
      lang={s.locale}
      aria-pressed={pressed}
      aria-describedby={describedBy}
      // In the build-time HTML the button waits for the app, so an early tap is not silently lost.
      disabled={prerendering.value}
      onClick={() => void toggleMark(guid)}
    >
      {/* The star is drawn by CSS (.mark-toggle::before): outline when off, filled when on. */}
      {s.marks.toggle}
    </button>
  );
}
