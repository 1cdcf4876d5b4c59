import { describe, expect, it } from 'vitest';
import { escapeInline, fenced, notesToMarkdown, type MarkdownLabels } from '../../src/domain/notes-markdown';
import type { Note } from '../../src/domain/note';
import { de } from '../../src/i18n/de';
import { deScreens } from '../../src/i18n/de-screens';
import { bundledConference } from '../fixtures';
import { sessionTitled } from '../support/sessions';

const labels: MarkdownLabels = { ...deScreens.notes.markdown, locale: de.locale, approx: de.approx };
const conference = bundledConference();
const byTitle = (prefix: string) => sessionTitled(conference.sessions, prefix);
const workshopA = byTitle('Workshop A');
const first = conference.sessions[0]!;
const exportedAt = new Date('2023-09-06T16:12:00Z');
const at = (hhmm: string) => Date.parse(`2023-09-06T${hhmm}:00+02:00`);

let n = 0;
function note(over: Partial<Note> & { text: string }): Note {
  n++;
  return {
    id: `n${n}`,
    conferenceId: conference.id,
    sessionGuid: null,
    createdAt: n,
    updatedAt: at('12:00'),
    rev: 1,
    ...over,
  };
}

/** The code blocks of a Markdown text, as CommonMark reads backtick fences. */
function codeBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,})$/.exec(lines[i]!);
    if (!open) continue;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !(lines[j]!.startsWith(open[1]!) && /^`+$/.test(lines[j]!))) body.push(lines[j++]!);
    blocks.push(body.join('\n'));
    i = j;
  }
  return blocks;
}

describe('notesToMarkdown', () => {
  it('groups notes by session in programme order with time and people, then free notes', () => {
    const md = notesToMarkdown(
      [
        note({ text: 'Frei notiert', updatedAt: at('18:00') }),
        note({ text: 'Zu Workshop A', sessionGuid: workshopA.guid, updatedAt: at('11:42') }),
        note({ text: 'Zum Anfang', sessionGuid: first.guid, updatedAt: at('10:05') }),
      ],
      conference,
      labels,
      exportedAt,
    );
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings[0]).toBe(`# ${escapeInline(`Notizen – ${conference.title}`)}`);
    const firstAt = headings.indexOf(`## ${escapeInline(first.title)}`);
    const aAt = headings.indexOf(`## ${escapeInline(workshopA.title)}`);
    const freeAt = headings.indexOf('## Freie Notizen');
    expect(firstAt).toBeGreaterThan(0);
    expect(aAt).toBeGreaterThan(firstAt);
    expect(freeAt).toBeGreaterThan(aAt);
    expect(md).toContain('Exportiert am 6.9.2023, 18:12. Alle Zeiten in der Zeitzone Europe/Berlin.');
    expect(md).toContain('- Zeit: Mittwoch, 6. September 2023, ca. 11:15–13:00');
    const people = workshopA.people
      .map((p) => (p.role ? `${p.name} (${p.role})` : p.name))
      .map(escapeInline)
      .join(', ');
    expect(md).toContain(`- Beteiligte: ${people}`);
    expect(md).toContain('### Notiz, zuletzt geändert 6.9.2023, 11:42');
    expect(codeBlocks(md)).toEqual(['Zum Anfang', 'Zu Workshop A', 'Frei notiert']);
  });

  it('keeps notes of vanished sessions in their own section, never drops them', () => {
    const md = notesToMarkdown([note({ text: 'verwaist', sessionGuid: 'gone-guid' })], conference, labels, exportedAt);
    expect(md).toContain('## Programmpunkte, die nicht mehr im Programm stehen');
    expect(md).toContain('### Programmpunkt gone-guid');
    expect(codeBlocks(md)).toEqual(['verwaist']);
  });

  it('labels a conflict copy and puts it after the original', () => {
    const original = note({ text: 'Fassung A', sessionGuid: first.guid, createdAt: 5 });
    const copy = note({ text: 'Fassung B', sessionGuid: first.guid, conflictOf: original.id, createdAt: 1 });
    const md = notesToMarkdown([copy, original], conference, labels, exportedAt);
    expect(codeBlocks(md)).toEqual(['Fassung A', 'Fassung B']);
    expect(md).toContain('### Weitere Fassung (aus einem anderen Tab), zuletzt geändert');
  });

  it('leaves out blank notes and other conferences, and says when there is nothing', () => {
    const md = notesToMarkdown(
      [note({ text: '   ' }), note({ text: 'anderswo', conferenceId: 'other' })],
      conference,
      labels,
      exportedAt,
    );
    expect(codeBlocks(md)).toEqual([]);
    expect(md).toContain('Keine Notizen.');
  });

  it.each([
    ['script', '<script>alert(1)</script>'],
    ['img onerror', '<img src=x onerror=alert(1)>'],
    ['javascript link', '[klick](javascript:alert(1))'],
    ['heading look-alike', '# Ich bin keine Überschrift\n## ich auch nicht'],
    ['backtick fences', 'a ``` b\n```\n````\nc'],
    ['right-to-left override', 'abc \u202Efdp.exe'],
    ['NUL and emoji', 'a\u0000b 🙂👩‍👩‍👧'],
    ['CRLF', 'eins\r\nzwei'],
  ])('keeps %s verbatim inside one code block', (_name, text) => {
    const md = notesToMarkdown([note({ text, sessionGuid: first.guid })], conference, labels, exportedAt);
    expect(codeBlocks(md)).toEqual([text]);
    // The structure around it is intact: exactly the headings the export wrote.
    const outside = md.split('\n').filter((l) => l.startsWith('#') && !text.includes(l));
    expect(outside).toHaveLength(3);
  });

  it('keeps a megabyte note whole', () => {
    const text = 'x'.repeat(1024 * 1024);
    const md = notesToMarkdown([note({ text })], conference, labels, exportedAt);
    expect(codeBlocks(md)).toEqual([text]);
  });
});

describe('Markdown helpers', () => {
  it('fences with more backticks than the longest run inside', () => {
    expect(fenced('plain')).toBe('```\nplain\n```');
    expect(fenced('a ```` b')).toBe('`````\na ```` b\n`````');
  });

  it('escapes inline syntax and line breaks in titles', () => {
    expect(escapeInline('A *b* <i>\n# c')).toBe('A \\*b\\* \\<i\\> \\# c');
  });
});
