import { describe, expect, it } from 'vitest';
import {
  decideSave,
  isTooLong,
  NOTE_MAX_CHARS,
  sessionNoteId,
  type Note,
  type NoteDraftInput,
} from '../../src/domain/note';
import { describeNotes, formatChangedAt, formatDateTime, otherVersions, preview } from '../../src/domain/note-view';
import { formatClock } from '../../src/domain/time/format';
import { localDay } from '../../src/domain/time/zone';
import { bundledConference } from '../fixtures';

const stored: Note = { id: 'a', conferenceId: 'c', sessionGuid: 'g', text: 'eins', createdAt: 1, updatedAt: 1, rev: 3 };
const draft = (over: Partial<NoteDraftInput>): NoteDraftInput => ({
  id: 'a',
  conferenceId: 'c',
  sessionGuid: 'g',
  text: 'zwei',
  baseRev: 3,
  ...over,
});
const newId = () => 'copy';

describe('decideSave', () => {
  it('creates a note that is not stored yet at rev 1', () => {
    expect(decideSave(undefined, draft({ baseRev: 0 }), 50, newId)).toEqual({
      kind: 'write',
      note: { id: 'a', conferenceId: 'c', sessionGuid: 'g', text: 'zwei', createdAt: 50, updatedAt: 50, rev: 1 },
    });
  });

  it('writes the next rev when the stored rev is the one the text started from', () => {
    expect(decideSave(stored, draft({}), 60, newId)).toEqual({
      kind: 'write',
      note: { ...stored, text: 'zwei', updatedAt: 60, rev: 4 },
    });
  });

  it('does nothing when the stored text is already this text, whatever the revs', () => {
    expect(decideSave(stored, draft({ text: 'eins', baseRev: 1 }), 60, newId)).toEqual({ kind: 'same', note: stored });
  });

  it('keeps both when another tab saved other text in between', () => {
    const decision = decideSave(stored, draft({ baseRev: 2 }), 70, newId);
    expect(decision).toEqual({
      kind: 'conflict',
      theirs: stored,
      copy: {
        id: 'copy',
        conferenceId: 'c',
        sessionGuid: 'g',
        text: 'zwei',
        createdAt: 70,
        updatedAt: 70,
        rev: 1,
        conflictOf: 'a',
      },
    });
  });

  it('points a copy of a copy at the original', () => {
    const copy = { ...stored, id: 'b', conflictOf: 'a' };
    const decision = decideSave(copy, draft({ id: 'b', baseRev: 1, conflictOf: 'a' }), 70, newId);
    expect(decision.kind === 'conflict' && decision.copy.conflictOf).toBe('a');
  });

  it('writes again a note deleted elsewhere: what was typed is not thrown away', () => {
    expect(decideSave(undefined, draft({ baseRev: 7 }), 80, newId)).toMatchObject({
      kind: 'write',
      note: { text: 'zwei', rev: 1 },
    });
  });
});

describe('note helpers', () => {
  it('has one id per session and conference', () => {
    expect(sessionNoteId('conf', 'g1')).toBe(sessionNoteId('conf', 'g1'));
    expect(sessionNoteId('conf', 'g1')).not.toBe(sessionNoteId('conf2', 'g1'));
  });

  it('allows a megabyte of text and refuses ten', () => {
    expect(isTooLong('x'.repeat(1024 * 1024))).toBe(false);
    expect(isTooLong('x'.repeat(NOTE_MAX_CHARS))).toBe(false);
    expect(isTooLong('x'.repeat(NOTE_MAX_CHARS + 1))).toBe(true);
    expect(isTooLong('x'.repeat(10 * 1024 * 1024))).toBe(true);
  });

  it('shows the clock for today and the date otherwise, in the conference zone', () => {
    const at = Date.parse('2023-09-06T09:42:00Z');
    expect(formatChangedAt(at, new Date('2023-09-06T20:00:00Z'), 'Europe/Berlin')).toBe('11:42');
    expect(formatChangedAt(at, new Date('2023-09-07T20:00:00Z'), 'Europe/Berlin')).toBe('6.9.2023, 11:42');
  });

  it('formats change times like src/domain/time/format.ts does, across the DST switch and midnight', () => {
    const zone = 'Europe/Berlin';
    for (const iso of [
      '2023-03-26T00:59:00Z',
      '2023-03-26T01:00:00Z',
      '2023-10-29T00:30:00Z',
      '2023-10-29T01:30:00Z',
      '2023-09-06T21:59:00Z',
      '2023-09-06T22:00:00Z',
    ]) {
      const at = Date.parse(iso);
      const [y, m, d] = localDay(at, zone).split('-').map(Number);
      expect(formatDateTime(at, zone)).toBe(`${d}.${m}.${y}, ${formatClock(new Date(at), zone)}`);
    }
    expect(formatDateTime(Date.parse('2023-09-06T09:42:00Z'), 'America/New_York')).toBe('6.9.2023, 05:42');
  });

  it('cuts a preview without splitting an emoji', () => {
    expect(preview('ab🙂cd', 3)).toBe('ab…');
    expect(preview('ab🙂cd', 4)).toBe('ab🙂…');
    expect(preview('short', 10)).toBe('short');
  });

  it('lists notes newest first, hides blank ones, and marks notes whose session is gone', () => {
    const conference = bundledConference();
    const guid = conference.sessions[0]!.guid;
    const base = { conferenceId: conference.id, rev: 1, createdAt: 0 };
    const entries = describeNotes(
      [
        { ...base, id: '1', sessionGuid: guid, text: 'alt', updatedAt: 1 },
        { ...base, id: '2', sessionGuid: 'vanished', text: 'verwaist', updatedAt: 3 },
        { ...base, id: '3', sessionGuid: null, text: 'frei', updatedAt: 2 },
        { ...base, id: '4', sessionGuid: null, text: '  \n', updatedAt: 9 },
        { ...base, id: '5', conferenceId: 'other', sessionGuid: null, text: 'woanders', updatedAt: 9 },
      ],
      conference,
    );
    expect(entries.map((e) => [e.note.id, e.session?.guid ?? null, e.sessionMissing])).toEqual([
      ['2', null, true],
      ['3', null, false],
      ['1', guid, false],
    ]);
  });

  it('finds the other versions of a note from the original and from a copy', () => {
    const base = { conferenceId: 'c', sessionGuid: null, rev: 1, createdAt: 0 };
    const all: Note[] = [
      { ...base, id: 'o', text: 'original', updatedAt: 1 },
      { ...base, id: 'c1', text: 'kopie 1', updatedAt: 2, conflictOf: 'o' },
      { ...base, id: 'c2', text: 'kopie 2', updatedAt: 3, conflictOf: 'o' },
      { ...base, id: 'x', text: 'fremd', updatedAt: 4 },
    ];
    expect(otherVersions(all, 'o').map((n) => n.id)).toEqual(['c2', 'c1']);
    expect(otherVersions(all, 'c1').map((n) => n.id)).toEqual(['c2', 'o']);
    expect(otherVersions(all, 'x')).toEqual([]);
  });
});
