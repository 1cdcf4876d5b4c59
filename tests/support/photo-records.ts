import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Blob as NodeBlob } from 'node:buffer';
import type { PhotoRecord } from '../../src/domain/photo';
import { stripJpegMetadata } from '../../src/domain/photo-jpeg';

/**
 * jsdom's Blob can neither be read (no arrayBuffer()) nor structured-cloned into IndexedDB;
 * Node's can, and the app only uses the standard Blob API: tests of stored photos use it.
 */
export function useNodeBlob(): void {
  globalThis.Blob = NodeBlob as unknown as typeof Blob;
}

/** A real JPEG of the project's own (the test photo without its EXIF), as a stored image would be. */
export const JPEG: Uint8Array<ArrayBuffer> = new Uint8Array(
  stripJpegMetadata(
    new Uint8Array(readFileSync(join(process.cwd(), 'tests', 'fixtures', 'photo-exif-gps-orientation6.jpg'))),
  ),
);

/** A stored photo of `noteId` (image and thumbnail are the same small JPEG). */
export function photoRecord(id: string, noteId: string, conferenceId: string, addedAt: number): PhotoRecord {
  return {
    id,
    noteId,
    conferenceId,
    addedAt,
    width: 2048,
    height: 1024,
    image: new Blob([JPEG], { type: 'image/jpeg' }),
    thumb: new Blob([JPEG.subarray(0)], { type: 'image/jpeg' }),
  };
}

/** A Blob's bytes. */
export async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}
