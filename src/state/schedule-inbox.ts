import { SHARE_TARGET } from '../sw/messages';

/**
 * Schedule files that reach the installed app from outside: shared to it (the service worker
 * keeps the file, src/sw/sw.ts) or opened with it (manifest `file_handlers`, the page's
 * `launchQueue`). Both end in the Konferenzen screen's import, as a file chosen there would.
 */

const SHARE_ID = /^[\w-]{1,64}$/;

/** A shared file the service worker kept under `id`, or undefined when it is not (any longer) there. */
export async function readSharedFile(id: string): Promise<File | undefined> {
  if (!SHARE_ID.test(id) || typeof caches === 'undefined') return undefined;
  const cache = await caches.open(SHARE_TARGET.cache);
  const response = await cache.match(SHARE_TARGET.keyPrefix + id);
  if (!response) return undefined;
  let name = 'schedule';
  try {
    name = decodeURIComponent(response.headers.get(SHARE_TARGET.nameHeader) ?? name) || name;
  } catch {
    // A mangled name header: the content still imports, under the plain name.
  }
  return new File([await response.arrayBuffer()], name, { type: response.headers.get('Content-Type') ?? '' });
}

/** Drops a shared file once its import ran (whatever the outcome: a rejected file is not kept). */
export async function dropSharedFile(id: string): Promise<void> {
  if (!SHARE_ID.test(id) || typeof caches === 'undefined') return;
  const cache = await caches.open(SHARE_TARGET.cache);
  await cache.delete(SHARE_TARGET.keyPrefix + id);
}

interface LaunchParams {
  files?: readonly FileSystemHandle[];
}
interface LaunchQueue {
  setConsumer(consumer: (params: LaunchParams) => void): void;
}

/**
 * Hands every schedule file the app is opened with (the system's "Open with", manifest
 * `file_handlers`) to `consume`, first the one that started this page. Only the first file of
 * a launch is read: the app shows one import at a time. A no-op where `launchQueue` is missing.
 */
export function receiveLaunchedFiles(consume: (file: File) => void): void {
  const queue = (globalThis as { launchQueue?: LaunchQueue }).launchQueue;
  queue?.setConsumer((params) => {
    const handle = params.files?.find((h): h is FileSystemFileHandle => h.kind === 'file');
    if (handle) void handle.getFile().then(consume, (error: unknown) => console.error(error));
  });
}
