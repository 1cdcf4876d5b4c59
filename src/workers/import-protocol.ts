import type { ScheduleSubscription } from '../domain/schedule-source';
import type { ImportOptions, ImportProblem, ImportSummary } from '../domain/import';
import type { RawSchedule } from '../domain/raw';
import type { ExportOptions } from '../domain/export';
import type { SchedulePart } from './import-chunks';

/**
 * Messages between the page and the import worker (src/workers/import-worker.ts). Kept apart
 * from src/sw/messages.ts: that union is for the service worker and other tabs, and is type
 * checked with the service worker's own settings, which know nothing of the domain types.
 */

export type ImportWorkerRequest =
  /** Read, check and clean a schedule file chosen on the device. */
  | {
      type: 'import';
      file: Blob;
      options: ImportOptions;
      fileName?: string;
      contentType?: string;
      /**
       * Store the result here, in the worker, and answer with the summary only: a large programme
       * then never crosses to the page in one structured clone, nor is written from its main thread.
       */
      store?: boolean;
      /** The address it was loaded from, kept with the stored conference (src/state/schedule-subscription.ts). */
      subscription?: ScheduleSubscription;
    }
  /** Write a stored schedule as a strict C3VOC document and check it against the schema. */
  | { type: 'export'; schedule: RawSchedule; options?: ExportOptions };

export type ImportWorkerResponse =
  | { type: 'imported'; schedule: RawSchedule; summary: ImportSummary; hash: string }
  | {
      type: 'stored';
      summary: ImportSummary;
      hash: string;
      replaced: boolean;
      unchanged: boolean;
      importedAt: number;
      /** As stored: the file's name, or the address it stays current from. */
      fileName?: string;
      subscription?: ScheduleSubscription;
      /** The stored version and the one it replaced; from a worker they arrive as parts before this message. */
      schedule?: RawSchedule;
      previous?: RawSchedule;
    }
  | { type: 'store-failed'; detail: string }
  | { type: 'rejected'; problems: ImportProblem[] }
  | { type: 'exported'; text: string }
  | { type: 'export-failed'; problems: string[] };

/** What the worker posts: parts of a large schedule (src/workers/import-chunks.ts), then the answer. */
export type ImportWorkerMessage = ImportWorkerResponse | SchedulePart;
