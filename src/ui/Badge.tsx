import type { ComponentChildren } from 'preact';

/** The look of a badge; the change tones mark "neu", "geändert", "entfällt" after a schedule update. */
export type BadgeTone = 'neutral' | 'now' | 'info' | 'new' | 'changed' | 'cancelled';

/** A short label: the type of a session, "Jetzt", "4 parallel". */
export function Badge({ children, tone = 'neutral' }: { children: ComponentChildren; tone?: BadgeTone }) {
  return <span class={`badge badge-${tone}`}>{children}</span>;
}
