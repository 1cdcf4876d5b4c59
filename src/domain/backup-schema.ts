import * as v from 'valibot';
import { NOTE_MAX_CHARS } from './note';

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
} as const;

const id = v.pipe(v.string(), v.minLength(1, SHAPE_CHECK.emptyId));
const time = v.pipe(v.number(), v.finite(SHAPE_CHECK.badTime), v.minValue(0, SHAPE_CHECK.badTime));

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
  rev: v.pipe(v.number(), v.integer(SHAPE_CHECK.badRev), v.minValue(1, SHAPE_CHECK.badRev)),
  conflictOf: v.optional(id),
  /** For a person reading the file: the session's title when the backup was made. */
  sessionTitle: v.optional(v.string()),
  sessionMissing: v.optional(v.boolean()),
});

const BackupSetting = v.object({ key: id, value: v.unknown() });

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
