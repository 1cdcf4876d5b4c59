import { handleImportRequest } from './import-handler';
import type { ImportWorkerRequest, ImportWorkerResponse } from './import-protocol';

/**
 * The import worker: reading, parsing, checking and cleaning a schedule file (5 MB and more)
 * happens here, off the page's main thread, so the page keeps scrolling and answering taps.
 * One request per worker; the page terminates it after the answer.
 */

/** The bits of DedicatedWorkerGlobalScope used here (the project's DOM typings lack it). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportWorkerRequest>) => void) | null;
  postMessage(message: ImportWorkerResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  void handleImportRequest(event.data).then(
    (response) => scope.postMessage(response),
    (error: unknown) =>
      scope.postMessage({
        type: 'rejected',
        problems: [{ kind: 'unreadable', detail: error instanceof Error ? error.message : String(error) }],
      }),
  );
};
