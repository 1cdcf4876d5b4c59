import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { ConferenceInfo } from '../../domain/conference-info';
import { formatCalendarDay } from '../../domain/time/format';
import { conference } from '../../state/conference';
import { switchConference, switchStatus } from '../../state/conference-show';
import { conferenceList, refreshConferenceList, removeConference } from '../../state/conference-list';
import type { ExportOutcome, ImportOutcome } from '../../state/conference-files';
import { screenStrings } from '../../i18n/screens';
import { Badge } from '../../ui/Badge';
import { downloadTextFile } from '../../ui/download';
import { ImportOutcomeView } from './ImportOutcomeView';
import { SubscribeForm } from './SubscribeForm';
import { SubscriptionStatus } from './SubscriptionStatus';
import { dropSharedFile, readSharedFile, receiveLaunchedFiles } from '../../state/schedule-inbox';
import { CONFERENCES_PATH, SHARE_TARGET } from '../../sw/messages';

/** The import and export code (and its worker) loads only when the person uses it. */
const loadFiles = () => import('../../state/conference-files');
/** Every format the importer reads, by extension and by the MIME types servers and phones give them. */
const SCHEDULE_FILE_TYPES = '.json,.xml,.ics,application/json,application/xml,text/xml,text/calendar';

function ConferenceEntry({ info, active }: { info: ConferenceInfo; active: boolean }) {
  const s = screenStrings.value;
  const c = s.conferences;
  const when = new Intl.DateTimeFormat(s.locale, { dateStyle: 'medium', timeStyle: 'short' });
  const first = formatCalendarDay(info.firstDay, s.locale);
  const last = formatCalendarDay(info.lastDay, s.locale);
  const status = switchStatus.value;
  const [confirming, setConfirming] = useState(false);
  return (
    <li class={active ? 'conference-entry active' : 'conference-entry'} aria-current={active ? 'true' : undefined}>
      <h3>{info.title}</h3>
      <p>
        {first === last ? first : `${first} – ${last}`} · {c.count(info.events, info.days)}
      </p>
      {info.subscription ? (
        <SubscriptionStatus info={{ ...info, subscription: info.subscription }} active={active} />
      ) : (
        <p class="hint">
          {info.source === 'bundled' || !info.fileName || !info.importedAt
            ? c.bundled
            : c.importedFrom(info.fileName, when.format(new Date(info.importedAt)))}
        </p>
      )}
      {active ? (
        <Badge tone="info">{c.active}</Badge>
      ) : (
        <button type="button" disabled={status.kind === 'loading'} onClick={() => void switchConference(info.id)}>
          {c.switchButton}
          <span class="visually-hidden"> – {info.title}</span>
        </button>
      )}
      {info.source !== 'bundled' && !confirming && (
        <button type="button" class="secondary" onClick={() => setConfirming(true)}>
          {c.remove}
          <span class="visually-hidden"> – {info.title}</span>
        </button>
      )}
      {confirming && (
        <div role="alertdialog" aria-labelledby={`remove-${info.id}`} class="confirm">
          <p id={`remove-${info.id}`}>{c.removeConfirm(info.title)}</p>
          <button type="button" onClick={() => void removeConference(info.id)}>
            {c.removeYes}
          </button>{' '}
          <button type="button" class="secondary" onClick={() => setConfirming(false)}>
            {c.removeCancel}
          </button>
        </div>
      )}
      {status.kind === 'loading' && status.id === info.id && <p role="status">{c.switching}</p>}
      {status.kind === 'failed' && status.id === info.id && <p role="alert">{c.switchFailed}</p>}
    </li>
  );
}

type ImportView =
  | { kind: 'idle' }
  | { kind: 'busy'; name: string }
  | { kind: 'done'; outcome: ImportOutcome }
  /** A shared file the service worker no longer has (e.g. the page was reloaded after its import). */
  | { kind: 'share-missing' };
type ExportView = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; outcome: ExportOutcome };

