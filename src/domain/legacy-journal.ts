/**
 * How journal keys looked when the journal lived in the settings store (database version 3).
 * Its own file: the store's upgrade ladder (on the first screen) needs it, and importing it from
 * the backup schema pulled valibot into the first download.
 */
export const LEGACY_JOURNAL_PREFIX = 'note-journal:';
