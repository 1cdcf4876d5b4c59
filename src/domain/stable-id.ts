/**
 * Stable, UUID-shaped keys derived from text, for programme items whose guid is missing, broken or
 * used twice. Same text, same key, on every device and every import: marks and notes made on such
 * an item find it again after a re-import. Synchronous (no crypto.subtle) so a worker can key
 * 10,000 events in a loop; collision resistance of 128 bits is plenty for one conference.
 */

/** Four independent 32-bit lanes (cyrb128), mixed at the end into 128 bits. */
function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

const hex8 = (n: number) => n.toString(16).padStart(8, '0');

/**
 * A UUID (RFC 9562 version 8, "custom") whose bits come from hashing `text`. The version and
 * variant bits make it pass every UUID check, including the C3VOC schema's.
 */
export function uuidFromText(text: string): string {
  const [a, b, c, d] = hash128(text);
  const hex = hex8(a) + hex8(b) + hex8(c) + hex8(d);
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A short fingerprint of a whole document, to tell "the same file again" from "a new version". */
export function contentHash(text: string): string {
  return hash128(text).map(hex8).join('');
}
