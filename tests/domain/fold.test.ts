import { describe, expect, it } from 'vitest';
import { fold, foldedWords } from '../../src/domain/fold';
import { searchNotes } from '../../src/domain/note-search';
import { describeNotes } from '../../src/domain/note-view';
import type { Note } from '../../src/domain/note';
import { bundledConference } from '../fixtures';
import { sessionTitled } from '../support/sessions';

describe('fold', () => {
  it.each([
    ['Münster', 'munster'],
    ['MÜNSTER', 'munster'],
    ['Straße', 'strasse'],
    ['STRAẞE', 'strasse'],
    ['Grüße aus Köln', 'grusse aus koln'],
    ['Ärger über Öl', 'arger uber ol'],
    ['Café Crème', 'cafe creme'],
    ['Ｓｍａｒｔ', 'smart'],
    ['ﬁnanzierung', 'finanzierung'],
    ['Œuvre', 'oeuvre'],
    ['plain ascii 123', 'plain ascii 123'],
    ['', ''],
    ['a\u0000b', 'a\u0000b'],
    ['🙂 Emoji', '🙂 emoji'],
  ])('fold(%j) = %j', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it('is idempotent', () => {
    for (const text of ['Münster', 'Straße', 'ℌilbert', 'İstanbul', 'ǅ', 'Ⅻ', 'ﬀ'])
      expect(fold(fold(text))).toBe(fold(text));
  });

  it('splits a query into folded words', () => {
    expect(foldedWords('  Münster   STRASSE ')).toEqual(['munster', 'strasse']);
    expect(foldedWords('   ')).toEqual([]);
  });
});

describe('searchNotes', () => {
  const conference = bundledConference();
  const workshopA = sessionTitled(conference.sessions, 'Workshop A');
  let n = 0;
  const note = (text: string, sessionGuid: string | null = null): Note => ({
    id: `n${++n}`,
    conferenceId: conference.id,
    sessionGuid,
    text,
    createdAt: n,
    updatedAt: n,
    rev: 1,
  });
  const notes = [
    note('Treffen mit Leuten aus Münster'),
    note('Die Hauptstraße wird umgebaut'),
    note('Station 2: Wie fange ich an?', workshopA.guid),
    note('nichts Besonderes'),
  ];
  const entries = describeNotes(notes, conference);
  const texts = (query: string) => searchNotes(entries, query).map((e) => e.note.text);

  it.each([
    ['munster', ['Treffen mit Leuten aus Münster']],
    ['MÜNSTER', ['Treffen mit Leuten aus Münster']],
    ['strasse', ['Die Hauptstraße wird umgebaut']],
    ['hauptstrasse umgebaut', ['Die Hauptstraße wird umgebaut']],
    ['umgebaut hauptstrasse', ['Die Hauptstraße wird umgebaut']],
    ['münster straße', []],
    ['besonderes', ['nichts Besonderes']],
    ['kein treffer', []],
  ])('%j finds %j', (query, expected) => {
    expect(texts(query)).toEqual(expected);
  });

  it('finds a note by its session title and people', () => {
    expect(texts('workshop a')).toEqual(['Station 2: Wie fange ich an?']);
    const person = workshopA.people[0]!.name.split(' ').at(-1)!;
    expect(texts(person)).toContain('Station 2: Wie fange ich an?');
  });

  it('returns everything, newest first, for a blank query', () => {
    expect(texts('  ')).toEqual(notes.map((x) => x.text).reverse());
  });

  it('sees a changed note (a saved note is a new record)', () => {
    const changed = { ...notes[3]!, text: 'jetzt über Münster', updatedAt: 100 };
    const next = describeNotes([...notes.slice(0, 3), changed], conference);
    expect(searchNotes(next, 'munster').map((e) => e.note.text)).toEqual([
      'jetzt über Münster',
      'Treffen mit Leuten aus Münster',
    ]);
  });
});
