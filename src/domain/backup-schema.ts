import * as v from 'valibot';
import { NOTE_MAX_CHARS } from './note';
import { MAX_REMINDER_LEAD_MINUTES } from './reminders';
import { LEGACY_JOURNAL_PREFIX } from './legacy-journal';

/**
 * The backup file: everything a person created (marks, notes, settings) as versioned JSON.
 * The schema is the one gate a file passes before anything is written to the database.
 */

/** The value of `format` that marks a file as ours. */
export const BACKUP_FORMAT = 'tagesbegleiter-backup';
/** The one version this app writes and reads; a later format gets a new number and a migration. */
export const BACKUP_VERSION = 1;
/** A day of notes is kilobytes; 10 MB leaves room for pasted text while refusing a wrong file quickly. */
export const BACKUP_MAX_BYTES = 10 * 1024 * 1024;

/** Codes of the checks that are ours, not valibot's type checks (the UI words them). */
export const SHAPE_CHECK = {
  duplicateNoteId: 'duplicate-note-id',
  noteTooLong: 'note-too-long',
  emptyId: 'empty-id',
  badTime: 'bad-time',
  badRev: 'bad-rev',
  unknownSetting: 'unknown-setting',
  journalKey: 'journal-key',
  badSetting: 'bad-setting',
} as const;

/** The latest instant a JavaScript Date can hold: a later timestamp makes every date format throw. */
export const MAX_TIME_MS = 8.64e15;

const id = v.pipe(v.string(), v.minLength(1, SHAPE_CHECK.emptyId));
const time = v.pipe(
  v.number(),
  v.finite(SHAPE_CHECK.badTime),
  v.minValue(0, SHAPE_CHECK.badTime),
  v.maxValue(MAX_TIME_MS, SHAPE_CHECK.badTime),
);
/** Beyond MAX_SAFE_INTEGER, rev + 1 === rev: the two-tab check could no longer tell saves apart. */
const rev = v.pipe(
  v.number(),
  v.integer(SHAPE_CHECK.badRev),
  v.minValue(1, SHAPE_CHECK.badRev),
  v.maxValue(Number.MAX_SAFE_INTEGER, SHAPE_CHECK.badRev),
);

/**
 * `sessionMissing` marks a reference that already pointed nowhere when the backup was made
 * (a session dropped from the programme): such records are restored, not refused.
 */
const BackupMark = v.looseObject({
  conferenceId: id,
  guid: id,
  markedAt: time,
  sessionMissing: v.optional(v.boolean()),
});

const BackupNote = v.object({
  id,
  conferenceId: id,
  sessionGuid: v.nullable(id),
  text: v.pipe(v.string(), v.maxLength(NOTE_MAX_CHARS, SHAPE_CHECK.noteTooLong)),
  createdAt: time,
  updatedAt: time,
  rev,
  conflictOf: v.optional(id),
  /** For a person reading the file: the session's title when the backup was made. */
  sessionTitle: v.optional(v.string()),
  sessionMissing: v.optional(v.boolean()),
});

/**
 * The settings this app stores, each with the values it writes. Anything else in a file (an old
 * journal entry `note-journal:…`, a key a later version added) would be stored without meaning,
 * and a journal key would turn into a note at the next start: refused.
 */
export const SETTING_VALUES = {
  theme: v.picklist(['system', 'light', 'dark']),
  language: v.picklist(['browser', 'de', 'en']),
  reminderLead: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_REMINDER_LEAD_MINUTES))),
  reminderNotify: v.boolean(),
  activeConference: v.pipe(v.string(), v.minLength(1)),
} as const;
export type SettingKey = keyof typeof SETTING_VALUES;
export const SETTING_KEYS = Object.keys(SETTING_VALUES) as SettingKey[];

const isSettingKey = (key: string): key is SettingKey => Object.hasOwn(SETTING_VALUES, key);

/** A setting entry: the key first (journal key, unknown key), then its value for that key. */
const BackupSetting = v.pipe(
  v.object({
    key: v.pipe(
      id,
      v.check((key) => !key.startsWith(LEGACY_JOURNAL_PREFIX), SHAPE_CHECK.journalKey),
      v.check(isSettingKey, SHAPE_CHECK.unknownSetting),
    ),
    value: v.unknown(),
  }),
  v.forward(
    v.check((s) => isSettingKey(s.key) && v.is(SETTING_VALUES[s.key], s.value), SHAPE_CHECK.badSetting),
    ['value'],
  ),
);

/** Version 1 of the backup file. */
export const BackupV1 = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: v.string(),
  app: v.optional(v.string()),
  marks: v.array(BackupMark),
  notes: v.pipe(
    v.array(BackupNote),
    v.check((notes) => new Set(notes.map((n) => n.id)).size === notes.length, SHAPE_CHECK.duplicateNoteId),
  ),
  settings: v.array(BackupSetting),
});

/** A backup file that passed the schema. */
export type Backup = v.InferOutput<typeof BackupV1>;
export type BackupMarkEntry = Backup['marks'][number];
export type BackupNoteEntry = Backup['notes'][number];

/** The envelope every version shares: enough to tell "not ours" from "ours, other version". */
export const BackupEnvelope = v.looseObject({ format: v.literal(BACKUP_FORMAT), version: v.unknown() });
