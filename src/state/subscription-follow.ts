import { effect } from '@preact/signals';
import { shownSubscription } from './conference';

/**
 * Keeps a conference loaded from an address current while it is on screen. The recheck code is a
 * lazy chunk, loaded only once such a conference is shown; the switch only sets a signal, so it
 * never imports the subscription code (which imports the switch through the import path).
 */
export function startSubscriptionFollowing(): () => void {
  return effect(() => {
    const shown = shownSubscription.value;
    if (shown) void import('./schedule-subscription').then((m) => m.followSubscription(shown.id, shown.subscription));
  });
}
