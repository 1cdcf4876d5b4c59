import { connectionState } from '../state/storage-connection';
import { applyUpdate, updateHeldBack } from '../sw/bridge';
import { screenStrings } from '../i18n/screens';
import { strings } from '../i18n';

/**
 * Says when this tab cannot save because of another tab: one holds an older version open (this
 * one waits), or a newer version took the database over (this one must reload). Reloading goes
 * through the update path, which saves or journals every note first and holds back if it cannot.
 */
export function ConnectionBanner() {
  const s = screenStrings.value.connection;
  const state = connectionState.value;
  if (state === 'ok') return null;
  if (state === 'blocked') {
    return (
      <p class="banner banner-warn" role="alert">
        {s.blocked}
      </p>
    );
  }
  return (
    <div class="banner banner-warn" role="alert">
      <span>{updateHeldBack.value ? strings.value.update.heldBack : s.upgraded}</span>
      <button type="button" onClick={() => void applyUpdate()}>
        {s.reload}
      </button>
    </div>
  );
}
