import { unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * Writing and reading the app's ZIP files with fflate (small, no dependencies, tree-shaken to
 * what is used; loaded only when a ZIP is made or read). Reading is guarded against ZIP bombs
 * and hostile names: the central directory is checked against the limits and an allow-list of
 * names before a single byte is inflated, and every inflated entry must have the size it declared.
 */

export interface ZipLimits {
  /** The most entries a file may have. */
  maxEntries: number;
  /** The most bytes all entries may unpack to, together. */
  maxUnpackedBytes: number;
  /** The most bytes one entry may unpack to, by its name. */
  maxEntryBytes: (name: string) => number;
  /** True for a name the app's file may hold; anything else refuses the file. */
  allowed: (name: string) => boolean;
}

export type ZipProblem =
  { kind: 'zipBroken'; detail: string } | { kind: 'zipTooLarge'; limit: number } | { kind: 'zipEntries'; name: string };

export type ZipReadResult = { ok: true; files: Map<string, Uint8Array> } | { ok: false; problem: ZipProblem };

/** Names the app writes: relative, forward slashes, no "." or ".." parts, plain characters. */
export function isSafeEntryName(name: string): boolean {
  if (name.length === 0 || name.length > 200 || name.startsWith('/') || name.includes('\\')) return false;
  return name
    .split('/')
    .every((part) => part !== '' && part !== '.' && part !== '..' && /^[A-Za-z0-9._-]+$/.test(part));
}

/** A ZIP of `files`; entries whose names end in .jpg/.webp are stored as they are (already compressed). */
export function writeZip(files: ReadonlyMap<string, Uint8Array>, modified = new Date()): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, data] of files) {
    if (!isSafeEntryName(name)) throw new Error(`unsafe entry name: ${name}`);
    zippable[name] = [data, { level: /\.(jpe?g|webp)$/i.test(name) ? 0 : 6, mtime: modified }];
  }
  return zipSync(zippable);
}

/** Reads a ZIP within `limits`; refuses the whole file at the first thing out of bounds. Writes nothing. */
export function readZip(bytes: Uint8Array, limits: ZipLimits): ZipReadResult {
  let problem: ZipProblem | null = null;
  let entries = 0;
  let total = 0;
  const seen = new Set<string>();
  const declared = new Map<string, number>();
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(entry) {
        if (problem) return false;
        entries++;
        if (entries > limits.maxEntries) problem = { kind: 'zipTooLarge', limit: limits.maxUnpackedBytes };
        else if (!isSafeEntryName(entry.name) || !limits.allowed(entry.name) || seen.has(entry.name))
          problem = { kind: 'zipEntries', name: entry.name };
        else {
          // A stored entry is as long as its compressed size; an inflated one as its declared size.
          const size = entry.compression === 0 ? Math.max(entry.size, entry.originalSize) : entry.originalSize;
          total += size;
          if (size > limits.maxEntryBytes(entry.name) || total > limits.maxUnpackedBytes)
            problem = { kind: 'zipTooLarge', limit: limits.maxUnpackedBytes };
          seen.add(entry.name);
          declared.set(entry.name, entry.originalSize);
        }
        // Nothing is inflated until every entry of the directory has passed.
        return false;
      },
    });
    if (problem) return { ok: false, problem };
    // Second pass: inflate, now that the directory is known to be within bounds.
    files = unzipSync(bytes);
  } catch (error) {
    return {
      ok: false,
      problem: { kind: 'zipBroken', detail: error instanceof Error ? error.message : String(error) },
    };
  }
  const out = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(files)) {
    // A directory that lies about sizes inflates into a buffer of the declared size: check it is full, not cut.
    if (!declared.has(name) || data.length !== declared.get(name))
      return { ok: false, problem: { kind: 'zipBroken', detail: `${name}: size does not match` } };
    out.set(name, data);
  }
  return { ok: true, files: out };
}
