import type { RawLink, RawPerson } from './raw';
import { judgeUrl } from './safe-url';

/**
 * Small cleaners for one field of a foreign schedule each. They turn what pretalx, frab and
 * hand-written files really contain into the shapes the C3VOC schema allows, or say "nothing".
 */

/** The C3VOC rules the cleaners aim at; the strict schema (c3voc-schema.ts) tests with these too. */
export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const SLUG_RE = /^[a-z0-9_-]+[a-z0-9]$/;
export const ACRONYM_RE = /^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$/;
const URI_RE = /^[a-z][a-z0-9+.-]*:\S+$/i;
const PERSON_CODE_RE = /^[A-Z0-9]+$/;
const LINK_TYPES = new Set(['slides', 'paper', 'web', 'blog', 'article', 'media', 'related', 'activitypub']);
/** The acronym pattern wants at least four characters. */
const ACRONYM_MIN = 4;

/** A string, a number written as a string, or null for anything else (objects, booleans, null). */
export function asText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** A positive integer from a number or a numeric string; null otherwise. */
export function asPositiveInt(value: unknown): number | null {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 1 ? n : null;
}

export const isUri = (text: string | null): text is string => text !== null && URI_RE.test(text);

/** Lower-case ASCII with everything else turned into `separator`, trimmed of separators. */
function asciiWord(text: string, separator: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9_-]+/g, separator)
    .replace(/^[-_]+|[-_]+$/g, '');
}

/** A slug the schema accepts: frab's "Camp2019-10386-opening_ceremony" becomes lower case. */
export function normalizeSlug(text: string | null, fallback: string): string {
  if (text && SLUG_RE.test(text)) return text;
  const slug = text ? asciiWord(text, '-') : '';
  if (SLUG_RE.test(slug)) return slug;
  const backup = asciiWord(fallback, '-');
  return SLUG_RE.test(backup) ? backup : `item-${backup || '0'}`;
}

/** An acronym the schema accepts ("Camp2019" → "camp2019", "my-conf" → "my_conf"). */
export function normalizeAcronym(acronym: string | null, title: string | null, seed: string): string {
  const lower = (acronym ?? '').trim().toLowerCase();
  if (ACRONYM_RE.test(lower)) return lower;
  let word = asciiWord(lower || title || '', '_').replace(/-/g, '_');
  if (!word) word = `schedule_${seed}`;
  if (word.length < ACRONYM_MIN) word = `${word}_conf`;
  return word;
}

/**
 * A person in exactly one of the two shapes the schema allows: pretalx ({ name, guid?, code?,
 * biography? }) or frab ({ id, public_name }). A file giving both `name` and a numeric `id` with
 * `public_name` matches both, which the schema forbids; it keeps the pretalx shape.
 */
export function normalizePerson(value: unknown): RawPerson | null {
  if (typeof value === 'string') return value.trim() ? { name: value.trim() } : null;
  if (typeof value !== 'object' || value === null) return null;
  const p = value as Record<string, unknown>;
  const name = asText(p.name)?.trim() || null;
  // frab before 2014 wrote `full_public_name` (30C3).
  const publicName = asText(p.public_name)?.trim() || asText(p.full_public_name)?.trim() || null;
  if (name) {
    const person: RawPerson = { name };
    const guid = asText(p.guid);
    if (guid && UUID_RE.test(guid)) person.guid = guid.toLowerCase();
    const code = asText(p.code);
    if (code && PERSON_CODE_RE.test(code)) person.code = code;
    const bio = asText(p.biography);
    if (bio) person.biography = bio;
    return person;
  }
  if (publicName) {
    const id = asPositiveInt(p.id) ?? (typeof p.id === 'number' && Number.isInteger(p.id) ? p.id : null);
    return id !== null ? { id, public_name: publicName } : { name: publicName };
  }
  return null;
}

/** A link as frab and pretalx write it: an object with `url` (and `title`, `type`) or a plain URL string. */
export type LinkReading = { kind: 'ok'; link: RawLink; repaired: boolean } | { kind: 'unsafe' } | { kind: 'none' };

export function readLink(value: unknown): LinkReading {
  const l =
    typeof value === 'string'
      ? { url: value }
      : typeof value === 'object' && value !== null
        ? (value as Record<string, unknown>)
        : null;
  if (!l) return { kind: 'none' };
  const verdict = judgeUrl(asText(l.url) ?? asText(l.href));
  if (verdict.kind !== 'ok') return verdict;
  const link: RawLink = { url: verdict.url };
  const title = asText(l.title)?.trim();
  if (title) link.title = title;
  const type = asText(l.type);
  if (type && LINK_TYPES.has(type)) link.type = type;
  return { kind: 'ok', link, repaired: verdict.repaired || typeof value === 'string' };
}

/** A link the schema accepts ({ url, title?, type? }), or null when its URL may not be a link. */
export function normalizeLink(value: unknown): RawLink | null {
  const reading = readLink(value);
  return reading.kind === 'ok' ? reading.link : null;
}
