import { useRef, useState } from 'preact/hooks';
import type { Conference } from '../../domain/types';
import type { Backup } from '../../domain/backup-schema';
import type { RestoreMode } from '../../domain/backup';
import { formatDateTime } from '../../domain/note-view';
import { checkBackupFile, restoreBackup } from '../../state/backup';
import type { PhotoRecord } from '../../domain/photo';
import { archiveProblemText } from './archive-problem-text';
import { screenStrings } from '../../i18n/screens';

type Step =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'refused'; message: string }
  | { kind: 'ask'; backup: Backup; photos: PhotoRecord[] }
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
      // A backup with photos is a ZIP (its reader loads only for one); the older .json as before.
      const result = (await isZip(file))
        ? await (await import('../../state/photo-archives')).checkBackupArchive(file)
        : { ...(await checkBackupFile(file)), photos: [] };
      if (result.ok) setStep({ kind: 'ask', backup: result.backup, photos: result.photos });
      else {
        const title = (id: string) => (id === conference.id ? conference.title : id);
        setStep({ kind: 'refused', message: archiveProblemText(result.problem, s, title) });
      }
    } catch (error) {
      setStep({
        kind: 'refused',
        message: s.settings.problem.unreadable(error instanceof Error ? error.message : String(error)),
      });
    }
  };
  const onRestore = async (backup: Backup, photos: PhotoRecord[], mode: RestoreMode) => {
    setStep({ kind: 'writing' });
    try {
      setStep({ kind: 'done', ...(await restoreBackup(backup, mode, photos)) });
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
          accept="application/json,.json,application/zip,.zip"
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
            {s.settings.restoreSummary(
              step.backup.marks.length,
              step.backup.notes.length,
              step.backup.settings.length,
              exportedAt(step.backup),
            )}
            {step.photos.length > 0 && ` ${s.photos.restoreSummary(step.photos.length)}`}
          </p>
          <p id="restore-ask">
            <strong>{s.settings.restoreAsk}</strong>
          </p>
          <p>
            <button
              type="button"
              onClick={() => void onRestore(step.backup, step.photos, 'merge')}
              aria-describedby="restore-merge-hint"
            >
              {s.settings.restoreMerge}
            </button>{' '}
            <span id="restore-merge-hint" class="hint">
              {s.settings.restoreMergeHint}
            </span>
          </p>
          <p>
            <button
              type="button"
              class="secondary"
              onClick={() => void onRestore(step.backup, step.photos, 'replace')}
              aria-describedby="restore-replace-hint"
            >
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

/** A ZIP starts with "PK\x03\x04" (or "PK\x05\x06" when empty), whatever its name says. */
async function isZip(file: Blob): Promise<boolean> {
  const head = await firstBytes(file, 4);
  return head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5);
}

/** The first `n` bytes; FileReader where Blob.arrayBuffer() is missing (older Safari, jsdom). */
function firstBytes(file: Blob, n: number): Promise<Uint8Array> {
  const part = file.slice(0, n);
  if (typeof part.arrayBuffer === 'function') return part.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsArrayBuffer(part);
  });
}