/** "Konferenzen": the conferences on this device, switching, importing a schedule.json, exporting one. */
export function Conferences() {
  const s = screenStrings.value;
  const c = s.conferences;
  const current = conference.value;
  const [importView, setImportView] = useState<ImportView>({ kind: 'idle' });
  const [exportView, setExportView] = useState<ExportView>({ kind: 'idle' });
  const { query, route } = useLocation();
  const sharedId = query[SHARE_TARGET.fileParam];
  const sharedUrl = query[SHARE_TARGET.urlParam];
  useEffect(() => {
    void refreshConferenceList();
  }, []);

  const importFile = async (file: File) => {
    setImportView({ kind: 'busy', name: file.name });
    const { importScheduleFile } = await loadFiles();
    setImportView({ kind: 'done', outcome: await importScheduleFile(file) });
  };

  // A file shared to the installed app (kept by the service worker) or opened with it.
  useEffect(() => {
    if (!sharedId) return;
    void (async () => {
      const file = await readSharedFile(sharedId).catch(() => undefined);
      if (file) await importFile(file);
      else setImportView({ kind: 'share-missing' });
      await dropSharedFile(sharedId).catch(() => {});
      // A reload must not look for the file again.
      route(CONFERENCES_PATH, true);
    })();
  }, [sharedId]);
  useEffect(() => receiveLaunchedFiles((file) => void importFile(file)), []);

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    await importFile(file);
    // The same file again (e.g. after fixing it) must fire `change` again.
    input.value = '';
  };

  const onExport = async () => {
    setExportView({ kind: 'busy' });
    const { exportScheduleFile } = await loadFiles();
    const outcome = await exportScheduleFile();
    if (outcome.ok) downloadTextFile(outcome.fileName, outcome.text, 'application/json');
    setExportView({ kind: 'done', outcome });
  };

  return (
    <>
      <h1>{c.title}</h1>
      <p class="lead">{c.intro}</p>

      <section aria-labelledby="conferences-available">
        <h2 id="conferences-available">{c.available}</h2>
        <ul class="conference-list">
          {conferenceList.value.map((info) => (
            <ConferenceEntry key={info.id} info={info} active={info.id === current?.id} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="conferences-import">
        <h2 id="conferences-import">{c.importHeading}</h2>
        <p>{c.importIntro}</p>
        <div class="field file-field">
          <label for="schedule-file">{c.importInput}</label>
          <input
            id="schedule-file"
            type="file"
            accept={SCHEDULE_FILE_TYPES}
            aria-describedby="schedule-file-formats"
            disabled={importView.kind === 'busy'}
            onChange={onFile}
          />
          <p id="schedule-file-formats" class="hint">
            {c.importFormats}
          </p>
        </div>
        {importView.kind === 'busy' && <p role="status">{c.importing(importView.name)}</p>}
        {importView.kind === 'done' && <ImportOutcomeView outcome={importView.outcome} />}
        {importView.kind === 'share-missing' && (
          <p class="import-problems" role="alert">
            {s.subscription.shareMissing}
          </p>
        )}
        <SubscribeForm initialUrl={sharedUrl ?? ''} />
      </section>

      {current && (
        <section aria-labelledby="conferences-export">
          <h2 id="conferences-export">{c.exportHeading}</h2>
          <p>{c.exportIntro(current.title)}</p>
          <button type="button" disabled={exportView.kind === 'busy'} onClick={() => void onExport()}>
            {c.exportButton}
          </button>
          {exportView.kind === 'busy' && <p role="status">{c.exporting}</p>}
          {exportView.kind === 'done' && exportView.outcome.ok && (
            <p role="status">{c.exportDone(exportView.outcome.fileName)}</p>
          )}
          {exportView.kind === 'done' && !exportView.outcome.ok && (
            <div role="alert">
              <p>{c.exportFailed}</p>
              <ul>
                {exportView.outcome.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
          )}
        </section>
      )}
    </>
  );
}
