import { useRef, useState } from 'preact/hooks';
import type { Conference } from '../../domain/types';
import type { Backup } from '../../domain/backup-schema';
import type { RestoreMode } from '../../domain/backup';
import { formatDateTime } from '../../domain/note-view';
import { checkBackupFile, restoreBackup } from '../../state/backup';
import { screenStrings } from '../../i18n/screens';
import { problemText } from './problem-text';

type Step =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'refused'; message: string }
  | { kind: 'ask'; backup: Backup }
  | { kind: 'writing' }
  | { kind: 'done'; marks: number; notes: number }
  | { kind: 'failed'; detail: string };

/**
 * Restore from a backup file: the file is checked completely first; only a good file leads to
 * the question "merge or replace", and only the answer writes (one transaction).
 */
export function RestoreSection({ conference }: { conference: Conference }) {
  const s = screenStrings.value;
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setStep({ kind: 'checking' });
    try {
      const result = await checkBackupFile(file);
      if (result.ok) setStep({ kind: 'ask', backup: result.backup });
      else {
        const title = (id: string) => (id === conference.id ? conference.title : id);
        setStep({ kind: 'refused', message: problemText(result.problem, s, title) });
      }
    } catch (error) {
      setStep({ kind: 'refused', message: s.settings.problem.unreadable(error instanceof Error ? error.message : String(error)) });
    }
  };
  const onRestore = async (backup: Backup, mode: RestoreMode) => {
    setStep({ kind: 'writing' });
    try {
      setStep({ kind: 'done', ...(await restoreBackup(backup, mode)) });
    } catch (error) {
      setStep({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
    }
    if (input.current) input.current.value = '';
  };
  const cancel = () => {
    setStep({ kind: 'idle' });
    if (input.current) input.current.value = '';
  };
  const exportedAt = (backup: Backup) => {
    const at = Date.parse(backup.exportedAt);
    return Number.isNaN(at) ? backup.exportedAt : formatDateTime(at, conference.timeZone);
  };
  return (
    <section aria-labelledby="settings-restore">
      <h2 id="settings-restore">{s.settings.restore}</h2>
      <p class="file-field">
        <label for="restore-file">{s.settings.restoreInput}</label>
        <input
          id="restore-file"
          ref={input}
          type="file"
          accept="application/json,.json"
          onChange={(event) => void onFile(event.currentTarget.files?.[0])}
        />
      </p>
      {step.kind === 'checking' && <p role="status">{s.settings.restoreChecking}</p>}
      {step.kind === 'refused' && (
        <p role="alert" class="note-alert">
          {step.message}
        </p>
      )}
      {step.kind === 'ask' && (
        <div class="confirm" role="group" aria-labelledby="restore-ask">
          <p role="status">
            {s.settings.restoreSummary(step.backup.marks.length, step.backup.notes.length, step.backup.settings.length, exportedAt(step.backup))}
          </p>
          <p id="restore-ask">
            <strong>{s.settings.restoreAsk}</strong>
          </p>
          <p>
            <button type="button" onClick={() => void onRestore(step.backup, 'merge')} aria-describedby="restore-merge-hint">
              {s.settings.restoreMerge}
            </button>{' '}
            <span id="restore-merge-hint" class="hint">
              {s.settings.restoreMergeHint}
            </span>
          </p>
          <p>
            <button type="button" class="secondary" onClick={() => void onRestore(step.backup, 'replace')} aria-describedby="restore-replace-hint">
              {s.settings.restoreReplace}
            </button>{' '}
            <span id="restore-replace-hint" class="hint">
              {s.settings.restoreReplaceHint}
            </span>
          </p>
          <p>
            <button type="button" class="secondary" onClick={cancel}>
              {s.settings.restoreCancel}
            </button>
          </p>
        </div>
      )}
      {step.kind === 'done' && <p role="status">{s.settings.restoreDone(step.marks, step.notes)}</p>}
      {step.kind === 'failed' && (
        <p role="alert" class="note-alert">
          {s.settings.restoreFailed(step.detail)}
        </p>
      )}
    </section>
  );
}
