import * as v from 'valibot';
import {
  BACKUP_FORMAT,
  BACKUP_MAX_BYTES,
  BACKUP_VERSION,
  BackupEnvelope,
  BackupV1,
  type Backup,
  type BackupMarkEntry,
  type BackupNoteEntry,
} from './backup-schema';
import type { Note } from './note';

/**
 * Reading and writing backup files, and what a restore does to what is stored. Pure: the
 * store runs `planRestore` inside one transaction, so a restore is all or nothing.
 */

/** A mark as stored; other fields a later version adds travel along untouched. */
export interface MarkData {
  conferenceId: string;
  guid: string;
  markedAt: number;
  [key: string]: unknown;
}

export interface SettingData {
  key: string;
  value: unknown;
}

/** Everything a person created, as stored. */
export interface PersonalData {
  marks: MarkData[];
  notes: Note[];
  settings: SettingData[];
}

/** Why a file was refused; each names the problem so the UI can say it plainly. */
export type BackupProblem =
  | { kind: 'tooLarge'; bytes: number }
  | { kind: 'notJson'; detail: string }
  | { kind: 'notBackup' }
  | { kind: 'unknownVersion'; version: string }
  | { kind: 'wrongShape'; path: string; check?: string; expected?: string; received?: string }
  | { kind: 'unknownConference'; conferenceIds: string[] }
  | { kind: 'unknownSessions'; conferenceId: string; guids: string[] };

export type BackupParseResult = { ok: true; backup: Backup } | { ok: false; problem: BackupProblem };

/**
 * The sessions a conference has, by its id; undefined when no such conference is loaded here.
 * Used to refuse backups that point at programme items this app does not know.
 */
export type KnownSessions = (conferenceId: string) => { has(guid: string): boolean } | undefined;

/** Checks a file's text, in order: size, JSON, ours, version, shape, references. Writes nothing. */
export function parseBackup(text: string, knownSessions: KnownSessions): BackupParseResult {
  const bytes = utf8Length(text);
  if (bytes > BACKUP_MAX_BYTES) return { ok: false, problem: { kind: 'tooLarge', bytes } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: { kind: 'notJson', detail: error instanceof Error ? error.message : String(error) } };
  }
  if (!v.is(BackupEnvelope, json)) return { ok: false, problem: { kind: 'notBackup' } };
  if (json.version !== BACKUP_VERSION) {
    return { ok: false, problem: { kind: 'unknownVersion', version: JSON.stringify(json.version) ?? 'undefined' } };
  }
  const parsed = v.safeParse(BackupV1, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return {
      ok: false,
      problem: {
        kind: 'wrongShape',
        path: v.getDotPath(issue) ?? '',
        ...(issue.kind === 'validation' ? { check: issue.message } : {}),
        expected: issue.expected ?? undefined,
        received: issue.received,
      },
    };
  }
  const problem = findUnknownReferences(parsed.output, knownSessions);
  return problem ? { ok: false, problem } : { ok: true, backup: parsed.output };
}

