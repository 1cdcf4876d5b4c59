import { handleImportRequest } from './import-handler';
import type { ImportWorkerMessage, ImportWorkerRequest, ImportWorkerResponse } from './import-protocol';
import { scheduleParts } from './import-chunks';

/**
 * The import worker: reading, parsing, checking and cleaning a schedule file (5 MB and more)
 * happens here, off the page's main thread, so the page keeps scrolling and answering taps.
 * One request per worker; the page terminates it after the answer.
 */

/** The bits of DedicatedWorkerGlobalScope used here (the project's DOM typings lack it). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportWorkerRequest>) => void) | null;
  postMessage(message: ImportWorkerMessage): void;
}

const scope = self as unknown as WorkerScope;

/** A stored schedule goes to the page in parts, then the answer without it. */
function answer(response: ImportWorkerResponse): void {
  if (response.type !== 'stored' || !response.schedule) {
    scope.postMessage(response);
    return;
  }
  const { schedule, previous, ...rest } = response;
  for (const part of scheduleParts(schedule, 'schedule')) scope.postMessage(part);
  if (previous) for (const part of scheduleParts(previous, 'previous')) scope.postMessage(part);
  scope.postMessage(rest);
}

scope.onmessage = (event) => {
  void handleImportRequest(event.data).then(answer, (error: unknown) =>
    scope.postMessage({
      type: 'rejected',
      problems: [{ kind: 'unreadable', detail: error instanceof Error ? error.message : String(error) }],
    }),
  );
};
