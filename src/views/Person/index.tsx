import type { Conference } from '../../domain/types';
import { findPerson, sessionsOfPerson } from '../../domain/lookup';
import { screenStrings } from '../../i18n/screens';
import { SourceList } from '../../ui/SourceList';
import { TimeRange } from '../../ui/TimeRange';
import { ROUTES, sessionPath } from '../../domain/paths';
import { NotFound } from '../../ui/NotFound';

/** One person: role and organisation as documented, their sessions, and every source. */
export function PersonPage({ conference, id }: { conference: Conference; id: string }) {
  const s = screenStrings.value;
  const person = findPerson(conference, id);
  if (!person) {
    return <NotFound title={s.people.notFound} back={ROUTES.people} backLabel={s.people.back} />;
  }
  const sessions = sessionsOfPerson(conference, person.id);
  return (
    <article>
      <p class="back">
        <a href={ROUTES.people}>{s.people.back}</a>
      </p>
      <h1>{person.name}</h1>
      {person.nameNote && <p class="note">{person.nameNote}</p>}
      {(person.role || person.organisation) && (
        <p class="lead">{[person.role, person.organisation].filter(Boolean).join(', ')}</p>
      )}
      <section aria-labelledby="person-sessions">
        <h2 id="person-sessions">{s.people.sessions}</h2>
        {sessions.length === 0 ? (
          <p>{s.people.noSessions}</p>
        ) : (
          <ul class="link-list">
            {sessions.map(({ session, role }) => (
              <li key={session.guid}>
                <a href={sessionPath(session.guid)}>{session.title}</a>
                {role && <span class="role"> – {role}</span>}
                <br />
                <TimeRange
                  start={session.start}
                  end={session.end}
                  estimated={session.timeEstimated}
                  timeZone={conference.timeZone}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      {person.bio && (
        <section aria-labelledby="person-bio">
          <h2 id="person-bio">{s.people.bio}</h2>
          <p>{person.bio}</p>
          <SourceList sources={person.bioSources} />
        </section>
      )}
      {person.notes.length > 0 && (
        <section aria-labelledby="person-notes">
          <h2 id="person-notes">{s.people.notes}</h2>
          <ul class="facts-list">
            {person.notes.map((note) => (
              <li key={note.text}>
                <p>{note.text}</p>
                <SourceList sources={note.sources} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="person-sources">
        <h2 id="person-sources">{s.people.sources}</h2>
        <SourceList sources={person.sources} />
      </section>
    </article>
  );
}
