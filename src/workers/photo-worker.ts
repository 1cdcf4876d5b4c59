import { decodeUpright, offscreenSurface, scaleDecoded, type Surface } from './photo-scale';
import type { PhotoWorkerRequest, PhotoWorkerResponse } from './photo-protocol';

/**
 * The photo worker: decoding a 12-megapixel JPEG and encoding 2048 px take a few hundred
 * milliseconds, which on the page would freeze scrolling and typing. Here they do not.
 */

/** The bits of DedicatedWorkerGlobalScope used here (the project's DOM typings lack it). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<PhotoWorkerRequest>) => void) | null;
  postMessage(message: PhotoWorkerResponse): void;
}

const scope = self as unknown as WorkerScope;

function surface(width: number, height: number): Surface {
  const made = offscreenSurface(width, height);
  if (!made) throw new Error('no OffscreenCanvas');
  return made;
}

scope.onmessage = (event) => {
  const { id, file } = event.data;
  void (async (): Promise<PhotoWorkerResponse> => {
    if (typeof createImageBitmap !== 'function' || !offscreenSurface(1, 1)) {
      return { id, ok: false, reason: 'unsupported', detail: 'no OffscreenCanvas in workers' };
    }
    let bitmap: ImageBitmap;
    try {
      bitmap = await decodeUpright(file);
    } catch (error) {
      return { id, ok: false, reason: 'undecodable', detail: error instanceof Error ? error.message : String(error) };
    }
    try {
      return { id, ok: true, ...(await scaleDecoded(bitmap, bitmap, surface)) };
    } finally {
      bitmap.close();
    }
  })().then(
    (response) => scope.postMessage(response),
    (error: unknown) =>
      scope.postMessage({
        id,
        ok: false,
        reason: 'undecodable',
        detail: error instanceof Error ? error.message : String(error),
      }),
  );
};
