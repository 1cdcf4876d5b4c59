import { localDate } from '../domain/format';
import { notesToMarkdown } from '../domain/notes-markdown';
import { listNotes } from '../store/notes';
import { strings } from '../i18n/screens';
import { conference } from './conference';

/**
 * The Markdown export of all notes of the conference on screen, read fresh from the database
 * so a note saved a moment ago in another tab is in it.
 */
export async function notesMarkdownFile(now = new Date()): Promise<{ name: string; text: string } | null> {
  const conf = conference.value;
  if (!conf) return null;
  const s = strings.value;
  const notes = await listNotes(conf.id);
  const text = notesToMarkdown(notes, conf, { ...s.notes.markdown, locale: s.locale, approx: s.approx }, now);
  return { name: s.notes.fileName(localDate(now, conf.timeZone)), text };
}
