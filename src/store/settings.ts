import { getDb } from './db';

/**
 * Settings by key in the `settings` store. Preferences that must apply before the first paint
 * (theme, language) are mirrored to localStorage, the one synchronous storage a page has.
 */

const MIRROR_PREFIX = 'tagesbegleiter:';
/**
 * The keys mirrored for a flash-free start (activeConference: no wait for the database when it is
 * the bundled one), and the reminder choices, so one made just before the page goes away (a reload
 * while the database still opens) is not lost.
 */
export const MIRRORED_KEYS = ['theme', 'language', 'activeConference', 'reminderLead', 'reminderNotify'] as const;
/** Mirrored keys whose null is a choice ("off") that must win over an older stored value. */
const NULL_IS_A_CHOICE: readonly string[] = ['reminderLead'];

function mirror(key: string, value: unknown): void {
  if (!(MIRRORED_KEYS as readonly string[]).includes(key)) return;
  try {
    if (value === null && NULL_IS_A_CHOICE.includes(key)) localStorage.setItem(MIRROR_PREFIX + key, 'null');
    else if (value === null || value === undefined) localStorage.removeItem(MIRROR_PREFIX + key);
    else localStorage.setItem(MIRROR_PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage blocked or full: the setting still lives in IndexedDB, only the start may flash.
  }
}

/** The stored value of `key`, or undefined when never set. */
export async function readSetting(key: string): Promise<unknown> {
  const db = await getDb();
  const record = await db.get('settings', key);
  mirror(key, record?.value);
  return record?.value;
}

/** Stores `value` under `key` (null removes it). */
export async function writeSetting(key: string, value: unknown): Promise<void> {
  // The mirror first: it is synchronous, so a reload right after the choice already starts with it.
  mirror(key, value);
  const db = await getDb();
  if (value === null || value === undefined) await db.delete('settings', key);
  else await db.put('settings', { key, value });
}

/** The mirrored value of `key`, synchronously (undefined when absent or unreadable). */
export function readMirroredSetting(key: (typeof MIRRORED_KEYS)[number]): unknown {
  try {
    const raw = localStorage.getItem(MIRROR_PREFIX + key);
    return raw === null ? undefined : (JSON.parse(raw) as unknown);
  } catch {
    return undefined;
  }
}

/** Forgets the mirrors ("delete all my data"). */
export function clearMirroredSettings(): void {
  for (const key of MIRRORED_KEYS) mirror(key, undefined);
}
