/**
 * Why a save failed, in the terms the person can act on: the disk is full (free space, make a
 * backup), a newer version of the app took the database (reload), or something else (the
 * browser's own words, and the next keystroke tries again).
 */
export interface SaveFailure {
  reason: 'quota' | 'upgraded' | 'other';
  detail: string;
  /** The text went to the journal, so a reload or a crash does not lose it. */
  journaled?: boolean;
}

export function failureOf(error: unknown): SaveFailure {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const detail = error instanceof Error ? error.message || error.name : String(error);
  if (name === 'DatabaseUpgradedError') return { reason: 'upgraded', detail };
  // Chromium and Firefox name it so; WebKit's message says "quota".
  if (name === 'QuotaExceededError' || /quota/i.test(detail)) return { reason: 'quota', detail };
  return { reason: 'other', detail };
}
