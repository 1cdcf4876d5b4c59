import {
  fitWithin,
  PHOTO_MAX_EDGE,
  PHOTO_QUALITY,
  PHOTO_QUALITY_DENSE,
  PHOTO_QUALITY_DENSEST,
  PHOTO_TARGET_BYTES,
  PHOTO_TYPE,
  THUMB_MAX_EDGE,
  THUMB_QUALITY,
} from '../domain/photo';
import { isJpeg, stripJpegMetadata } from '../domain/photo-jpeg';

/**
 * Downscaling a chosen image: decoded with its EXIF orientation applied, drawn at most
 * PHOTO_MAX_EDGE on the long edge and re-encoded, plus a thumbnail. Re-encoding writes only
 * pixels, so EXIF (GPS, camera, time) is gone; the encoder's output is stripped of any APPn
 * segment as well. Runs in the photo worker, or on the page where a worker cannot draw.
 */

/** A drawing surface: an OffscreenCanvas (worker, most pages) or a page's canvas element. */
export interface Surface {
  context: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;
  encode(type: string, quality: number): Promise<Blob>;
}
export type MakeSurface = (width: number, height: number) => Surface;

export interface ScaledPhoto {
  image: Blob;
  thumb: Blob;
  width: number;
  height: number;
}

/** An OffscreenCanvas surface; undefined where OffscreenCanvas or its 2D context or encoder is missing. */
export function offscreenSurface(width: number, height: number): Surface | undefined {
  if (typeof OffscreenCanvas === 'undefined') return undefined;
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context || typeof canvas.convertToBlob !== 'function') return undefined;
  return { context, encode: (type, quality) => canvas.convertToBlob({ type, quality }) };
}

/** Decodes `file` upright. createImageBitmap's 'from-image' applies the EXIF orientation. */
export function decodeUpright(file: Blob): Promise<ImageBitmap> {
  return createImageBitmap(file, { imageOrientation: 'from-image' });
}

async function encode(
  source: CanvasImageSource,
  from: { width: number; height: number },
  maxEdge: number,
  qualities: readonly number[],
  make: MakeSurface,
) {
  const size = fitWithin(from.width, from.height, maxEdge);
  const surface = make(size.width, size.height);
  surface.context.imageSmoothingEnabled = true;
  surface.context.imageSmoothingQuality = 'high';
  // A transparent PNG would turn black in a JPEG: paint white below it.
  surface.context.fillStyle = '#fff';
  surface.context.fillRect(0, 0, size.width, size.height);
  surface.context.drawImage(source, 0, 0, size.width, size.height);
  let blob = await surface.encode(PHOTO_TYPE, qualities[0]!);
  // A very detailed photo comes out large: once more at the lower quality, keeping the smaller.
  for (const quality of qualities.slice(1)) {
    if (blob.size <= PHOTO_TARGET_BYTES) break;
    const smaller = await surface.encode(PHOTO_TYPE, quality);
    if (smaller.size < blob.size) blob = smaller;
  }
  return { blob: await withoutMetadata(blob), ...size };
}

/** The encoder's JPEG without APPn/COM segments (belt and braces: browsers write none today). */
async function withoutMetadata(blob: Blob): Promise<Blob> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  if (!isJpeg(bytes)) throw new Error(`the encoder wrote ${blob.type || 'an unknown type'}, not JPEG`);
  return new Blob([stripJpegMetadata(bytes) as Uint8Array<ArrayBuffer>], { type: PHOTO_TYPE });
}

/** Downscales a decoded, upright image into the stored photo and its thumbnail. */
export async function scaleDecoded(
  source: CanvasImageSource,
  size: { width: number; height: number },
  make: MakeSurface,
): Promise<ScaledPhoto> {
  const image = await encode(
    source,
    size,
    PHOTO_MAX_EDGE,
    [PHOTO_QUALITY, PHOTO_QUALITY_DENSE, PHOTO_QUALITY_DENSEST],
    make,
  );
  const thumb = await encode(source, size, THUMB_MAX_EDGE, [THUMB_QUALITY], make);
  return { image: image.blob, thumb: thumb.blob, width: image.width, height: image.height };
}
