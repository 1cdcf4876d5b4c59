import type { ComponentChildren } from 'preact';

/** A short label: the type of a session, "Jetzt", "4 parallel". */
export function Badge({ children, tone = 'neutral' }: { children: ComponentChildren; tone?: 'neutral' | 'now' | 'info' }) {
  return <span class={`badge badge-${tone}`}>{children}</span>;
}
