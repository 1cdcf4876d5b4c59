import type { Session } from '../domain/types';
import { sessionPath } from '../domain/paths';

/** What happened when the person shared a link. */
export type ShareResult =
  { kind: 'shared' } | { kind: 'copied' } | { kind: 'cancelled' } | { kind: 'manual'; url: string };

/** The absolute link to an item's page (it opens offline too: the service worker serves every in-app path). */
export function sessionUrl(guid: string): string {
  return new URL(sessionPath(guid), window.location.origin).href;
}

/**
 * Shares an item: the system share sheet where the Web Share API exists, else copies the link.
 * When neither works, hands the link back so the screen can show it for copying by hand.
 */
export async function shareSession(session: Session): Promise<ShareResult> {
  const url = sessionUrl(session.guid);
  const data: ShareData = { title: session.title, url };
  if (typeof navigator.share === 'function' && (navigator.canShare?.(data) ?? true)) {
    try {
      await navigator.share(data);
      return { kind: 'shared' };
    } catch (error) {
      // The person closed the share sheet: nothing to say.
      if (error instanceof DOMException && error.name === 'AbortError') return { kind: 'cancelled' };
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return { kind: 'copied' };
  } catch {
    return { kind: 'manual', url };
  }
}
