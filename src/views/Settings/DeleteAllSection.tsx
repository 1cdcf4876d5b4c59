import { useState } from 'preact/hooks';
import { deleteAllData } from '../../state/backup';
import { screenStrings } from '../../i18n/screens';

/** "Alle meine Daten löschen", with a confirmation step in the page. */
export function DeleteAllSection() {
  const s = screenStrings.value;
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <section aria-labelledby="settings-delete">
      <h2 id="settings-delete">{s.settings.deleteAll}</h2>
      <p>{s.settings.deleteAllIntro}</p>
      {!confirming ? (
        <p>
          <button type="button" class="secondary" onClick={() => setConfirming(true)}>
            {s.settings.deleteAll}
          </button>
        </p>
      ) : (
        <div class="confirm" role="group" aria-labelledby="delete-all-confirm">
          <p id="delete-all-confirm">
            <strong>{s.settings.deleteAllConfirm}</strong>
          </p>
          <button
            type="button"
            class="danger"
            onClick={() =>
              void deleteAllData().catch((e: unknown) =>
                setError(s.settings.deleteAllFailed(e instanceof Error ? e.message : String(e))),
              )
            }
          >
            {s.settings.deleteAllYes}
          </button>{' '}
          <button type="button" class="secondary" autoFocus onClick={() => setConfirming(false)}>
            {s.settings.deleteAllCancel}
          </button>
        </div>
      )}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
