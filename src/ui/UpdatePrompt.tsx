import {
  applyUpdate,
  dismissOfflineReady,
  offlineReady,
  postponeUpdate,
  updateHeldBack,
  updateWaiting,
} from '../sw/bridge';
import { strings } from '../i18n';

/** "Neue Version verfügbar" with a button: the update happens only when the person asks. */
export function UpdatePrompt() {
  const s = strings.value.update;
  if (updateWaiting.value) {
    return (
      <div class="banner banner-update toast" role={updateHeldBack.value ? 'alert' : 'status'}>
        <span>{updateHeldBack.value ? s.heldBack : s.available}</span>
        <button type="button" onClick={() => void applyUpdate()}>
          {s.apply}
        </button>
        <button type="button" class="secondary" onClick={postponeUpdate}>
          {s.later}
        </button>
      </div>
    );
  }
  if (offlineReady.value) {
    return (
      <div class="banner banner-info toast" role="status">
        <span>{s.offlineReady}</span>
        <button type="button" class="secondary" onClick={dismissOfflineReady}>
          {s.dismiss}
        </button>
      </div>
    );
  }
  return null;
}
