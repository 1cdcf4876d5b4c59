import { useState } from 'preact/hooks';
import { notesMarkdownFile } from '../../state/notes-export';
import { screenStrings } from '../../i18n/screens';
import { downloadBlob, downloadTextFile } from '../../ui/download';
import { ROUTES } from '../../domain/paths';

/** "Alle Notizen als Markdown herunterladen", and the way to the full backup. */
export function ExportNotes() {
  const s = screenStrings.value;
  const [error, setError] = useState<string | null>(null);
  const onExport = async () => {
    try {
      const file = await notesMarkdownFile();
      if (file) downloadTextFile(file.name, file.text, 'text/markdown;charset=utf-8');
      setError(null);
    } catch (e) {
      setError(s.notes.exportFailed(e instanceof Error ? e.message : String(e)));
    }
  };
  const onZip = async () => {
    try {
      // The ZIP code loads only for this.
      const file = await (await import('../../state/photo-archives')).notesZipFile();
      if (file) downloadBlob(file.name, file.blob);
      setError(null);
    } catch (e) {
      setError(s.photos.zipFailed(e instanceof Error ? e.message : String(e)));
    }
  };
  return (
    <section class="notes-export" aria-labelledby="notes-export">
      <h2 id="notes-export">{s.notes.exportHeading}</h2>
      <p>
        <button type="button" onClick={() => void onExport()}>
          {s.notes.exportMarkdown}
        </button>
      </p>
      <p>
        <button type="button" class="secondary" aria-describedby="notes-zip-hint" onClick={() => void onZip()}>
          {s.photos.zipButton}
        </button>{' '}
        <span id="notes-zip-hint" class="hint">
          {s.photos.zipHint}
        </span>
      </p>
      {error && <p role="alert">{error}</p>}
      <p class="hint">{s.notes.exportHint}</p>
      <p>
        <a href={ROUTES.settings}>{s.notes.backupLink}</a>
      </p>
    </section>
  );
}
