import {
  applyUpdate,
  dismissOfflineReady,
  offlineReady,
  postponeUpdate,
  updateHeldBack,
  updateWaiting,
} from '../sw/bridge';
import { screenStrings } from '../i18n/screens';

/** "Neue Version verfügbar" with a button: the update happens only when the person asks. */
export function UpdatePrompt() {
  const s = screenStrings.value;
  if (updateWaiting.value) {
    return (
      <div class="banner banner-update toast" role={updateHeldBack.value ? 'alert' : 'status'}>
        <span>{updateHeldBack.value ? s.connection.heldBack : s.update.available}</span>
        <button type="button" onClick={() => void applyUpdate()}>
          {s.update.apply}
        </button>
        <button type="button" class="secondary" onClick={postponeUpdate}>
          {s.update.later}
        </button>
      </div>
    );
  }
  if (offlineReady.value) {
    return (
      <div class="banner banner-info toast" role="status">
        <span>{s.update.offlineReady}</span>
        <button type="button" class="secondary" onClick={dismissOfflineReady}>
          {s.update.dismiss}
        </button>
      </div>
    );
  }
  return null;
}
