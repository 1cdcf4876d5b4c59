import type { ScaledPhoto } from './photo-scale';

/** The photo worker's messages: one file in, the stored photo (or why not) out. */
export interface PhotoWorkerRequest {
  id: number;
  file: Blob;
}

export type PhotoWorkerResponse =
  | ({ id: number; ok: true } & ScaledPhoto)
  /** `unsupported`: this browser's worker cannot draw (no OffscreenCanvas): the page does it. */
  | { id: number; ok: false; reason: 'unsupported' | 'undecodable'; detail: string };