function utf8Length(text: string): number {
  // Every UTF-16 unit is at most 3 UTF-8 bytes: most files are decided without encoding them.
  if (text.length * 3 <= BACKUP_MAX_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

/** The first conference with references to sessions it does not have (or that is unknown). */
function findUnknownReferences(backup: Backup, knownSessions: KnownSessions): BackupProblem | null {
  const refs: { conferenceId: string; guid: string }[] = [
    ...backup.marks.filter((m) => !m.sessionMissing),
    ...backup.notes.flatMap((n) =>
      n.sessionGuid !== null && !n.sessionMissing ? [{ conferenceId: n.conferenceId, guid: n.sessionGuid }] : [],
    ),
  ];
  const unknownConferences = new Set<string>();
  const unknownGuids = new Map<string, Set<string>>();
  for (const { conferenceId, guid } of refs) {
    const known = knownSessions(conferenceId);
    if (!known) unknownConferences.add(conferenceId);
    else if (!known.has(guid)) {
      let guids = unknownGuids.get(conferenceId);
      if (!guids) unknownGuids.set(conferenceId, (guids = new Set()));
      guids.add(guid);
    }
  }
  if (unknownConferences.size > 0) return { kind: 'unknownConference', conferenceIds: [...unknownConferences] };
  const first = unknownGuids.entries().next();
  if (!first.done) return { kind: 'unknownSessions', conferenceId: first.value[0], guids: [...first.value[1]] };
  return null;
}

/**
 * The title of a session, null when its conference is loaded but the session is gone,
 * undefined when the conference itself is not loaded here.
 */
export type SessionTitle = (conferenceId: string, guid: string) => string | null | undefined;

/** Builds the backup file's content. References that point nowhere now are flagged, so the file restores. */
export function buildBackup(data: PersonalData, sessionTitle: SessionTitle, exportedAt: Date, app: string): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    app,
    marks: data.marks.map((m) =>
      typeof sessionTitle(m.conferenceId, m.guid) === 'string' ? { ...m } : { ...m, sessionMissing: true },
    ),
    notes: data.notes.map((n) => {
      if (n.sessionGuid === null) return { ...n };
      const title = sessionTitle(n.conferenceId, n.sessionGuid);
      return typeof title === 'string' ? { ...n, sessionTitle: title } : { ...n, sessionMissing: true };
    }),
    settings: data.settings.map((s) => ({ key: s.key, value: s.value })),
  };
}

/** The file's JSON text: indented, so a person can read it. */
export function backupToJson(backup: Backup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}

export type RestoreMode = 'merge' | 'replace';

function toMark({ sessionMissing: _flag, ...mark }: BackupMarkEntry): MarkData {
  return mark;
}

function toNote({ sessionTitle: _title, sessionMissing: _flag, ...note }: BackupNoteEntry): Note {
  return note;
}

const markKey = (m: { conferenceId: string; guid: string }) => JSON.stringify([m.conferenceId, m.guid]);

/**
 * What is stored after a restore. Replace: exactly the backup. Merge: what is here stays; what
 * only the backup has is added; a note both have with different text is kept twice (the
 * backup's as a conflict copy), unless that very text is already stored as a copy.
 */
export function planRestore(
  current: PersonalData,
  backup: Backup,
  mode: RestoreMode,
  newId: () => string,
): PersonalData {
  const incoming = { marks: backup.marks.map(toMark), notes: backup.notes.map(toNote), settings: backup.settings };
  if (mode === 'replace') return incoming;

  const marks = new Map(current.marks.map((m) => [markKey(m), m]));
  for (const m of incoming.marks) if (!marks.has(markKey(m))) marks.set(markKey(m), m);

  const settings = new Map(current.settings.map((s) => [s.key, s]));
  for (const s of incoming.settings) if (!settings.has(s.key)) settings.set(s.key, s);

  const notes = new Map(current.notes.map((n) => [n.id, n]));
  for (const note of incoming.notes) {
    const here = notes.get(note.id);
    if (!here) {
      notes.set(note.id, note);
      continue;
    }
    if (here.text === note.text) continue;
    const root = here.conflictOf ?? here.id;
    const alreadyKept = [...notes.values()].some(
      (n) => (n.id === root || n.conflictOf === root) && n.text === note.text,
    );
    if (alreadyKept) continue;
    const id = newId();
    notes.set(id, { ...note, id, rev: 1, conflictOf: root });
  }
  return { marks: [...marks.values()], notes: [...notes.values()], settings: [...settings.values()] };
}

/** The sessions of a raw C3VOC schedule (an imported conference as stored): guid → title. */
export function scheduleSessionTitles(raw: {
  schedule: { conference: { days: { rooms: Record<string, { guid: string; title: string }[]> }[] } };
}): Map<string, string> {
  const titles = new Map<string, string>();
  for (const day of raw.schedule.conference.days) {
    for (const events of Object.values(day.rooms)) for (const e of events) titles.set(e.guid, e.title);
  }
  return titles;
}
