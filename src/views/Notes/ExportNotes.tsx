import { useState } from 'preact/hooks';
import { notesMarkdownFile } from '../../state/notes-export';
import { screenStrings } from '../../i18n/screens';
import { downloadTextFile } from '../../ui/download';
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
  return (
    <section class="notes-export" aria-labelledby="notes-export">
      <h2 id="notes-export">{s.notes.exportHeading}</h2>
      <p>
        <button type="button" onClick={() => void onExport()}>
          {s.notes.exportMarkdown}
        </button>
      </p>
      {error && <p role="alert">{error}</p>}
      <p class="hint">{s.notes.exportHint}</p>
      <p>
        <a href={ROUTES.settings}>{s.notes.backupLink}</a>
      </p>
    </section>
  );
}
