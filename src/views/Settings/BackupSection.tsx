import { useState } from 'preact/hooks';
import { makeBackupDownload } from '../../state/backup';
import { screenStrings } from '../../i18n/screens';
import { downloadBlob } from '../../ui/download';

type Outcome = { kind: 'done'; name: string; tooLarge: boolean } | { kind: 'failed'; detail: string } | null;

/** "Sicherung herunterladen": marks, notes and settings as one versioned JSON file; with photos, a ZIP of it and them. */
export function BackupSection() {
  const s = screenStrings.value;
  const [outcome, setOutcome] = useState<Outcome>(null);
  const onBackup = async () => {
    try {
      const file = await makeBackupDownload();
      downloadBlob(file.name, file.blob);
      setOutcome({ kind: 'done', name: file.name, tooLarge: file.tooLargeToRestore });
    } catch (error) {
      setOutcome({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <section aria-labelledby="settings-backup">
      <h2 id="settings-backup">{s.settings.backup}</h2>
      <p>{s.settings.backupIntro}</p>
      <p>
        <button type="button" onClick={() => void onBackup()}>
          {s.settings.backupButton}
        </button>
      </p>
      <div role="status">
        {outcome?.kind === 'done' && <p>{s.settings.backupDone(outcome.name)}</p>}
        {outcome?.kind === 'done' && outcome.tooLarge && <p class="note">{s.settings.backupTooLargeWarning}</p>}
      </div>
      {outcome?.kind === 'failed' && <p role="alert">{s.settings.backupFailed(outcome.detail)}</p>}
    </section>
  );
}
