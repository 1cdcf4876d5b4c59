import {
  MAX_IMPORT_BYTES,
  readScheduleDocument,
  readScheduleText,
  type ImportOptions,
  type ImportResult,
} from './import';

/**
 * The one entry of every import: which format a file is (from its content first, its name and
 * type only to break a tie), then the reader for it. XML and iCalendar readers load only for
 * such a file; all of them end in readScheduleDocument: the same model, checks and summary.
 */

export type FileKind = 'json' | 'xml' | 'ics' | 'unknown';

/** What the content starts with decides; ".xml"/".ics" or a MIME type only when the content is silent. */
export function sniffFormat(text: string, fileName?: string, contentType?: string): FileKind {
  const head = text
    .slice(0, 512)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  if (head.startsWith('<')) return 'xml';
  if (/^BEGIN:VCALENDAR/i.test(head)) return 'ics';
  const name = fileName?.toLowerCase() ?? '';
  const type = contentType?.toLowerCase() ?? '';
  if (name.endsWith('.ics') || name.endsWith('.ical') || type.includes('calendar')) return 'ics';
  if (name.endsWith('.xml') || type.includes('xml')) return 'xml';
  if (name.endsWith('.json') || type.includes('json')) return 'json';
  return 'unknown';
}

export interface FileFacts {
  fileName?: string;
  contentType?: string;
}

/** "schedule.xml" → "schedule": a title for a calendar that names none. */
const baseName = (name: string | undefined) =>
  name
    ?.replace(/^.*[\\/]/, '')
    .replace(/\.[^.]+$/, '')
    .trim() || null;

/** Reads a schedule file of any supported format. */
export async function readScheduleFile(
  text: string,
  options: ImportOptions,
  facts: FileFacts = {},
): Promise<ImportResult> {
  if (text.length > MAX_IMPORT_BYTES)
    return { ok: false, problems: [{ kind: 'too-large', bytes: text.length, limit: MAX_IMPORT_BYTES }] };
  const kind = sniffFormat(text, facts.fileName, facts.contentType);
  if (kind === 'json') return readScheduleText(text, options);
  if (kind === 'xml') {
    const { readScheduleXml } = await import('./import-xml');
    const xml = readScheduleXml(text);
    if (!xml.ok) {
      if (xml.problem === 'too-deep') return { ok: false, problems: [{ kind: 'too-deep', limit: Number(xml.detail) }] };
      if (xml.problem === 'no-schedule') return { ok: false, problems: [{ kind: 'no-schedule' }] };
      return { ok: false, problems: [{ kind: 'not-xml', detail: xml.detail }] };
    }
    return readScheduleDocument(xml.doc, options, xml.format);
  }
  if (kind === 'ics') {
    const { readScheduleIcs, MAX_OCCURRENCES } = await import('./import-ics');
    const ics = readScheduleIcs(text, options.noRoom ?? '—', baseName(facts.fileName));
    if (!ics.ok) return { ok: false, problems: [{ kind: 'not-ics', detail: ics.detail }] };
    const result = readScheduleDocument(ics.doc, options, 'ics');
    if (result.ok && ics.allDaySkipped) result.summary.allDaySkipped = ics.allDaySkipped;
    if (result.ok && ics.recurrencesCapped)
      result.summary.recurrencesCapped = { rules: ics.recurrencesCapped, limit: MAX_OCCURRENCES };
    return result;
  }
  return { ok: false, problems: [{ kind: 'unknown-format' }] };
}
