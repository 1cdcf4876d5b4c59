import type { ImportProblem, ImportSummary } from '../domain/import';
import type { ChangeKind } from '../domain/changes';
import type { RawSchedule } from '../domain/raw';
import { EXPORT_FILE_NAME } from '../domain/export';
import type { ScheduleSubscription } from '../domain/schedule-source';
import { conferenceInfo } from '../domain/conference-info';
import { readStoredConference } from '../store/conferences';
import type { ConferenceRecord } from '../store/db';
import type { ImportWorkerMessage, ImportWorkerRequest, ImportWorkerResponse } from '../workers/import-protocol';
import { ScheduleAssembler } from '../workers/import-chunks';
import { screenStrings } from '../i18n/screens';
import { bundledOrNull, conference } from './conference';
import { switchConference } from './conference-show';
import { listConference, noteSubscriptionFetched, refreshConferenceList } from './conference-list';
import { scheduleChanges } from './changes';
import { broadcast } from './tab-sync';
import { yieldToMain } from './yield';

/**
 * Importing a schedule file and exporting the conference on screen. Loaded only when the person
 * uses either (a dynamic import from the Konferenzen screen), so none of it, nor the worker, nor
 * valibot, weighs on the first screen.
 */

/** The same work in the page: for engines without (module) workers, and jsdom. */
async function askInPage(request: ImportWorkerRequest): Promise<ImportWorkerResponse> {
  const { handleImportRequest } = await import('../workers/import-handler');
  return handleImportRequest(request);
}

/** Sends one request to a fresh worker; without module workers runs the same code here. */
async function ask(request: ImportWorkerRequest): Promise<ImportWorkerResponse> {
  if (typeof Worker === 'undefined') return askInPage(request);
  let worker: Worker;
  try {
    worker = new Worker(new URL('../workers/import-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return askInPage(request);
  }
  try {
    const parts = new ScheduleAssembler();
    return await new Promise<ImportWorkerResponse>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<ImportWorkerMessage>) => {
        const message = event.data;
        if (message.type === 'part') {
          parts.add(message);
          return;
        }
        if (message.type === 'stored') {
          const schedule = parts.get('schedule');
          const previous = parts.get('previous');
          resolve({ ...message, ...(schedule ? { schedule } : {}), ...(previous ? { previous } : {}) });
        } else resolve(message);
      };
      worker.onerror = (event) => reject(new Error(event.message || 'import worker failed'));
      worker.postMessage(request);
    });
  } finally {
    worker.terminate();
  }
}

export type ImportOutcome =
  | {
      ok: true;
      summary: ImportSummary;
      /** An earlier version of this conference was replaced. */
      replaced: boolean;
      /** The file was identical to the stored version. */
      unchanged: boolean;
      changes: Record<ChangeKind, number>;
    }
  | { ok: false; problems: ImportProblem[] }
  | { ok: false; storageError: string };

/**
 * Imports a schedule file: parsed and checked off the main thread, stored (an earlier version
 * of the same conference becomes the one changes are shown against), then shown. A rejected
 * file changes nothing stored. `subscription`: the file was fetched from that address
 * (src/state/schedule-subscription.ts), the same path for a new version as a re-imported file.
 */
export async function importScheduleFile(file: File, subscription?: ScheduleSubscription): Promise<ImportOutcome> {
  const s = screenStrings.value.conferences;
  let response: ImportWorkerResponse;
  try {
    response = await ask({
      type: 'import',
      file,
      fileName: file.name,
      contentType: file.type,
      options: { untitled: s.untitled, defaultType: s.defaultType, noRoom: s.noRoom },
      store: true,
      ...(subscription ? { subscription } : {}),
    });
  } catch (error) {
    return {
      ok: false,
      problems: [{ kind: 'unreadable', detail: error instanceof Error ? error.message : String(error) }],
    };
  }
  if (response.type === 'rejected') return { ok: false, problems: response.problems };
  if (response.type === 'store-failed') return { ok: false, storageError: response.detail };
  if (response.type !== 'stored') return { ok: false, problems: [{ kind: 'unreadable', detail: response.type }] };
  const id = response.summary.conferenceId;
  if (subscription && response.unchanged && conference.value?.id === id) {
    // A recheck that found the version on screen: nothing to rebuild, here or in other tabs.
    noteSubscriptionFetched(id, { url: subscription.url, fetchedAt: subscription.fetchedAt });
    return {
      ok: true,
      summary: response.summary,
      replaced: false,
      unchanged: true,
      changes: { ...scheduleChanges.value.counts },
    };
  }
  broadcast({ type: 'conferences-changed', conferenceIds: [id] });
  await yieldToMain();
  // The record as stored, in hand: shown without reading it back, listed without reading the others.
  const record: ConferenceRecord | undefined = response.schedule
    ? {
        id,
        source: 'import',
        schedule: response.schedule,
        importedAt: response.importedAt,
        hash: response.hash,
        ...(response.fileName ? { fileName: response.fileName } : {}),
        ...(response.subscription ? { subscription: response.subscription } : {}),
        ...(response.previous ? { previous: response.previous } : {}),
      }
    : undefined;
  if (!(await switchConference(id, record)))
    return { ok: false, storageError: screenStrings.value.conferences.switchFailed };
  if (record) listConference(conferenceInfo(record.schedule, 'import', listedFields(record)));
  else await refreshConferenceList();
  return {
    ok: true,
    summary: response.summary,
    replaced: response.replaced,
    unchanged: response.unchanged,
    changes: { ...scheduleChanges.value.counts },
  };
}

/** What the list shows of a stored import besides its schedule. */
function listedFields(record: ConferenceRecord): Parameters<typeof conferenceInfo>[2] {
  return {
    importedAt: record.importedAt,
    ...(record.fileName ? { fileName: record.fileName } : {}),
    ...(record.subscription ? { subscription: record.subscription } : {}),
  };
}

/** The schedule behind the conference on screen: the person's import, or the shipped data. */
async function scheduleOnScreen(id: string): Promise<RawSchedule | undefined> {
  const [record, bundled] = await Promise.all([readStoredConference(id).catch(() => undefined), bundledOrNull()]);
  if (record?.source === 'import') return record.schedule;
  if (bundled?.id === id) return bundled.files.schedule;
  return record?.schedule;
}

export type ExportOutcome = { ok: true; fileName: string; text: string } | { ok: false; problems: string[] };

/** The conference on screen as a schedule.json that passes the C3VOC schema. */
export async function exportScheduleFile(): Promise<ExportOutcome> {
  const id = conference.value?.id;
  const schedule = id ? await scheduleOnScreen(id) : undefined;
  if (!schedule) return { ok: false, problems: [screenStrings.value.conferences.exportNothing] };
  const response = await ask({
    type: 'export',
    schedule,
    options: { estimateNote: screenStrings.value.conferences.estimateNote },
  });
  if (response.type === 'exported') return { ok: true, fileName: EXPORT_FILE_NAME, text: response.text };
  return { ok: false, problems: response.type === 'export-failed' ? response.problems : [response.type] };
}
