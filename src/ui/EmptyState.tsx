import type { ComponentChildren } from 'preact';

/** What a screen says when it has nothing to show yet, and how to change that. */
export function EmptyState({ children }: { children: ComponentChildren }) {
  return <div class="empty-state">{children}</div>;
}
