import type { Conference, Session } from './types';
import type { Note } from './note';
import type { ScreenStrings } from '../i18n/de-screens';
import { formatLongDate, formatTimeRange } from './time/format';
import { formatDateTime, isBlank } from './note-view';

/**
 * All notes of a conference as one Markdown file: sessions in programme order with their
 * time and people, then notes whose session left the programme, then free notes. Each note's
 * text sits in a code fence longer than any backtick run inside it, so whatever it holds
 * (HTML, "javascript:" links, "#" lines) stays verbatim and inert and cannot break the file.
 */

/** The file's words (German UI strings), plus the locale for dates and the word for "ca.". */
export type MarkdownLabels = ScreenStrings['notes']['markdown'] & { locale: string; approx: string };

/** Characters that would start Markdown or HTML syntax inside a heading or list line. */
const INLINE_SYNTAX = /[\\`*_[\]<>#|~]/g;
const LINE_BREAKS = /[\r\n\u2028\u2029]+/g;

/** A title or name as literal inline Markdown, on one line. */
export function escapeInline(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(INLINE_SYNTAX, '\\$&');
}

/** `text` in a backtick fence that no run of backticks inside it can close. */
export function fenced(text: string): string {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}\n${text}\n${fence}`;
}

/** A note's photos as the Markdown links to them: alt text and a relative path inside the export. */
export type PhotoLinks = (note: Note, title: string | null) => { alt: string; path: string }[];
const noPhotos: PhotoLinks = () => [];

function noteBlock(
  note: Note,
  labels: MarkdownLabels,
  timeZone: string,
  level = '###',
  photos: { alt: string; path: string }[] = [],
): string {
  const changed = formatDateTime(note.updatedAt, timeZone);
  const heading = note.conflictOf ? labels.conflictCopy(changed) : labels.note(changed);
  const text = isBlank(note) ? '' : `\n\n${fenced(note.text)}`;
  // Paths are the export's own ("fotos/foto-001.jpg"): nothing in them needs escaping.
  const images = photos.map((p) => `\n\n![${escapeInline(p.alt)}](${p.path})`).join('');
  return `${level} ${heading}${text}${images}\n`;
}

/** Originals before their conflict copies, then oldest first: the order they were written in. */
function byVersion(a: Note, b: Note): number {
  return (
    Number(Boolean(a.conflictOf)) - Number(Boolean(b.conflictOf)) ||
    a.createdAt - b.createdAt ||
    a.id.localeCompare(b.id)
  );
}

function sessionSection(
  session: Session,
  notes: Note[],
  conference: Conference,
  labels: MarkdownLabels,
  photos: PhotoLinks,
): string {
  const time = `${formatLongDate(session.start, labels.locale, conference.timeZone)}, ${formatTimeRange(
    session.start,
    session.end,
    session.timeEstimated,
    labels.approx,
    conference.timeZone,
  )}`;
  const people = session.people.map((p) => escapeInline(p.role ? `${p.name} (${p.role})` : p.name)).join(', ');
  const facts = [`- ${labels.time}: ${time}`, ...(people ? [`- ${labels.people}: ${people}`] : [])].join('\n');
  const blocks = notes
    .sort(byVersion)
    .map((n) => noteBlock(n, labels, conference.timeZone, '###', photos(n, session.title)));
  return [`## ${escapeInline(session.title)}\n\n${facts}\n`, ...blocks].join('\n');
}

/**
 * The Markdown file of all notes of `conference` that have text or photos (`hasPhotos`); each
 * note's photos linked by `photos`, called in the file's order.
 */
export function notesToMarkdown(
  notes: readonly Note[],
  conference: Conference,
  labels: MarkdownLabels,
  exportedAt: Date,
  photos: PhotoLinks = noPhotos,
  hasPhotos: (noteId: string) => boolean = () => false,
): string {
  const sessions = new Map(conference.sessions.map((s) => [s.guid, s]));
  const bySession = new Map<string, Note[]>();
  const missing = new Map<string, Note[]>();
  const free: Note[] = [];
  for (const note of notes) {
    if (note.conferenceId !== conference.id || (isBlank(note) && !hasPhotos(note.id))) continue;
    if (note.sessionGuid === null) free.push(note);
    else {
      const into = sessions.has(note.sessionGuid) ? bySession : missing;
      const list = into.get(note.sessionGuid);
      if (list) list.push(note);
      else into.set(note.sessionGuid, [note]);
    }
  }
  const parts = [
    `# ${escapeInline(labels.title(conference.title))}\n`,
    `${labels.exportedAt(formatDateTime(exportedAt.getTime(), conference.timeZone), conference.timeZone)}\n`,
  ];
  if (bySession.size === 0 && missing.size === 0 && free.length === 0) parts.push(`${labels.none}\n`);
  for (const session of conference.sessions) {
    const list = bySession.get(session.guid);
    if (list) parts.push(sessionSection(session, list, conference, labels, photos));
  }
  if (missing.size > 0) {
    parts.push(`## ${labels.missingSessions}\n`);
    for (const [guid, list] of missing) {
      parts.push(
        `### ${escapeInline(labels.missingSession(guid))}\n`,
        ...list.sort(byVersion).map((n) => noteBlock(n, labels, conference.timeZone, '####', photos(n, null))),
      );
    }
  }
  if (free.length > 0) {
    parts.push(
      `## ${labels.freeNotes}\n`,
      ...free.sort(byVersion).map((n) => noteBlock(n, labels, conference.timeZone, '###', photos(n, null))),
    );
  }
  return parts.join('\n');
}
