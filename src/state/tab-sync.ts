import { TAB_CHANNEL, type TabMessage } from '../sw/messages';

/**
 * Tells other open tabs that stored data changed, so they re-read it within a second.
 * BroadcastChannel does not deliver to the sending tab itself.
 */
let channel: BroadcastChannel | null | undefined;
const listeners = new Set<(message: TabMessage) => void>();

function getChannel(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(TAB_CHANNEL);
  channel?.addEventListener('message', (event: MessageEvent<TabMessage>) => {
    for (const listener of listeners) listener(event.data);
  });
  return channel;
}

export function broadcast(message: TabMessage): void {
  getChannel()?.postMessage(message);
}

/** Subscribes to other tabs' messages; returns an unsubscribe. */
export function onTabMessage(listener: (message: TabMessage) => void): () => void {
  getChannel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Tells other tabs and this tab's own listeners: after a restore or "delete all", every state
 * module here must re-read what it shows, exactly as if another tab had written.
 */
export function announceEverywhere(message: TabMessage): void {
  broadcast(message);
  for (const listener of [...listeners]) listener(message);
}
