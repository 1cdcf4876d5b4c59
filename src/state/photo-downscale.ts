import { decodeUpright, offscreenSurface, scaleDecoded, type ScaledPhoto, type Surface } from '../workers/photo-scale';
import type { PhotoWorkerRequest, PhotoWorkerResponse } from '../workers/photo-protocol';

/**
 * Downscales a chosen image in the photo worker; where a worker cannot draw (no
 * OffscreenCanvas: Safari before 16.4) or cannot start, on the page instead.
 */

/** The file is no image this browser can read (a RAW file, a broken download). */
export class PhotoUnreadableError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'PhotoUnreadableError';
  }
}

/** A worker left idle this long is ended: a session's photos come in bursts, minutes apart. */
const WORKER_IDLE_MS = 30_000;

let worker: Worker | null = null;
/** Set once a worker said it cannot draw: every later photo goes straight to the page. */
let workerUnsupported = false;
let nextId = 1;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
const pending = new Map<number, (response: PhotoWorkerResponse) => void>();

function getWorker(): Worker | null {
  if (worker || workerUnsupported || typeof Worker === 'undefined') return worker;
  try {
    worker = new Worker(new URL('../workers/photo-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    workerUnsupported = true;
    return null;
  }
  worker.onmessage = (event: MessageEvent<PhotoWorkerResponse>) => {
    pending.get(event.data.id)?.(event.data);
    pending.delete(event.data.id);
  };
  worker.onerror = () => {
    // A worker that failed to start (no module workers): settle what waits on it, then use the page.
    workerUnsupported = true;
    stopWorker();
    for (const [id, settle] of pending) settle({ id, ok: false, reason: 'unsupported', detail: 'worker failed' });
    pending.clear();
  };
  return worker;
}

function stopWorker(): void {
  worker?.terminate();
  worker = null;
}

function inWorker(file: Blob): Promise<PhotoWorkerResponse> | null {
  const w = getWorker();
  if (!w) return null;
  clearTimeout(idleTimer);
  const id = nextId++;
  return new Promise<PhotoWorkerResponse>((resolve) => {
    pending.set(id, resolve);
    w.postMessage({ id, file } satisfies PhotoWorkerRequest);
  }).finally(() => {
    if (pending.size === 0) idleTimer = setTimeout(stopWorker, WORKER_IDLE_MS);
  });
}

function pageSurface(width: number, height: number): Surface {
  const offscreen = offscreenSurface(width, height);
  if (offscreen) return offscreen;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  return {
    context,
    encode: (type, quality) =>
      new Promise((resolve, reject) =>
        canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('encoding failed'))), type, quality),
      ),
  };
}

/** Decodes on the page: createImageBitmap, or an <img> (browsers apply EXIF orientation to images by default). */
async function decodeOnPage(
  file: Blob,
): Promise<{ source: CanvasImageSource; width: number; height: number; close(): void }> {
  if (typeof createImageBitmap === 'function') {
    const bitmap = await decodeUpright(file);
    return { source: bitmap, width: bitmap.width, height: bitmap.height, close: () => bitmap.close() };
  }
  const url = URL.createObjectURL(file);
  const img = new Image();
  img.src = url;
  try {
    await img.decode();
  } finally {
    URL.revokeObjectURL(url);
  }
  return { source: img, width: img.naturalWidth, height: img.naturalHeight, close: () => {} };
}

async function onPage(file: Blob): Promise<ScaledPhoto> {
  let decoded;
  try {
    decoded = await decodeOnPage(file);
  } catch (error) {
    throw new PhotoUnreadableError(error instanceof Error ? error.message : String(error));
  }
  try {
    return await scaleDecoded(decoded.source, decoded, pageSurface);
  } finally {
    decoded.close();
  }
}

/** The stored form of a chosen image: ≤ 2048 px, upright, JPEG without metadata, and its thumbnail. */
export async function downscalePhoto(file: Blob): Promise<ScaledPhoto> {
  const response = await inWorker(file);
  if (response?.ok)
    return { image: response.image, thumb: response.thumb, width: response.width, height: response.height };
  if (response && response.reason === 'undecodable') throw new PhotoUnreadableError(response.detail);
  if (response) {
    workerUnsupported = true;
    stopWorker();
  }
  return onPage(file);
}
