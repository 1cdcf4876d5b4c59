import { applyUpdate, offlineReady, updateHeldBack, updateWaiting } from '../sw/bridge';
import { strings } from '../i18n';

/** "Neue Version verfügbar" with a button: the update happens only when the person asks. */
export function UpdatePrompt() {
  const s = strings.value;
  if (updateWaiting.value) {
    return (
      <div class="banner banner-update toast" role={updateHeldBack.value ? 'alert' : 'status'}>
        <span>{updateHeldBack.value ? s.connection.heldBack : s.update.available}</span>
        <button type="button" onClick={() => void applyUpdate()}>
          {s.update.apply}
        </button>
        <button type="button" class="secondary" onClick={() => (updateWaiting.value = false)}>
          {s.update.later}
        </button>
      </div>
    );
  }
  if (offlineReady.value) {
    return (
      <div class="banner banner-info toast" role="status">
        <span>{s.update.offlineReady}</span>
        <button type="button" class="secondary" onClick={() => (offlineReady.value = false)}>
          {s.update.dismiss}
        </button>
      </div>
    );
  }
  return null;
}
