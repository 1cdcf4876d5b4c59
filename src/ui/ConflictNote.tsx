import { Fragment } from 'preact';
import type { Session } from '../domain/types';
import { screenStrings } from '../i18n/screens';
import { sessionPath } from '../domain/paths';

/**
 * Clashes named by title; beyond this many the rest are counted. Someone who marked ten parallel
 * items cannot read ten titles in a note, and each is flagged on its own card anyway.
 */
const MAX_NAMED = 3;

/** "Überschneidet sich mit A und B." with links to the other items: information, not a warning to undo. */
export function ConflictNote({ others }: { others: readonly Session[] }) {
  const s = screenStrings.value;
  if (others.length === 0) return null;
  const named = others.length > MAX_NAMED ? others.slice(0, MAX_NAMED - 1) : others;
  const rest = others.length - named.length;
  // The warning sign is drawn by CSS (.conflict::before): no DOM for it in a long Mein Tag.
  return (
    <p class="conflict">
      {s.marks.conflictWith}{' '}
      {named.map((other, i) => (
        <Fragment key={other.guid}>
          {i > 0 && (i === named.length - 1 && rest === 0 ? ` ${s.marks.and} ` : ', ')}
          <a href={sessionPath(other.guid)} lang={other.language}>
            {other.title}
          </a>
        </Fragment>
      ))}
      {rest > 0 && ` ${s.marks.and} ${s.marks.more(rest)}`}.
    </p>
  );
}
